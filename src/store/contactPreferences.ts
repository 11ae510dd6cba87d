import type { ContactScope } from '../core/contactScope.js';
import { type Db, prepared } from './db.js';

export type { ContactScope } from '../core/contactScope.js';

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
  /**
   * A restriction narrower than a cease (conv15): 'workplace' = never contact the holder at work.
   * Kept per account from the first request; a repeat changes nothing.
   */
  restrictContact(accountId: string, scope: ContactScope, source: string, now: Date): Promise<void>;
  /** The account's contact restrictions, in a stable order (none: empty). */
  restrictionsOf(accountId: string): Promise<ContactScope[]>;
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

  async restrictContact(accountId: string, scope: ContactScope, source: string, now: Date): Promise<void> {
    prepared(
      this.db,
      `INSERT INTO contact_restrictions (account_id, scope, source, at) VALUES (?, ?, ?, ?)
        ON CONFLICT(account_id, scope) DO NOTHING`,
    ).run(accountId, scope, source, now.toISOString());
  }

  async restrictionsOf(accountId: string): Promise<ContactScope[]> {
    const rows = prepared(
      this.db,
      'SELECT scope FROM contact_restrictions WHERE account_id = ? ORDER BY scope',
    ).all(accountId) as { scope: ContactScope }[];
    return rows.map((r) => r.scope);
  }

  async hasCeased(accountId: string): Promise<boolean> {
    const row = prepared(this.db, 'SELECT cease_contact FROM contact_preferences WHERE account_id = ?').get(
      accountId,
    ) as { cease_contact: number } | undefined;
    return row?.cease_contact === 1;
  }
}
