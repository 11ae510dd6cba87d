import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../src/store/db.js';
import { createSqliteStores } from '../../src/store/stores.js';
import { seedDemoAccountsSqlite } from '../../src/store/demoAccounts.js';
import { listAccounts } from '../../src/store/accounts.js';

describe('promise store', () => {
  const setup = () => {
    const db = openMemoryDatabase();
    const stores = createSqliteStores(db);
    seedDemoAccountsSqlite(db, new Date('2026-12-01T00:00:00Z'));
    const accountId = listAccounts(db)[0]!.accountId;
    return { db, stores, accountId };
  };

  it('records a promise and supersedes the earlier active one, with events for both', () => {
    const { db, stores, accountId } = setup();
    const base = { accountId, conversationId: 'c1', currency: 'CNY' as const, words: '15号全还' };
    stores.promises.record({
      ...base,
      promiseId: 'p1',
      amountCents: 100_00,
      dueDate: '2026-12-15',
      createdAt: '2026-12-01T01:00:00.000Z',
    });
    stores.promises.record({
      ...base,
      promiseId: 'p2',
      amountCents: 200_00,
      dueDate: '2026-12-20',
      createdAt: '2026-12-02T01:00:00.000Z',
    });
    expect(stores.promises.activeFor(accountId)?.promiseId).toBe('p2');
    expect(stores.promises.get('p1')?.status).toBe('superseded');
    const events = db
      .prepare(`SELECT subject_id, to_status, cause FROM commitment_events ORDER BY event_id`)
      .all();
    expect(events).toEqual([
      { subject_id: 'p1', to_status: 'active', cause: 'conversation:c1' },
      { subject_id: 'p1', to_status: 'superseded', cause: 'superseded:p2' },
      { subject_id: 'p2', to_status: 'active', cause: 'conversation:c1' },
    ]);
  });

  it('a new plan supersedes the active one instead of cancelling it', () => {
    const { db, stores, accountId } = setup();
    const offer = {
      id: 'x',
      kind: 'installments' as const,
      months: 2,
      principalCents: 1000,
      feeCents: 0,
      totalCents: 1000,
      installmentCents: 500,
      schedule: [
        { seq: 1, dueDate: '2026-12-10', amountCents: 500 },
        { seq: 2, dueDate: '2027-01-10', amountCents: 500 },
      ],
    };
    stores.plans.record({
      planId: 'a',
      accountId,
      conversationId: 'c',
      offer,
      currency: 'CNY',
      createdAt: '2026-12-01T00:00:00.000Z',
    });
    stores.plans.record({
      planId: 'b',
      accountId,
      conversationId: 'c',
      offer,
      currency: 'CNY',
      createdAt: '2026-12-02T00:00:00.000Z',
    });
    expect(stores.plans.activeFor(accountId)?.planId).toBe('b');
    expect(db.prepare(`SELECT status FROM plans WHERE plan_id = 'a'`).get()).toEqual({
      status: 'superseded',
    });
  });
});
