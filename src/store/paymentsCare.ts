import { type Db, prepared } from './db.js';

export type CareFlagKind = 'hardship' | 'distress';

export interface CareFlag {
  accountId: string;
  kind: CareFlagKind;
  raisedAt: string;
}

/**
 * Hardship and distress flags that stop payment follow-ups (reminders of plans and promises, and
 * every other reminder of the account) and hand the case to a person. `careFlagFor` is the one
 * method follow-up reads: the conversation's own flag can be wired here (raise on detection).
 *
 *   careFlags.raise('A1', 'hardship', clock.now());
 *   careFlags.careFlagFor('A1'); // { accountId: 'A1', kind: 'hardship', raisedAt: '...' }
 */
export interface CareFlagStore {
  careFlagFor(accountId: string): CareFlag | undefined;
  raise(accountId: string, kind: CareFlagKind, now: Date): void;
  clear(accountId: string, now: Date): void;
}

export class SqliteCareFlagStore implements CareFlagStore {
  constructor(private readonly db: Db) {}

  careFlagFor(accountId: string): CareFlag | undefined {
    const row = prepared(
      this.db,
      'SELECT kind, raised_at FROM care_flags WHERE account_id = ? AND cleared_at IS NULL',
    ).get(accountId) as { kind: CareFlagKind; raised_at: string } | undefined;
    return row ? { accountId, kind: row.kind, raisedAt: row.raised_at } : undefined;
  }

  raise(accountId: string, kind: CareFlagKind, now: Date): void {
    // Distress outranks hardship: a raised distress flag is never lowered to hardship.
    prepared(
      this.db,
      `INSERT INTO care_flags (account_id, kind, raised_at) VALUES (@accountId, @kind, @at)
        ON CONFLICT(account_id) DO UPDATE SET
          kind = CASE WHEN care_flags.cleared_at IS NULL AND care_flags.kind = 'distress' THEN 'distress' ELSE excluded.kind END,
          raised_at = CASE WHEN care_flags.cleared_at IS NULL THEN care_flags.raised_at ELSE excluded.raised_at END,
          cleared_at = NULL`,
    ).run({ accountId, kind, at: now.toISOString() });
  }

  clear(accountId: string, now: Date): void {
    prepared(this.db, 'UPDATE care_flags SET cleared_at = ? WHERE account_id = ? AND cleared_at IS NULL').run(
      now.toISOString(),
      accountId,
    );
  }
}
