import { expect, it } from 'vitest';
import { PgReminderClaims } from '../../../src/store/pg/reminderClaims.js';
import { describePg } from '../../support/postgres.js';

const T0 = new Date('2026-12-05T01:00:00.000Z');

describePg('reminder claims on PostgreSQL under contention', (pg) => {
  it('skip rows another instance holds locked instead of waiting for them, and take them once released', async () => {
    const pool = pg.pool();
    for (const id of ['L-1', 'L-2'])
      await pool.query(
        `INSERT INTO accounts (account_id, holder_name, locale, time_zone, channel, channel_user_id, id_last4, card_last4,
           balance_cents, minimum_due_cents, due_date, days_past_due, currency, updated_at)
         VALUES ($1, 'T', 'en', 'UTC', 'directline', $1, '0000', '0000', 1, 1, '2026-12-01', 4, 'USD', now())`,
        [id],
      );
    const claims = new PgReminderClaims(pool);
    await claims.queue({ accountId: 'L-1', kind: 'due', localDate: '2026-12-05' }, T0);
    await claims.queue({ accountId: 'L-2', kind: 'due', localDate: '2026-12-05' }, T0);
    // Another instance is in the middle of claiming L-1 (its transaction holds the row lock).
    const holder = await pg.pool({ max: 1 }).connect();
    await holder.query('BEGIN');
    await holder.query("SELECT 1 FROM reminders WHERE account_id = 'L-1' FOR UPDATE");
    const other = new PgReminderClaims(pg.pool({ statementTimeoutMs: 2000 }));
    const got = await other.claimDue(T0, 10, 60_000);
    expect(got.map((c) => c.key.accountId)).toEqual(['L-2']);
    await holder.query('ROLLBACK');
    holder.release();
    expect((await other.claimDue(T0, 10, 60_000)).map((c) => c.key.accountId)).toEqual(['L-1']);
  });
});
