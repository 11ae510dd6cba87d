import { expect, it } from 'vitest';
import net from 'node:net';
import { pgHealth } from '../../../src/store/pg/health.js';
import { createPgPool } from '../../../src/store/pg/pool.js';
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

  it('says why an unreachable database is unreachable once, in the driver’s words (no store_unavailable sentence)', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const pool = createPgPool({ url: `postgresql://u:secret@127.0.0.1:${port}/x`, connectTimeoutMs: 1000 });
    const health = await pgHealth(pool, new Date());
    await pool.end();
    expect(health.status).toBe('unavailable');
    if (health.status !== 'unavailable') return;
    expect(health.reason).toMatch(/^ECONNREFUSED: /);
    expect(health.reason).not.toMatch(/store_unavailable|secret/);
  });
});
