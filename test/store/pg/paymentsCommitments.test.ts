import { expect, it } from 'vitest';
import { pgAccountsToSettle, pgSettleAccount } from '../../../src/store/pg/paymentsCommitments.js';
import { createPgStores } from '../../../src/store/pg/stores.js';
import { account } from '../../support/coreStores.js';
import { describePg } from '../../support/postgres.js';
import { plan } from '../contracts/plans.contract.js';
import { promise } from '../contracts/promises.contract.js';

describePg('commitments settled on PostgreSQL (the daily follow-up)', (pg) => {
  it('finds the accounts with a commitment past its date, and settles each miss once when instances race', async () => {
    const s = createPgStores(pg.pool());
    await s.accounts.upsertMany(
      [account('A-1'), account('A-2'), account('L-1', { timeZone: 'America/Los_Angeles' })],
      new Date('2026-12-01T00:00:00.000Z'),
    );
    await s.plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    await s.promises.record(promise('PR-1', 'A-1', '2026-12-05T02:00:00.000Z'));
    await s.promises.record(promise('PR-L', 'L-1', '2026-12-05T02:00:00.000Z', { dueDate: '2026-12-16' }));
    const now = new Date('2026-12-16T17:00:00.000Z');
    expect(await pgAccountsToSettle(pg.pool(), now)).toEqual([
      { accountId: 'A-1', timeZone: 'Asia/Shanghai' },
      { accountId: 'L-1', timeZone: 'America/Los_Angeles' },
    ]);
    const pools = [pg.pool({ max: 1 }), pg.pool({ max: 1 }), pg.pool({ max: 1 })];
    const at = now.toISOString();
    const misses = await Promise.all(pools.map((p) => pgSettleAccount(p, 'A-1', '2026-12-17', at)));
    expect(misses.reduce((n, m) => n + m, 0)).toBe(2);
    // In Los Angeles it is still the 16th: the promise dated the 16th is not missed yet.
    expect(await pgSettleAccount(pools[0]!, 'L-1', '2026-12-16', at)).toBe(0);
    expect((await s.plans.currentFor('A-1'))?.status).toBe('broken');
    expect(await s.promises.get('PR-1')).toMatchObject({ status: 'broken', settledAt: at });
    const missed = (await s.promises.eventsFor('A-1')).filter((e) => e.cause.startsWith('missed:'));
    expect(missed.map((e) => `${e.subjectId}:${e.toStatus}:${e.cause}`)).toEqual([
      'P-1:broken:missed:2026-12-15#1',
      'PR-1:broken:missed:2026-12-15',
    ]);
    expect(await pgSettleAccount(pools[1]!, 'A-1', '2026-12-17', at)).toBe(0);
  });
});
