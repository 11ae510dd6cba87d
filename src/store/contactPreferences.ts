import { type Db, prepared } from './db.js';

/** Cease-contact requests ("别再联系我", "STOP", WeChat unsubscribe), honoured from then on. */
export interface ContactPreferenceStore {
  ceaseContact(accountId: string, source: string, now: Date): void;
  hasCeased(accountId: string): boolean;
}

export class SqliteContactPreferenceStore implements ContactPreferenceStore {
  constructor(private readonly db: Db) {}

  ceaseContact(accountId: string, source: string, now: Date): void {
    const at = now.toISOString();
    prepared(
      this.db,
      `INSERT INTO contact_preferences (account_id, cease_contact, cease_source, cease_at, updated_at)
        VALUES (?, 1, ?, ?, ?)
        ON CONFLICT(account_id) DO UPDATE SET cease_contact = 1, cease_source = excluded.cease_source,
          cease_at = COALESCE(contact_preferences.cease_at, excluded.cease_at), updated_at = excluded.updated_at`,
    ).run(accountId, source, at, at);
  }

  hasCeased(accountId: string): boolean {
    const row = prepared(this.db, 'SELECT cease_contact FROM contact_preferences WHERE account_id = ?').get(
      accountId,
    ) as { cease_contact: number } | undefined;
    return row?.cease_contact === 1;
  }
}
