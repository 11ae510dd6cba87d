import type { Transaction } from 'better-sqlite3';
import type { Db } from './db.js';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Waiting {
  work: () => unknown;
  /** The work changes nothing unless it returns (see `WriteOptions.atomic`): no savepoint of its own. */
  atomic: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface WriteOptions {
  /**
   * The work changes nothing unless it returns: it is one SQL statement (SQLite undoes a failing
   * statement's changes itself), or it makes its changes in its own transaction function (a
   * nested one is a savepoint), or it throws only before its one write. The group then runs it
   * without a savepoint of its own (two statements less), and it still fails alone.
   */
  atomic?: boolean;
}

/** Beyond this many writes waiting, the group is written at once (what waits stays bounded). */
export const MAX_GROUP_WRITES = 256;

/**
 * Group commit for small SQLite writes (bot state, conversation references, rate counters): the
 * writes asked for during one turn of the event loop run at its end in ONE IMMEDIATE transaction,
 * each in its own savepoint, so a write that throws (an eTag conflict) is undone alone and rejects
 * alone. Each promise settles only after that transaction has committed (or failed): nothing is
 * reported written before it is. Inside a caller's transaction the write runs at once, in it.
 *
 *   await writeGroupOf(db).run(() => upsert.run(key, value), { atomic: true });
 */
export class SqliteWriteGroup {
  private waiting: Waiting[] = [];
  private scheduled: NodeJS.Immediate | undefined;
  /** Made once: better-sqlite3 builds a transaction function's wrappers each time one is made. */
  private readonly writeAll: Transaction<(batch: readonly Waiting[]) => Outcome[]>;

  constructor(
    private readonly db: Db,
    private readonly maxWrites = MAX_GROUP_WRITES,
  ) {
    const savepoint = db.prepare('SAVEPOINT write_group');
    const release = db.prepare('RELEASE write_group');
    const rollback = db.prepare('ROLLBACK TO write_group');
    this.writeAll = db.transaction((batch) =>
      batch.map(({ work, atomic }): Outcome => {
        if (atomic) {
          try {
            return { ok: true, value: work() };
          } catch (error) {
            // Nothing of it stands; a full disk or an I/O error ended the whole transaction.
            if (!db.inTransaction) throw error;
            return { ok: false, error };
          }
        }
        // Each write in its own savepoint: one that throws is rolled back alone.
        savepoint.run();
        try {
          const value = work();
          release.run();
          return { ok: true, value };
        } catch (error) {
          // SQLite ended the whole transaction (a full disk, an I/O error): no write of the group
          // can stand, so the group fails as one.
          if (!db.inTransaction) throw error;
          rollback.run();
          release.run();
          return { ok: false, error };
        }
      }),
    );
  }

  run<T>(work: () => T, options: WriteOptions = {}): Promise<T> {
    if (this.db.inTransaction) {
      try {
        return Promise.resolve(work());
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({
        work,
        atomic: options.atomic === true,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      if (this.waiting.length >= this.maxWrites) this.flush();
      else this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Writes what waits now. */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const batch = this.waiting;
    if (batch.length === 0) return;
    this.waiting = [];
    let outcomes: Outcome[];
    try {
      outcomes = this.writeAll.immediate(batch);
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) w.resolve(outcome.value);
      else w.reject(outcome?.error);
    });
  }
}

const groups = new WeakMap<Db, SqliteWriteGroup>();

/** The write group of a database connection (one per connection). */
export function writeGroupOf(db: Db): SqliteWriteGroup {
  let group = groups.get(db);
  if (!group) {
    group = new SqliteWriteGroup(db);
    groups.set(db, group);
  }
  return group;
}
