import type { CareFlag, CareFlagStore } from '../careFlags.js';
import type { AsyncOf } from './asyncOf.js';
import type { PgPool } from './pool.js';
import { iso, run } from './rows.js';

interface CareFlagRow {
  account_id: string;
  kind: string;
  pauses_reminders: boolean;
  conversation_id: string | null;
  created_at: Date;
}

/**
 * `CareFlagStore` on PostgreSQL (`care_flags`). Flagging is one upsert: a flag raised on two
 * instances at once is kept once, with its first time, and pauses reminders if either asked.
 */
export class PgCareFlagStore implements AsyncOf<CareFlagStore> {
  constructor(private readonly pool: PgPool) {}

  async flag(f: CareFlag): Promise<void> {
    await run(
      this.pool,
      'raise a care flag',
      `INSERT INTO care_flags (account_id, kind, pauses_reminders, conversation_id, created_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (account_id, kind) DO UPDATE SET
         pauses_reminders = care_flags.pauses_reminders OR excluded.pauses_reminders`,
      [f.accountId, f.kind, f.pausesReminders, f.conversationId ?? null, f.createdAt],
    );
  }

  async listFor(accountId: string): Promise<CareFlag[]> {
    const result = await run<CareFlagRow>(
      this.pool,
      "list an account's care flags",
      'SELECT * FROM care_flags WHERE account_id = $1 ORDER BY created_at, kind COLLATE "C"',
      [accountId],
    );
    return result.rows.map((r) => ({
      accountId: r.account_id,
      kind: r.kind,
      pausesReminders: r.pauses_reminders,
      conversationId: r.conversation_id ?? undefined,
      createdAt: iso(r.created_at),
    }));
  }

  async remindersPaused(accountId: string): Promise<boolean> {
    const result = await run(
      this.pool,
      'look for a care flag that pauses reminders',
      'SELECT 1 FROM care_flags WHERE account_id = $1 AND pauses_reminders LIMIT 1',
      [accountId],
    );
    return result.rowCount === 1;
  }

  async careFlagFor(
    accountId: string,
  ): Promise<{ accountId: string; kind: 'hardship' | 'distress'; raisedAt: string } | undefined> {
    const flags = await this.listFor(accountId);
    if (flags.length === 0) return undefined;
    const distress = flags.find((f) => f.kind === 'distress');
    return {
      accountId,
      kind: distress ? 'distress' : 'hardship',
      raisedAt: (distress ?? flags[0]!).createdAt,
    };
  }

  async clear(accountId: string, kind: string): Promise<void> {
    await run(this.pool, 'clear a care flag', 'DELETE FROM care_flags WHERE account_id = $1 AND kind = $2', [
      accountId,
      kind,
    ]);
  }
}
