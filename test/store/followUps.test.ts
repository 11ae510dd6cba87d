import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { type FollowUpDeps, type FollowUpEscalator, runFollowUp } from '../../src/payments/followUp.js';
import { careCause, type FollowUpStore, SqliteFollowUpStore } from '../../src/store/followUps.js';
import { PgFollowUpStore } from '../../src/store/pg/followUps.js';
import type { PgPool } from '../../src/store/pg/pool.js';
import { type AsyncStores, createPgStores } from '../../src/store/pg/stores.js';
import type { NewPromise } from '../../src/store/promises.js';
import { createSqliteStores } from '../../src/store/stores.js';
import { account } from '../support/coreStores.js';
import { describePg } from '../support/postgres.js';
import { migratedMemoryDatabase } from '../support/sqlite.js';

interface Backend {
  stores: AsyncStores;
  /** Another instance's follow-up store on the same database (on PostgreSQL, another pool). */
  followUps(): FollowUpStore;
}

function promise(promiseId: string, dueDate: string, createdAt: string): NewPromise {
  return {
    promiseId,
    accountId: 'A-1',
    conversationId: 'c-1',
    amountCents: 100_000,
    currency: 'CNY',
    dueDate,
    words: '月初还一千',
    createdAt,
  };
}

function followUpsContract(open: () => Backend): void {
  it('marks each cause once, even when instances race, and forgets it when nobody could be reached', async () => {
    const b = open();
    await b.stores.accounts.upsertMany([account('A-1')], new Date('2026-12-01T00:00:00.000Z'));
    const at = '2026-12-05T02:00:00.000Z';
    const won = await Promise.all(
      Array.from({ length: 6 }, () => b.followUps().record('A-1', 'escalated', 'promise:P-2', at)),
    );
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await b.followUps().record('A-1', 'care_handover', 'promise:P-2', at)).toBe(true);
    await b.followUps().forget('A-1', 'escalated', 'promise:P-2');
    expect(await b.followUps().record('A-1', 'escalated', 'promise:P-2', at)).toBe(true);
  });

  it('settles misses once and finds two in a row; a kept commitment in between would break the run', async () => {
    const b = open();
    const f = b.followUps();
    await b.stores.accounts.upsertMany([account('A-1')], new Date('2026-11-20T00:00:00.000Z'));
    await b.stores.promises.record(promise('P-1', '2026-12-01', '2026-11-28T01:00:00.000Z'));
    const first = new Date('2026-12-02T02:00:00.000Z');
    expect(await f.accountsToSettle(first)).toEqual([{ accountId: 'A-1', timeZone: 'Asia/Shanghai' }]);
    expect(await f.settleAccount('A-1', '2026-12-02', first.toISOString())).toBe(1);
    expect(await f.lastTwoMissed('A-1', '2026-12-02')).toBeUndefined();
    await b.stores.promises.record(promise('P-2', '2026-12-03', '2026-12-02T03:00:00.000Z'));
    const second = new Date('2026-12-05T02:00:00.000Z');
    const [x, y] = await Promise.all([
      f.settleAccount('A-1', '2026-12-05', second.toISOString()),
      b.followUps().settleAccount('A-1', '2026-12-05', second.toISOString()),
    ]);
    expect(x + y).toBe(1);
    expect(await f.accountsToSettle(second)).toEqual([]);
    expect(await f.lastTwoMissed('A-1', '2026-12-05')).toBe('promise:P-2');
    expect(await f.lastTwoMissed('A-1', '2026-12-03')).toBeUndefined();
    expect((await b.stores.promises.listFor('A-1')).map((p) => p.status)).toEqual(['broken', 'broken']);
  });

  it('escalates two misses in a row and hands a care flag over once when two instances run the follow-up at once', async () => {
    const b = open();
    await b.stores.accounts.upsertMany([account('A-1')], new Date('2026-11-20T00:00:00.000Z'));
    await b.stores.promises.record(promise('P-1', '2026-12-01', '2026-11-28T01:00:00.000Z'));
    await b.followUps().settleAccount('A-1', '2026-12-02', '2026-12-02T02:00:00.000Z');
    await b.stores.promises.record(promise('P-2', '2026-12-03', '2026-12-02T03:00:00.000Z'));
    await b.stores.care.flag({
      accountId: 'A-1',
      kind: 'job_loss',
      pausesReminders: false,
      conversationId: 'c-1',
      createdAt: '2026-12-04T01:00:00.000Z',
    });
    const queued: string[] = [];
    const escalator: FollowUpEscalator = {
      escalate: async (accountId, reason) => {
        queued.push(`${accountId} ${reason}`);
        return 'queued';
      },
    };
    const now = new Date('2026-12-05T02:00:00.000Z');
    const deps = (): FollowUpDeps => ({ followUps: b.followUps(), history: async () => 'history' });
    const reports = await Promise.all([
      runFollowUp(deps(), now, escalator),
      runFollowUp(deps(), now, escalator),
    ]);
    expect(reports.reduce((n, r) => n + r.missed, 0)).toBe(1);
    expect(queued.sort()).toEqual(['A-1 distress', 'A-1 impasse']);
    expect(await runFollowUp(deps(), now, escalator)).toEqual({ missed: 0, escalated: [], handedOver: [] });
  });

  it('lists care flags not handed over, as the stronger kind, until the handover for that cause is marked', async () => {
    const b = open();
    const f = b.followUps();
    await b.stores.accounts.upsertMany([account('A-1')], new Date('2026-12-01T00:00:00.000Z'));
    expect(await f.flaggedWithoutHandover()).toEqual([]);
    await b.stores.care.flag({
      accountId: 'A-1',
      kind: 'job_loss',
      pausesReminders: false,
      conversationId: 'c-1',
      createdAt: '2026-12-05T01:00:00.000Z',
    });
    const [hardship] = await f.flaggedWithoutHandover();
    expect(hardship).toEqual({ accountId: 'A-1', kind: 'hardship', raisedAt: '2026-12-05T01:00:00.000Z' });
    expect(careCause(hardship!)).toBe('care:hardship:2026-12-05T01:00:00.000Z');
    expect(await f.record('A-1', 'care_handover', careCause(hardship!), '2026-12-05T01:05:00.000Z')).toBe(
      true,
    );
    expect(await f.flaggedWithoutHandover()).toEqual([]);
    await b.stores.care.flag({
      accountId: 'A-1',
      kind: 'distress',
      pausesReminders: true,
      conversationId: undefined,
      createdAt: '2026-12-05T02:00:00.000Z',
    });
    expect(await b.followUps().flaggedWithoutHandover()).toEqual([
      { accountId: 'A-1', kind: 'distress', raisedAt: '2026-12-05T01:00:00.000Z' },
    ]);
  });
}

describe('the follow-up store on SQLite (the contract)', () => {
  let db: Db;
  beforeEach(() => {
    db = migratedMemoryDatabase();
  });
  followUpsContract(() => ({
    stores: createSqliteStores(db),
    followUps: () => new SqliteFollowUpStore(db),
  }));
});

describePg('the follow-up store on PostgreSQL (the contract)', (pg) => {
  const pools: PgPool[] = [];
  let opened = 0;
  const pool = (i: number): PgPool => (pools[i] ??= pg.pool({ max: 4 }));
  beforeEach(async () => {
    await pool(0).query(
      `TRUNCATE commitment_followups, commitment_events, plan_installments, plans, promises, care_flags,
        payment_allocations, payments, accounts RESTART IDENTITY CASCADE`,
    );
  });
  followUpsContract(() => ({
    stores: createPgStores(pool(0)),
    followUps: () => new PgFollowUpStore(pool(opened++ % 2)),
  }));
});
