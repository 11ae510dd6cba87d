import { type Db, prepared } from './db.js';

/** Cease-contact requests ("别再联系我", "STOP", WeChat unsubscribe), honoured from then on. */
export interface ContactPreferenceStore {
  ceaseContact(accountId: string, source: string, now: Date): Promise<void>;
  hasCeased(accountId: string): Promise<boolean>;
  /**
   * Cease-contact for one channel address only (that chat user id, that openid): what an
   * unverified person may ask for, never spread to the account's other channels (issue 12).
   */
  ceaseAddress(
    address: { channelId: string; userId: string; accountId?: string },
    source: string,
    now: Date,
  ): Promise<void>;
  hasCeasedAddress(channelId: string, userId: string): Promise<boolean>;
}

export class SqliteContactPreferenceStore implements ContactPreferenceStore {
  constructor(private readonly db: Db) {}

  async ceaseContact(accountId: string, source: string, now: Date): Promise<void> {
    const at = now.toISOString();
    prepared(
      this.db,
      `INSERT INTO contact_preferences (account_id, cease_contact, cease_source, cease_at, updated_at)
        VALUES (?, 1, ?, ?, ?)
        ON CONFLICT(account_id) DO UPDATE SET cease_contact = 1, cease_source = excluded.cease_source,
          cease_at = COALESCE(contact_preferences.cease_at, excluded.cease_at), updated_at = excluded.updated_at`,
    ).run(accountId, source, at, at);
  }

  async ceaseAddress(
    address: { channelId: string; userId: string; accountId?: string },
    source: string,
    now: Date,
  ): Promise<void> {
    prepared(
      this.db,
      `INSERT INTO channel_opt_outs (channel_id, user_id, account_id, source, at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(channel_id, user_id) DO NOTHING`,
    ).run(address.channelId, address.userId, address.accountId ?? null, source, now.toISOString());
  }

  async hasCeasedAddress(channelId: string, userId: string): Promise<boolean> {
    return (
      prepared(this.db, 'SELECT 1 FROM channel_opt_outs WHERE channel_id = ? AND user_id = ?').get(
        channelId,
        userId,
      ) !== undefined
    );
  }

  async hasCeased(accountId: string): Promise<boolean> {
    const row = prepared(this.db, 'SELECT cease_contact FROM contact_preferences WHERE account_id = ?').get(
      accountId,
    ) as { cease_contact: number } | undefined;
    return row?.cease_contact === 1;
  }
}
