import { expect, it } from 'vitest';
import { pgHealth } from '../../../src/store/pg/health.js';
import { describePg } from '../../support/postgres.js';

describePg('the PostgreSQL health probe', (pg) => {
  it('proves the database takes a write, and reports the pool', async () => {
    const pool = pg.pool();
    const health = await pgHealth(pool, new Date('2026-12-05T01:00:00Z'));
    expect(health).toMatchObject({ status: 'ok', waiting: 0 });
    const row = await pool.query<{ at: Date }>('SELECT at FROM health_probe WHERE id = 1');
    expect(row.rows[0]?.at.toISOString()).toBe('2026-12-05T01:00:00.000Z');
  });

  it('says unavailable (with the reason, without the password) when the database refuses writes', async () => {
    const pool = pg.pool();
    await pool.query('ALTER TABLE health_probe RENAME TO health_probe_gone');
    try {
      const health = await pgHealth(pool, new Date());
      expect(health.status).toBe('unavailable');
      if (health.status === 'unavailable') expect(health.reason).toMatch(/health_probe/);
    } finally {
      await pool.query('ALTER TABLE health_probe_gone RENAME TO health_probe');
    }
  });
});
