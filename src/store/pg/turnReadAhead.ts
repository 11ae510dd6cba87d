/**
 * What the last turn of a conversation read, so the next turn of it can ask for all of it in the
 * round trip that takes its lock (issue 19 item 5). A turn of the bot reads the same rows turn
 * after turn (the account by its channel user, the state, the verification status, the open
 * dispute, the active plan): they go as one multi-statement query after `pg_advisory_lock`, so
 * their snapshot is taken under the lock, and answer the turn's reads from its memory
 * (`PgTurnReads`), which any write of the turn forgets as before. A read the turn no longer asks
 * is not asked ahead the turn after (the list is what the last turn asked, no more).
 */

/** A read a turn asked: a plain SELECT of the stores' pool, or the state read on the lock session (`pool` undefined). */
export interface LearnedRead {
  /** The pool the turn's memory keeps its answer under; undefined for a read of the lock session itself. */
  readonly pool: object | undefined;
  /** The statement as the store wrote it ($n parameters), or the session's inlined statement. */
  readonly text: string;
  readonly values: readonly unknown[];
  /** The statement with its parameters written in, as it travels in the read-ahead. */
  readonly sql: string;
}

/** Reads asked ahead per turn at most, and the longest statement asked ahead (hostile ids stay out). */
export const MAX_READS_AHEAD = 16;
export const MAX_READ_AHEAD_CHARS = 2_000;
/** Conversations whose last turn's reads are remembered (the oldest forgotten first). */
export const REMEMBERED_CONVERSATIONS = 4_096;

/**
 * `sql` with every parameter written in as a quoted literal, as node-postgres sends parameters
 * (as text, typed by the server from where they stand), or undefined when one cannot travel so
 * (an array, an object, a NUL, a number that is not finite): such a read is not asked ahead.
 */
export function literalParameters(
  sql: string,
  values: readonly unknown[],
  escape: (text: string) => string,
): string | undefined {
  const literals: string[] = [];
  for (const value of values) {
    if (value === null || value === undefined) literals.push('NULL');
    else if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) return undefined;
      literals.push(escape(value.toISOString()));
    } else if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      const text = String(value);
      if (text.includes('\u0000')) return undefined;
      literals.push(escape(text));
    } else return undefined;
  }
  let missing = false;
  const written = sql.replace(/\$(\d+)/g, (_, n: string) => {
    const literal = literals[Number(n) - 1];
    if (literal === undefined) missing = true;
    return literal ?? 'NULL';
  });
  return missing ? undefined : written;
}

/**
 * The reads of each conversation's last turn on this instance, by the turn lock's key (a small
 * number, whatever the id), the most recent `capacity` conversations only. A key shared by two
 * conversations only asks the wrong rows ahead: answers are kept by statement and parameters.
 */
export class LearnedReads {
  private readonly byKey = new Map<number, readonly LearnedRead[]>();

  constructor(private readonly capacity = REMEMBERED_CONVERSATIONS) {}

  /** What the last turn of this conversation asked (empty when none is remembered). */
  of(key: number): readonly LearnedRead[] {
    return this.byKey.get(key) ?? [];
  }

  /** Remembers what a turn asked; undefined (a turn whose session broke) forgets the conversation's list. */
  remember(key: number, reads: readonly LearnedRead[] | undefined): void {
    this.byKey.delete(key);
    if (!reads || reads.length === 0) return;
    this.byKey.set(key, reads);
    if (this.byKey.size > this.capacity) {
      const oldest = this.byKey.keys().next();
      if (!oldest.done) this.byKey.delete(oldest.value);
    }
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** The reads of one turn as they are asked: each statement once, at most MAX_READS_AHEAD. */
export class AskedReads {
  private readonly seen = new Set<string>();
  readonly list: LearnedRead[] = [];

  add(read: LearnedRead): void {
    if (this.list.length >= MAX_READS_AHEAD || read.sql.length > MAX_READ_AHEAD_CHARS) return;
    const id = read.pool === undefined ? `s\u0000${read.sql}` : `p\u0000${read.sql}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.list.push(read);
  }
}
