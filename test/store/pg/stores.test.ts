import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgPool } from '../../../src/store/pg/pool.js';
import { createPgStores } from '../../../src/store/pg/stores.js';
import { StoreUnavailableError } from '../../../src/store/storeErrors.js';
import { account } from '../../support/coreStores.js';
import { describePg } from '../../support/postgres.js';
import { plan } from '../contracts/plans.contract.js';

const NOW = new Date('2026-12-05T01:00:00.000Z');

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the PostgreSQL core stores without a database', () => {
  const pools: ReturnType<typeof createPgPool>[] = [];
  afterAll(async () => Promise.all(pools.map((p) => p.end())));

  it('reject every call with store_unavailable (never a crash), and never echo the password', async () => {
    const pool = createPgPool({
      url: `postgresql://u:pw@127.0.0.1:${await closedPort()}/x`,
      connectTimeoutMs: 500,
    });
    pools.push(pool);
    const s = createPgStores(pool);
    const policy = { maxAttempts: 3, lockMinutes: 30 };
    const calls: Promise<unknown>[] = [
      s.accounts.get('A-1'),
      s.accounts.upsertMany([account('A-1')], NOW),
      s.plans.record(plan('P-1', 'A-1', NOW.toISOString())),
      s.plans.listActive(),
      s.promises.eventsFor('A-1'),
      s.disputes.hasOpen('A-1'),
      s.contacts.ceaseContact('A-1', 'x', NOW),
      s.escalations.listFor('c'),
      s.conversations.get('c'),
      s.payments.apply([], 'file', NOW),
      s.payments.listFor('A-1'),
      s.care.remindersPaused('A-1'),
      s.verification.attempt('A-1', false, policy, NOW, {}),
    ];
    for (const outcome of await Promise.allSettled(calls)) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as Error;
      expect(reason).toBeInstanceOf(StoreUnavailableError);
      expect(reason.message).not.toContain('pw');
    }
  });
});

describePg('the PostgreSQL core stores when the connection is lost mid-write', (pg) => {
  it('fail the write with store_unavailable, leave nothing half-written, and serve the next call', async () => {
    const admin = pg.pool({ max: 2 });
    const s = createPgStores(pg.pool({ max: 2, applicationName: 'victim' }));
    await s.accounts.upsertMany([account('A-1')], NOW);
    // Another instance holds the account, so the plan's transaction waits at its first statement.
    const holder = await admin.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM accounts WHERE account_id = 'A-1' FOR UPDATE`);
    const recording = s.plans.record(plan('P-1', 'A-1', NOW.toISOString())).catch((e: unknown) => e);
    let pid: number | undefined;
    for (let i = 0; i < 200 && pid === undefined; i++) {
      const waiting = await admin.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE application_name = 'victim' AND wait_event_type = 'Lock'",
      );
      pid = waiting.rows[0]?.pid;
      if (pid === undefined) await new Promise((r) => setTimeout(r, 20));
    }
    expect(pid).toBeDefined();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    const err = await recording;
    await holder.query('ROLLBACK');
    holder.release();
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as StoreUnavailableError).code).toBe('store_unavailable');
    expect(await s.plans.listFor('A-1')).toEqual([]);
    expect((await admin.query('SELECT count(*)::int AS n FROM commitment_events')).rows[0]).toEqual({ n: 0 });
    await s.plans.record(plan('P-2', 'A-1', NOW.toISOString()));
    expect((await s.plans.currentFor('A-1'))?.planId).toBe('P-2');
  });
});
