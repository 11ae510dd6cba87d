import { type Db, prepared } from './db.js';

/** A vulnerability recorded on an account: distress, or a hardship kind the person told us. */
export interface CareFlag {
  accountId: string;
  kind: string;
  pausesReminders: boolean;
  conversationId: string | undefined;
  createdAt: string;
}

/**
 * Vulnerability flags (migration 011), read by agents and reviewers; a distress flag pauses
 * reminders for the account (the reminder selection skips it) until a person clears it.
 */
export interface CareFlagStore {
  flag(flag: CareFlag): Promise<void>;
  listFor(accountId: string): Promise<CareFlag[]>;
  remindersPaused(accountId: string): Promise<boolean>;
  clear(accountId: string, kind: string): Promise<void>;
  /** The strongest open flag for payment follow-ups: distress outranks any hardship kind. */
  careFlagFor(
    accountId: string,
  ): Promise<{ accountId: string; kind: 'hardship' | 'distress'; raisedAt: string } | undefined>;
}

interface CareFlagRow {
  account_id: string;
  kind: string;
  pauses_reminders: number;
  conversation_id: string | null;
  created_at: string;
}

export class SqliteCareFlagStore implements CareFlagStore {
  constructor(private readonly db: Db) {}

  async flag(f: CareFlag): Promise<void> {
    prepared(
      this.db,
      `INSERT INTO care_flags (account_id, kind, pauses_reminders, conversation_id, created_at)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(account_id, kind) DO UPDATE SET
          pauses_reminders = MAX(care_flags.pauses_reminders, excluded.pauses_reminders)`,
    ).run(f.accountId, f.kind, f.pausesReminders ? 1 : 0, f.conversationId ?? null, f.createdAt);
  }

  async listFor(accountId: string): Promise<CareFlag[]> {
    const rows = prepared(this.db, 'SELECT * FROM care_flags WHERE account_id = ? ORDER BY created_at').all(
      accountId,
    ) as CareFlagRow[];
    return rows.map((r) => ({
      accountId: r.account_id,
      kind: r.kind,
      pausesReminders: r.pauses_reminders === 1,
      conversationId: r.conversation_id ?? undefined,
      createdAt: r.created_at,
    }));
  }

  async remindersPaused(accountId: string): Promise<boolean> {
    return Boolean(
      prepared(this.db, 'SELECT 1 FROM care_flags WHERE account_id = ? AND pauses_reminders = 1 LIMIT 1').get(
        accountId,
      ),
    );
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
    prepared(this.db, 'DELETE FROM care_flags WHERE account_id = ? AND kind = ?').run(accountId, kind);
  }
}
