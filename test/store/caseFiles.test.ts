import { beforeEach, describe, expect, it } from 'vitest';
import { caseCommitments } from '../../src/payments/caseView.js';
import { caseHistory } from '../../src/payments/history.js';
import { type CaseStores, SqliteCaseFileStore } from '../../src/store/caseFiles.js';
import type { Db } from '../../src/store/db.js';
import { PgCaseFileStore } from '../../src/store/pg/caseFiles.js';
import type { PgPool } from '../../src/store/pg/pool.js';
import { type AsyncStores, createPgStores } from '../../src/store/pg/stores.js';
import { createSqliteStores } from '../../src/store/stores.js';
import { account } from '../support/coreStores.js';
import { describePg } from '../support/postgres.js';
import { migratedMemoryDatabase } from '../support/sqlite.js';
import { plan } from './contracts/plans.contract.js';

type Backend = { stores: AsyncStores; cases: CaseStores };

async function seed(stores: AsyncStores): Promise<void> {
  await stores.accounts.upsertMany([account('A-1'), account('A-2')], new Date('2026-12-01T00:00:00.000Z'));
  await stores.plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
  for (const [promiseId, accountId, createdAt] of [
    ['PR-1', 'A-1', '2026-12-05T01:00:00.000Z'],
    ['PR-2', 'A-2', '2026-12-05T02:00:00.000Z'],
  ] as const) {
    await stores.promises.record({
      promiseId,
      accountId,
      conversationId: 'c-1',
      amountCents: 50_000,
      currency: 'CNY',
      dueDate: '2026-12-10',
      words: '10号还五百',
      createdAt,
    });
  }
  await stores.conversations.save(
    {
      conversationId: 'c-1',
      channelId: 'directline',
      userId: 'u-c-1',
      accountId: 'A-1',
      reference: { conversation: { id: 'c-1' }, serviceUrl: 'https://dl.example/' },
    },
    new Date('2026-12-05T01:00:00.000Z'),
    true,
  );
}

function caseFilesContract(open: () => Backend): void {
  it('reads a case: current plan, instalments, promise cases newest first with their conversations', async () => {
    const { stores, cases } = open();
    await seed(stores);
    const current = await cases.caseFiles.currentPlan('A-1');
    expect(current).toMatchObject({ planId: 'P-1', status: 'active', currency: 'CNY' });
    expect(
      current?.instalments.map((i) => [i.seq, i.dueDate, i.amountCents, i.paidCents, i.missedOn]),
    ).toEqual([
      [1, '2026-12-15', 100_001, 0, undefined],
      [2, '2027-01-15', 100_000, 0, undefined],
      [3, '2027-02-15', 100_000, 0, undefined],
    ]);
    expect(await cases.caseFiles.currentPlan('A-2')).toBeUndefined();
    expect(await cases.caseFiles.instalmentsOf('P-1')).toHaveLength(3);
    expect(await cases.caseFiles.instalmentsOf('nope')).toEqual([]);
    const active = await cases.caseFiles.casesByPromiseState('active', 10);
    expect(active.map((c) => [c.accountId, c.promiseId, c.createdAt, c.conversations])).toEqual([
      ['A-2', 'PR-2', '2026-12-05T02:00:00.000Z', []],
      ['A-1', 'PR-1', '2026-12-05T01:00:00.000Z', ['c-1']],
    ]);
    expect(active[0]).toMatchObject({
      amountCents: 50_000,
      paidCents: 0,
      dueDate: '2026-12-10',
      status: 'active',
    });
    expect(await cases.caseFiles.casesByPromiseState('active', 1)).toHaveLength(1);
    expect(await cases.caseFiles.casesByPromiseState('broken', 10)).toEqual([]);
  });

  it('builds the same case view and agent summary on every backend', async () => {
    const { stores, cases } = open();
    await seed(stores);
    const view = await caseCommitments(cases, 'A-1');
    expect(view?.plans[0]?.instalments[0]).toEqual({
      seq: 1,
      dueDate: '2026-12-15',
      amountCents: 100_001,
      paidCents: 0,
      missed: false,
    });
    expect(await caseCommitments(cases, 'missing')).toBeUndefined();
    expect(await caseHistory(cases, 'A-1')).toBe(
      'promises: 2026-12-10 500.00 active (paid 0.00) | plan P-1 active: #1 2026-12-15 0.00/1,000.01, #2 2027-01-15 0.00/1,000.00, #3 2027-02-15 0.00/1,000.00 | last payments: none',
    );
  });
}

describe('the case file store on SQLite (the contract)', () => {
  let db: Db;
  beforeEach(() => {
    db = migratedMemoryDatabase();
  });
  caseFilesContract(() => {
    const stores = createSqliteStores(db);
    return { stores, cases: { ...stores, caseFiles: new SqliteCaseFileStore(db) } };
  });
});

describePg('the case file store on PostgreSQL (the contract)', (pg) => {
  let pool: PgPool;
  beforeEach(async () => {
    pool ??= pg.pool({ max: 4 });
    await pool.query(
      `TRUNCATE commitment_events, plan_installments, plans, promises, conversation_refs, payment_allocations,
        payments, accounts RESTART IDENTITY CASCADE`,
    );
  });
  caseFilesContract(() => {
    const stores = createPgStores(pool);
    return { stores, cases: { ...stores, caseFiles: new PgCaseFileStore(pool) } };
  });
});
