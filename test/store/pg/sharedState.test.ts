import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { openPgSharedState } from '../../../src/store/pg/sharedState.js';
import { StoreUnavailableError } from '../../../src/store/storeErrors.js';
import { LATEST_PG_MIGRATION } from '../../support/pgMigrations.js';
import { describePg } from '../../support/postgres.js';

describePg(
  'the PostgreSQL shared state, opened as the service will',
  (pg) => {
    it('migrates an empty database, serves every store and the broker, and closes cleanly', async () => {
      const shared = await openPgSharedState({ url: pg.url, max: 4 });
      expect(shared.schema).toBe(LATEST_PG_MIGRATION);
      const now = new Date('2026-12-05T01:00:00Z');
      await shared.state.write({ k: { v: 1 } });
      expect((await shared.state.read(['k'])).k?.v).toBe(1);
      expect(await shared.inbound.firstSeen('msg:1', now)).toBe(true);
      expect((await shared.counters.hit('rl', now, 60_000)).count).toBe(1);
      const got: string[] = [];
      shared.broker.subscribe('c', (p) => got.push(p));
      await shared.broker.publish('c', 'hello');
      for (let i = 0; i < 200 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(got).toEqual(['hello']);
      expect((await shared.health(now)).status).toBe('ok');
      await shared.close();
    });
  },
  { migrated: false },
);

describe('the PostgreSQL shared state without a database', () => {
  it('rejects with store_unavailable and leaves nothing open', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const address = s.address();
        s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const err = await openPgSharedState({
      url: `postgresql://u:pw@127.0.0.1:${port}/x`,
      connectTimeoutMs: 500,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).not.toContain('pw@');
  });
});
