import { expect, it } from 'vitest';
import { hitEachSql, PgRateCounters } from '../../../src/store/pg/rateCounters.js';
import { describePg } from '../../support/postgres.js';

describePg("a request's rate limits on PostgreSQL (one round trip)", (pg) => {
  it('counts three keys with ONE statement on the pool, hostile keys included', async () => {
    const pool = pg.pool({ max: 2 });
    const texts: string[] = [];
    const query = pool.query.bind(pool);
    pool.query = ((config: unknown, values?: unknown) => {
      texts.push(typeof config === 'string' ? config : String((config as { text: string }).text));
      return query(config as string, values as unknown[]);
    }) as typeof pool.query;
    const counters = new PgRateCounters(pool);
    const now = new Date('2026-12-05T08:00:00.000Z');
    const hits = ['a\u0000b', "'; DELETE FROM rate_counters; --", 'k'.repeat(50_000)].map((key) => ({
      key,
      windowMs: 60_000,
      limit: 5,
    }));
    expect((await counters.hitEach(hits, now)).map((c) => c.count)).toEqual([1, 1, 1]);
    expect((await counters.hitEach(hits, now)).map((c) => c.count)).toEqual([2, 2, 2]);
    expect(texts).toEqual([hitEachSql(3), hitEachSql(3)]);
  });

  it('counts every hit when two instances list the same keys in opposite orders (a deadlock is retried key by key)', async () => {
    const a = new PgRateCounters(pg.pool({ max: 4 }));
    const b = new PgRateCounters(pg.pool({ max: 4 }));
    const now = new Date('2026-12-05T08:10:00.000Z');
    const keys = ['o:1', 'o:2', 'o:3'];
    const hits = (order: string[]) => order.map((key) => ({ key, windowMs: 60_000, limit: 1000 }));
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2 ? a.hitEach(hits(keys), now) : b.hitEach(hits([...keys].reverse()), now),
      ),
    );
    for (const key of keys) expect((await a.peek(key, now, 60_000))?.count, key).toBe(8);
    // Each deadlock costs PostgreSQL's deadlock_timeout (1 s) before one side is rolled back and
    // counted key by key, and they can come one after another: correctness, not speed, is tested.
    // The service lists a request's keys in one order, so it never meets this path.
  }, 30_000);
});
