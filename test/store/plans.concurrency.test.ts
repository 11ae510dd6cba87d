import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { upsertAccounts } from '../../src/store/accounts.js';
import { openDatabase } from '../../src/store/db.js';
import { DEMO_ACCOUNTS } from '../../src/store/demoAccounts.js';
import { createSqliteStores } from '../../src/store/stores.js';

const offer = (id: string) => ({
  id,
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
});

/** Two connections to one database file, as two service instances (or two conversations) have. */
function twoInstances() {
  const dir = mkdtempSync(path.join(tmpdir(), 'commitments-race-'));
  const dbs = [openDatabase(dir), openDatabase(dir)] as const;
  upsertAccounts(dbs[0], [...DEMO_ACCOUNTS], new Date('2026-12-01T00:00:00Z'));
  const close = () => {
    for (const db of dbs) db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { dbs, stores: dbs.map((db) => createSqliteStores(db)), close };
}

describe('commitments recorded at once by two conversations of one account', () => {
  it('leaves exactly one active plan, the other superseded with its event', async () => {
    const { dbs, stores, close } = twoInstances();
    try {
      await Promise.all(
        ['P-A', 'P-B', 'P-C', 'P-D'].map((planId, i) =>
          stores[i % 2]!.plans.record({
            planId,
            accountId: 'A-1001',
            conversationId: `conv-${i}`,
            offer: offer(planId),
            currency: 'CNY',
            createdAt: `2026-12-01T01:00:0${i}.000Z`,
          }),
        ),
      );
      const plans = await stores[1]!.plans.listFor('A-1001');
      expect(plans.filter((p) => p.status === 'active')).toHaveLength(1);
      expect(plans.filter((p) => p.status === 'superseded')).toHaveLength(3);
      expect(await stores[0]!.plans.activeFor('A-1001')).toMatchObject({ planId: 'P-D' });
      const superseded = dbs[0]
        .prepare(`SELECT COUNT(*) AS n FROM commitment_events WHERE to_status = 'superseded'`)
        .get();
      expect(superseded).toEqual({ n: 3 });
    } finally {
      close();
    }
  });

  it('records a replacement of one plan from one connection only: the other hears the plan changed', async () => {
    const { stores, close } = twoInstances();
    const plan = (planId: string, i: number) => ({
      planId,
      accountId: 'A-1001',
      conversationId: `conv-${i}`,
      offer: offer(planId),
      currency: 'CNY' as const,
      createdAt: `2026-12-01T02:00:0${i}.000Z`,
    });
    try {
      await stores[0]!.plans.record(plan('P-0', 0));
      const outcomes = await Promise.all(
        ['P-A', 'P-B', 'P-C', 'P-D'].map((id, i) =>
          stores[i % 2]!.plans.recordReplacing(plan(id, i + 1), 'P-0'),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'recorded')).toHaveLength(1);
      const current = await stores[1]!.plans.currentFor('A-1001');
      for (const o of outcomes) if (o.status === 'changed') expect(o.current?.planId).toBe(current?.planId);
      expect((await stores[0]!.plans.listFor('A-1001')).map((p) => p.status)).toEqual([
        'superseded',
        'active',
      ]);
    } finally {
      close();
    }
  });

  it('leaves exactly one active promise to pay', async () => {
    const { stores, close } = twoInstances();
    try {
      await Promise.all(
        ['R-A', 'R-B', 'R-C'].map((promiseId, i) =>
          stores[i % 2]!.promises.record({
            promiseId,
            accountId: 'A-1001',
            conversationId: `conv-${i}`,
            amountCents: 100_00 * (i + 1),
            currency: 'CNY',
            dueDate: '2026-12-15',
            words: '15号全还',
            createdAt: `2026-12-01T01:00:0${i}.000Z`,
          }),
        ),
      );
      const promises = await stores[0]!.promises.listFor('A-1001');
      expect(promises.map((p) => p.status).sort()).toEqual(['active', 'superseded', 'superseded']);
    } finally {
      close();
    }
  });
});
