import { describe, expect, it } from 'vitest';
import { SqliteHandoffStore } from '../../src/handoff/index.js';
import { applyPaymentsFile } from '../../src/payments/paymentsFile.js';
import { QueueFollowUpEscalator } from '../../src/payments/queueEscalator.js';
import { describeStanding, planStanding } from '../../src/payments/standing.js';
import { createReminderService } from '../../src/reminders/service.js';
import { CONFIG, converse, FakeChannel } from '../reminders/fixtures.js';
import { LI, MARIA, payWorld, withPlan, type PayWorld } from './fixtures.js';

const HEADER = 'payment_id,account_id,amount,currency,paid_at,channel';

async function setup(w: PayWorld) {
  const handoffs = new SqliteHandoffStore(w.db);
  const channel = new FakeChannel();
  const reminders = createReminderService({
    db: w.db,
    config: CONFIG,
    clock: w.clock,
    sender: channel,
    isHandledByHuman: async (id) => (await handoffs.openForAccount(id)) !== undefined,
    followUp: new QueueFollowUpEscalator(handoffs, w.stores),
  });
  await converse({ db: w.db, stores: w.stores, clock: w.clock }, LI.accountId);
  await converse({ db: w.db, stores: w.stores, clock: w.clock }, MARIA.accountId);
  /** 10:00 in Shanghai on `day`. */
  const day = async (date: string) => {
    w.clock.set(new Date(`${date}T02:00:00Z`));
    return reminders.run();
  };
  const sent = () => channel.delivered.map((m) => `${m.localDate} ${m.kind}`);
  return { handoffs, reminders, day, sent };
}

describe('payments, plan and reminders over several days (manual clock)', () => {
  it('reminds before each unpaid instalment, never for a paid one, follows up a miss and escalates two in a row', async () => {
    const w = payWorld();
    withPlan(w);
    const { handoffs, reminders, day, sent } = await setup(w);

    await day('2026-12-02'); // three days before instalment 1
    expect(sent()).toEqual(['2026-12-02 instalment-3']);

    w.clock.set(new Date('2026-12-05T00:00:00Z'));
    const file = `${HEADER}\nP-1,L-1,1837.74,CNY,2026-12-04T20:15:00+08:00,bank_transfer\n`;
    expect(await applyPaymentsFile(file, w.stores.payments, w.clock.now())).toMatchObject({
      ok: true,
      applied: 1,
    });
    expect(await applyPaymentsFile(file, w.stores.payments, w.clock.now())).toMatchObject({
      ok: true,
      applied: 0,
      replayed: 1,
    });

    await day('2026-12-06'); // the day after instalment 1: paid, so no missed-1
    w.clock.set(new Date('2026-12-06T02:00:00Z'));
    const explained = (await reminders.explain()).filter((d) => d.key.accountId === LI.accountId);
    expect(explained.map((d) => [d.key.kind, d.outcome.due ? 'due' : d.outcome.heldBy])).toEqual([
      ['missed-1', 'instalment_paid'],
    ]);
    expect(sent()).toEqual(['2026-12-02 instalment-3']);

    // a returning person hears where the plan stands, with the balance after the payment
    const standing = await planStanding(w.stores, LI.accountId, '2026-12-20');
    expect(describeStanding(standing, 'zh-CN')).toBe('第1期已还，第2期 1,837.74 元，1月5日。');
    expect(standing?.balanceCents).toBe(551_322 - 183_774);

    await day('2027-01-02');
    const missedRun = await day('2027-01-06'); // instalment 2 unpaid: the plan is broken, a follow-up goes
    expect(missedRun.followUp).toMatchObject({ missed: 1, escalated: [] });
    expect(w.stores.plans.currentFor(LI.accountId)?.status).toBe('broken');
    expect(sent().slice(-2)).toEqual(['2027-01-02 instalment-3', '2027-01-06 missed-1']);

    // the person promises to pay instalment 2 by 10 January, and does not
    w.stores.promises.record({
      promiseId: 'PR-1',
      accountId: LI.accountId,
      conversationId: 'conv-L-1',
      amountCents: 183_774,
      currency: 'CNY',
      dueDate: '2027-01-10',
      words: '10号发工资就还',
      createdAt: w.clock.now().toISOString(),
    });
    await day('2027-01-09');
    expect(sent().at(-1)).toBe('2027-01-09 promise-1');
    const escalation = await day('2027-01-11');
    expect(escalation.followUp.escalated).toEqual([LI.accountId]);
    expect(w.stores.promises.get('PR-1')?.status).toBe('broken');
    const queued = await handoffs.openForAccount(LI.accountId);
    expect(queued?.reason).toBe('impasse');
    expect(queued?.summary).toContain('2027-01-10 1,837.74 broken');
    expect(queued?.summary).toContain('#2 2027-01-05 0.00/1,837.74 missed');
    // an agent now holds the case: no further follow-up goes out, and it is not queued twice
    expect(sent().at(-1)).toBe('2027-01-09 promise-1');
    expect((await day('2027-01-12')).followUp.escalated).toEqual([]);
  });

  it('stops every follow-up for a hardship flag and hands the case over once', async () => {
    const w = payWorld();
    withPlan(w);
    const { handoffs, reminders, day, sent } = await setup(w);
    await w.stores.care.flag({
      accountId: LI.accountId,
      kind: 'job_loss',
      pausesReminders: false,
      conversationId: undefined,
      createdAt: w.clock.now().toISOString(),
    });
    w.clock.set(new Date('2026-12-02T02:00:00Z'));
    const held = (await reminders.explain()).filter((d) => d.key.accountId === LI.accountId);
    expect(held.map((d) => (d.outcome.due ? 'due' : d.outcome.heldBy))).toEqual(['care_flag']);
    const run = await day('2026-12-02');
    expect(run.followUp.handedOver).toEqual([LI.accountId]);
    expect((await handoffs.openForAccount(LI.accountId))?.reason).toBe('distress');
    expect(sent()).toEqual([]);
    expect((await day('2026-12-03')).followUp.handedOver).toEqual([]);
  });

  it('drops an instalment reminder as soon as a payment for it arrives', async () => {
    const w = payWorld();
    withPlan(w);
    const { reminders } = await setup(w);
    w.clock.set(new Date('2026-12-02T02:00:00Z'));
    expect((await reminders.due()).map((d) => d.key.kind)).toContain('instalment-3');
    await applyPaymentsFile(
      `${HEADER}\nP-9,L-1,1837.74,CNY,2026-12-02T09:00:00+08:00,app\n`,
      w.stores.payments,
      w.clock.now(),
    );
    expect((await reminders.due()).filter((d) => d.key.accountId === LI.accountId)).toEqual([]);
  });

  it('does not deliver a queued reminder whose instalment was paid after it was queued', async () => {
    const w = payWorld();
    withPlan(w);
    const { day, sent } = await setup(w);
    const queueOnly = createReminderService({ db: w.db, config: CONFIG, clock: w.clock });
    w.clock.set(new Date('2026-12-02T01:00:00Z'));
    expect((await queueOnly.run()).results.map((r) => r.outcome)).toEqual(['queued']);
    await applyPaymentsFile(
      `${HEADER}\nP-7,L-1,1837.74,CNY,2026-12-02T08:55:00+08:00,app\n`,
      w.stores.payments,
      w.clock.now(),
    );
    const run = await day('2026-12-02');
    expect(run.results.map((r) => [r.outcome, r.detail])).toEqual([['held', 'paid_since_selection']]);
    expect(sent()).toEqual([]);
  });
});
