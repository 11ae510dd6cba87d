import type { ContactPreferenceStore, ContactScope } from '../contactPreferences.js';
import type { AsyncOf } from './asyncOf.js';
import type { PgPool } from './pool.js';
import { run } from './rows.js';

/**
 * `ContactPreferenceStore` on PostgreSQL: each request is one upsert, so requests arriving on
 * several instances at once all land and the first cease time is the one kept.
 */
export class PgContactPreferenceStore implements AsyncOf<ContactPreferenceStore> {
  constructor(private readonly pool: PgPool) {}

  async ceaseContact(accountId: string, source: string, now: Date): Promise<void> {
    await run(
      this.pool,
      'record a cease-contact request',
      `INSERT INTO contact_preferences (account_id, cease_contact, cease_source, cease_at, updated_at)
       VALUES ($1, TRUE, $2, $3, $3)
       ON CONFLICT (account_id) DO UPDATE SET cease_contact = TRUE, cease_source = excluded.cease_source,
         cease_at = COALESCE(contact_preferences.cease_at, excluded.cease_at), updated_at = excluded.updated_at`,
      [accountId, source, now],
    );
  }

  async hasCeased(accountId: string): Promise<boolean> {
    const result = await run<{ cease_contact: boolean }>(
      this.pool,
      'read a cease-contact request',
      'SELECT cease_contact FROM contact_preferences WHERE account_id = $1',
      [accountId],
    );
    return result.rows[0]?.cease_contact === true;
  }

  async ceaseAddress(
    address: { channelId: string; userId: string; accountId?: string },
    source: string,
    now: Date,
  ): Promise<void> {
    await run(
      this.pool,
      'record a cease-contact request for one address',
      `INSERT INTO channel_opt_outs (channel_id, user_id, account_id, source, at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (channel_id, user_id) DO NOTHING`,
      [address.channelId, address.userId, address.accountId ?? null, source, now],
    );
  }

  async hasCeasedAddress(channelId: string, userId: string): Promise<boolean> {
    const result = await run(
      this.pool,
      'read a cease-contact request for one address',
      'SELECT 1 FROM channel_opt_outs WHERE channel_id = $1 AND user_id = $2',
      [channelId, userId],
    );
    return result.rowCount === 1;
  }

  async restrictContact(accountId: string, scope: ContactScope, source: string, now: Date): Promise<void> {
    await run(
      this.pool,
      'record a contact restriction',
      `INSERT INTO contact_restrictions (account_id, scope, source, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id, scope) DO NOTHING`,
      [accountId, scope, source, now],
    );
  }

  async restrictionsOf(accountId: string): Promise<ContactScope[]> {
    const result = await run<{ scope: ContactScope }>(
      this.pool,
      'read the contact restrictions',
      'SELECT scope FROM contact_restrictions WHERE account_id = $1 ORDER BY scope',
      [accountId],
    );
    return result.rows.map((r) => r.scope);
  }
}
