import { expect, it } from 'vitest';
import type { StoredPlan } from '../../../src/store/plans.js';
import { account, type CoreBackend, seedAccounts } from '../../support/coreStores.js';

/** A three-month plan of 3,000.01 (the first instalment carries the extra cent). */
export function plan(planId: string, accountId: string, createdAt: string): Omit<StoredPlan, 'status'> {
  return {
    planId,
    accountId,
    conversationId: `conv-${planId}`,
    currency: 'CNY',
    createdAt,
    offer: {
      id: planId,
      kind: 'installments',
      months: 3,
      principalCents: 290_001,
      feeCents: 10_000,
      totalCents: 300_001,
      installmentCents: 100_001,
      schedule: [
        { seq: 1, dueDate: '2026-12-15', amountCents: 100_001 },
        { seq: 2, dueDate: '2027-01-15', amountCents: 100_000 },
        { seq: 3, dueDate: '2027-02-15', amountCents: 100_000 },
      ],
    },
  };
}

/** The contract of `PlanStore`, run against every backend. */
export function plansContract(b: CoreBackend): void {
  it('records a plan with its schedule and reads it back as active and current', async () => {
    await seedAccounts(b, account('A-1'));
    const { plans } = b.open();
    const p = plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z');
    await plans.record(p);
    const stored = { ...p, status: 'active' };
    expect(await plans.activeFor('A-1')).toEqual(stored);
    expect(await plans.currentFor('A-1')).toEqual(stored);
    expect(await plans.listFor('A-1')).toEqual([stored]);
    expect(await plans.listActive()).toEqual([stored]);
    expect(await plans.activeFor('A-2')).toBeUndefined();
    expect(await plans.listFor('A-2')).toEqual([]);
  });

  it('keeps a plan without a conversation or a schedule, its largest instalment then 0', async () => {
    await seedAccounts(b, account('A-1'));
    const { plans } = b.open();
    const bare = plan('P-0', 'A-1', '2026-12-05T01:00:00.000Z');
    await plans.record({ ...bare, conversationId: undefined, offer: { ...bare.offer, schedule: [] } });
    expect(await plans.activeFor('A-1')).toMatchObject({
      conversationId: undefined,
      offer: { installmentCents: 0, schedule: [] },
    });
  });

  it('supersedes the earlier current plan when a new one is agreed, with an event naming the new one', async () => {
    await seedAccounts(b, account('A-1'), account('A-2'));
    const { plans, promises } = b.open();
    await plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    await plans.record(plan('P-x', 'A-2', '2026-12-05T01:30:00.000Z'));
    await plans.record(plan('P-2', 'A-1', '2026-12-05T02:00:00.000Z'));
    expect((await plans.listFor('A-1')).map((p) => [p.planId, p.status])).toEqual([
      ['P-1', 'superseded'],
      ['P-2', 'active'],
    ]);
    expect((await plans.currentFor('A-1'))?.planId).toBe('P-2');
    expect((await plans.listActive()).map((p) => p.planId).sort()).toEqual(['P-2', 'P-x']);
    expect(await promises.eventsFor('A-1')).toEqual([
      {
        subjectKind: 'plan',
        subjectId: 'P-1',
        fromStatus: undefined,
        toStatus: 'active',
        cause: 'conversation:conv-P-1',
        at: '2026-12-05T01:00:00.000Z',
      },
      {
        subjectKind: 'plan',
        subjectId: 'P-1',
        fromStatus: 'active',
        toStatus: 'superseded',
        cause: 'superseded:P-2',
        at: '2026-12-05T02:00:00.000Z',
      },
      {
        subjectKind: 'plan',
        subjectId: 'P-2',
        fromStatus: undefined,
        toStatus: 'active',
        cause: 'conversation:conv-P-2',
        at: '2026-12-05T02:00:00.000Z',
      },
    ]);
  });

  it('leaves exactly one plan active when several instances record plans for one account at once', async () => {
    await seedAccounts(b, account('A-1'));
    const ids = Array.from({ length: 6 }, (_, i) => `R-${i}`);
    await Promise.all(
      ids.map((id, i) => b.open().plans.record(plan(id, 'A-1', `2026-12-05T01:00:0${i}.000Z`))),
    );
    const { plans, promises } = b.open();
    const all = await plans.listFor('A-1');
    expect(all).toHaveLength(6);
    expect(all.filter((p) => p.status === 'active')).toHaveLength(1);
    const superseded = (await promises.eventsFor('A-1')).filter((e) => e.toStatus === 'superseded');
    expect(superseded).toHaveLength(5);
    expect(new Set(superseded.map((e) => e.subjectId)).size).toBe(5);
  });

  it('records a replacement only while the plan the person confirmed replacing is still current', async () => {
    await seedAccounts(b, account('A-1'));
    const { plans, promises } = b.open();
    expect(await plans.recordReplacing(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'), undefined)).toEqual({
      status: 'recorded',
      superseded: undefined,
    });
    expect(await plans.recordReplacing(plan('P-2', 'A-1', '2026-12-05T02:00:00.000Z'), 'P-1')).toEqual({
      status: 'recorded',
      superseded: 'P-1',
    });
    // Confirmed against P-1, but P-2 took its place meanwhile: nothing written, P-2 told back.
    const stale = await plans.recordReplacing(plan('P-3', 'A-1', '2026-12-05T03:00:00.000Z'), 'P-1');
    expect(stale).toMatchObject({ status: 'changed', current: { planId: 'P-2', status: 'active' } });
    // "No plan yet" is stale too once one exists.
    const none = await plans.recordReplacing(plan('P-4', 'A-1', '2026-12-05T04:00:00.000Z'), undefined);
    expect(none).toMatchObject({ status: 'changed', current: { planId: 'P-2' } });
    expect((await plans.listFor('A-1')).map((p) => [p.planId, p.status])).toEqual([
      ['P-1', 'superseded'],
      ['P-2', 'active'],
    ]);
    expect(await promises.eventsFor('A-1')).toHaveLength(3);
  });

  it('of several conversations replacing the same plan at the same moment, exactly one is recorded', async () => {
    await seedAccounts(b, account('A-1'));
    await b.open().plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    const ids = Array.from({ length: 5 }, (_, i) => `R-${i}`);
    const outcomes = await Promise.all(
      ids.map((id, i) =>
        b.open().plans.recordReplacing(plan(id, 'A-1', `2026-12-05T02:00:0${i}.000Z`), 'P-1'),
      ),
    );
    const recorded = outcomes.filter((o) => o.status === 'recorded');
    expect(recorded).toEqual([{ status: 'recorded', superseded: 'P-1' }]);
    const winner = ids[outcomes.findIndex((o) => o.status === 'recorded')];
    for (const o of outcomes.filter((x) => x.status === 'changed')) {
      expect(o).toMatchObject({ status: 'changed', current: { planId: winner } });
    }
    const { plans } = b.open();
    expect((await plans.listFor('A-1')).map((p) => [p.planId, p.status])).toEqual([
      ['P-1', 'superseded'],
      [winner, 'active'],
    ]);
  });

  it('refuses a plan for an unknown account or a plan id already used, writing nothing', async () => {
    await seedAccounts(b, account('A-1'));
    const { plans, promises } = b.open();
    await expect(plans.record(plan('P-1', 'nobody', '2026-12-05T01:00:00.000Z'))).rejects.toThrow();
    await plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    await expect(plans.record(plan('P-1', 'A-1', '2026-12-05T02:00:00.000Z'))).rejects.toThrow();
    expect((await plans.listFor('A-1')).map((p) => p.status)).toEqual(['active']);
    expect(await promises.eventsFor('A-1')).toHaveLength(1);
    expect(await promises.eventsFor('nobody')).toEqual([]);
  });
}
