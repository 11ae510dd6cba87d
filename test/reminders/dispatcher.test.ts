import { describe, expect, it } from 'vitest';
import type { DispatchResult } from '../../src/reminders/types.js';
import { at, CONFIG, converse, FakeChannel, rows, service, SHANGHAI, world } from './fixtures.js';

const outcomes = (results: DispatchResult[]) => results.map((r) => [r.account, r.kind, r.outcome]);

describe('dispatching reminders exactly once', () => {
  it('asks the channel once per reminder when two services run at the same moment on one database', async () => {
    const accounts = Array.from({ length: 12 }, (_, i) => ({
      ...SHANGHAI,
      accountId: `S-${i + 1}`,
      channelUserId: `user-${i + 1}`,
    }));
    const w = world(accounts);
    for (const a of accounts) await converse(w, a.accountId);
    const one = new FakeChannel();
    const two = new FakeChannel();
    const now = at('2026-11-28T01:00:00Z');
    await Promise.all([service(w, { sender: one }).run(now), service(w, { sender: two }).run(now)]);
    const asked = [...one.calls, ...two.calls].map((m) => m.deliveryKey).sort();
    expect(asked).toEqual(accounts.map((a) => `reminder:${a.accountId}:due+7:2026-11-28`).sort());
    expect(rows(w.db).every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('sends the due reminder with everything the sender needs, then never again', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    const channel = new FakeChannel();
    const s = service(w, { sender: channel });
    const first = await s.run(at('2026-11-28T01:00:00Z'));
    expect(outcomes(first.results)).toEqual([['S-1', 'due+7', 'sent']]);
    expect(channel.delivered).toEqual([
      {
        accountId: 'S-1',
        kind: 'due+7',
        localDate: '2026-11-28',
        deliveryKey: 'reminder:S-1:due+7:2026-11-28',
        conversationId: 'conv-S-1',
        channelId: 'directline',
        locale: 'zh-CN',
        firstReminder: true,
      },
    ]);
    const again = await s.run(at('2026-11-28T05:00:00Z'));
    expect(again.results).toEqual([]);
    expect(channel.calls).toHaveLength(1);
    expect((await s.explain(at('2026-11-28T05:00:00Z')))[0]?.outcome).toEqual({
      due: false,
      heldBy: 'already_sent',
      detail: 'recorded sent',
    });
  });

  it('marks later reminders as not the first (the first one carries the disclosures)', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    const channel = new FakeChannel();
    const s = service(w, { sender: channel });
    await s.run(at('2026-11-28T01:00:00Z'));
    await s.run(at('2026-12-06T01:00:00Z')); // due+15
    expect(channel.delivered.map((m) => [m.kind, m.firstReminder])).toEqual([
      ['due+7', true],
      ['due+15', false],
    ]);
  });

  it('does not send to a person without a conversation, and sends once one exists that day', async () => {
    const w = world([SHANGHAI]);
    const channel = new FakeChannel();
    const s = service(w, { sender: channel });
    expect(outcomes((await s.run(at('2026-11-28T01:00:00Z'))).results)).toEqual([
      ['S-1', 'due+7', 'unreachable'],
    ]);
    expect(rows(w.db)).toEqual([]);
    await converse(w, 'S-1');
    expect(outcomes((await s.run(at('2026-11-28T06:00:00Z'))).results)).toEqual([['S-1', 'due+7', 'sent']]);
  });

  it('records a channel refusal and tries again on the next run, at most three times', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    const channel = new FakeChannel([{ failed: 'guardrail blocked' }, 'throw', { failed: 'rate limited' }]);
    const s = service(w, { sender: channel });
    for (const hour of ['01', '02', '03', '04']) await s.run(at(`2026-11-28T${hour}:00:00Z`));
    expect(channel.calls).toHaveLength(3);
    expect(channel.delivered).toEqual([]);
    expect(rows(w.db)).toEqual([
      {
        account_id: 'S-1',
        kind: 'due+7',
        local_date: '2026-11-28',
        status: 'failed',
        reason: 'rate limited',
        attempts: 3,
      },
    ]);
  });
});

describe('a crash between claim and send', () => {
  const quick = { sendTimeoutMs: 20, leaseMs: 120_000 };

  it('neither loses nor repeats a reminder claimed before the process died', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    const dying = new FakeChannel(['hang']);
    const before = await service(w, { sender: dying, options: quick }).run(at('2026-11-28T01:00:00Z'));
    expect(outcomes(before.results)).toEqual([['S-1', 'due+7', 'in_flight']]);
    expect(rows(w.db)[0]?.status).toBe('sending');

    const restarted = new FakeChannel();
    const s = service(w, { sender: restarted, options: quick });
    expect(await s.due(at('2026-11-28T01:01:00Z'))).toEqual([]);
    expect((await s.run(at('2026-11-28T01:01:00Z'))).results).toEqual([]); // the lease still holds
    expect(outcomes((await s.run(at('2026-11-28T01:03:00Z'))).results)).toEqual([['S-1', 'due+7', 'sent']]);
    expect(restarted.delivered.map((m) => m.deliveryKey)).toEqual(['reminder:S-1:due+7:2026-11-28']);
    expect(rows(w.db)[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('delivers once when the process died after the channel took it and before it was marked', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    const channel = new FakeChannel(['deliver-then-hang', 'sent']);
    await service(w, { sender: channel, options: quick }).run(at('2026-11-28T01:00:00Z'));
    await service(w, { sender: channel, options: quick }).run(at('2026-11-28T01:05:00Z'));
    expect(channel.calls.map((m) => m.deliveryKey)).toEqual([
      'reminder:S-1:due+7:2026-11-28',
      'reminder:S-1:due+7:2026-11-28',
    ]);
    expect(channel.delivered).toHaveLength(1);
    expect(rows(w.db)[0]?.status).toBe('sent');
  });

  it('records a send of unknown outcome (an external channel asked before a crash) as unconfirmed, never resent', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    await service(w, { sender: new FakeChannel(['hang']), options: quick }).run(at('2026-11-28T01:00:00Z'));
    const restarted = new FakeChannel(['unknown']);
    const s = service(w, { sender: restarted, options: quick });
    expect(outcomes((await s.run(at('2026-11-28T01:03:00Z'))).results)).toEqual([
      ['S-1', 'due+7', 'unconfirmed'],
    ]);
    expect(rows(w.db)[0]).toMatchObject({
      status: 'unconfirmed',
      reason: 'send_outcome_unknown',
      attempts: 2,
    });
    expect((await s.run(at('2026-11-28T05:00:00Z'))).results).toEqual([]);
    expect(restarted.calls).toHaveLength(1);
    expect(restarted.delivered).toEqual([]);
  });

  it('never sends a claim late: after the day it is recorded as unconfirmed', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    await service(w, { sender: new FakeChannel(['hang']), options: quick }).run(at('2026-11-28T12:59:00Z'));
    const next = new FakeChannel();
    const report = await service(w, { sender: next, options: quick }).run(at('2026-11-29T01:00:00Z'));
    expect(outcomes(report.results)).toEqual([['S-1', 'due+7', 'expired']]);
    expect(next.calls).toEqual([]);
    expect(rows(w.db)[0]).toMatchObject({ status: 'unconfirmed', reason: 'lease_expired_after_day' });
  });

  it('does not resend a claim after the person asked to stop in the meantime', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    await service(w, { sender: new FakeChannel(['hang']), options: quick }).run(at('2026-11-28T01:00:00Z'));
    await w.stores.contacts.ceaseContact('S-1', 'chat', at('2026-11-28T01:01:00Z'));
    const next = new FakeChannel();
    await service(w, { sender: next, options: quick }).run(at('2026-11-28T01:05:00Z'));
    expect(next.calls).toEqual([]);
    expect(rows(w.db)[0]).toMatchObject({ status: 'unconfirmed', reason: 'cease_contact' });
  });
});

describe('one not sent on its day is skipped, never sent late', () => {
  it('records the Shanghai reminder as skipped when its window closes, and sends nothing for it the next day', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    const channel = new FakeChannel();
    const s = service(w, { sender: channel });
    const closing = await s.run(at('2026-11-28T13:00:00Z')); // 21:00 in Shanghai
    expect(closing.results).toEqual([]);
    expect(closing.skipped).toBe(1);
    await s.run(at('2026-11-29T01:00:00Z'));
    expect(channel.calls).toEqual([]);
    expect(rows(w.db)).toEqual([
      {
        account_id: 'S-1',
        kind: 'due+7',
        local_date: '2026-11-28',
        status: 'skipped',
        reason: 'not_dispatched',
        attempts: 0,
      },
    ]);
  });

  it('records the rule that held it back all day', async () => {
    const w = world([SHANGHAI]);
    await w.stores.contacts.ceaseContact('S-1', 'chat', w.clock.now());
    await service(w).run(at('2026-11-29T01:00:00Z'));
    expect(rows(w.db)[0]).toMatchObject({
      local_date: '2026-11-28',
      status: 'skipped',
      reason: 'cease_contact',
    });
  });

  it('never sends due+7 to an account imported after its due+7 day, and sends due+15 on its day', async () => {
    const w = world([]);
    await converse(w, 'S-1');
    await w.stores.accounts.upsertMany([SHANGHAI], at('2026-11-30T02:00:00Z'));
    const channel = new FakeChannel();
    const s = service(w, { sender: channel });
    await s.run(at('2026-11-30T02:00:00Z'));
    await s.run(at('2026-12-06T02:00:00Z'));
    expect(channel.delivered.map((m) => [m.kind, m.localDate])).toEqual([['due+15', '2026-12-06']]);
  });
});

describe('frequency caps', () => {
  const plan = (w: ReturnType<typeof world>) =>
    w.stores.plans.record({
      planId: 'P-1',
      accountId: 'S-1',
      conversationId: undefined,
      currency: 'CNY',
      createdAt: '2026-11-01T00:00:00Z',
      offer: {
        id: 'P-1',
        kind: 'installments',
        months: 2,
        principalCents: 100_000,
        feeCents: 0,
        totalCents: 100_000,
        installmentCents: 50_000,
        schedule: [
          { seq: 1, dueDate: '2026-11-27', amountCents: 50_000 },
          { seq: 2, dueDate: '2026-12-01', amountCents: 50_000 },
        ],
      },
    });

  it('sends one reminder a day: a missed instalment goes, the next instalment’s reminder waits and is skipped', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    await plan(w);
    const channel = new FakeChannel();
    const s = service(w, { sender: channel });
    expect(
      (await s.explain(at('2026-11-28T01:00:00Z'))).map((d) => [
        d.key.kind,
        d.outcome.due ? 'due' : d.outcome.heldBy,
      ]),
    ).toEqual([
      ['missed-1', 'due'],
      ['instalment-3', 'daily_cap'],
    ]);
    await s.run(at('2026-11-28T01:00:00Z'));
    await s.run(at('2026-11-28T13:30:00Z'));
    expect(channel.delivered.map((m) => [m.kind, m.instalment])).toEqual([
      ['missed-1', { seq: 1, dueDate: '2026-11-27', amountCents: 50_000 }],
    ]);
    expect(rows(w.db).map((r) => [r.kind, r.status, r.reason])).toEqual([
      ['instalment-3', 'skipped', 'daily_cap'],
      ['missed-1', 'sent', null],
    ]);
  });

  it('allows both under the Chinese preset (3 a day)', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    await plan(w);
    const channel = new FakeChannel();
    await service(w, { sender: channel, config: { ...CONFIG, CONTACT_PRESET: 'cn' } }).run(
      at('2026-11-28T01:00:00Z'),
    );
    expect(channel.delivered.map((m) => m.kind)).toEqual(['missed-1', 'instalment-3']);
  });

  it('sends at most 3 in 7 days and a fourth again once the oldest leaves the window', async () => {
    const w = world([{ ...SHANGHAI, dueDate: '2026-11-28' }]);
    await converse(w, 'S-1');
    const channel = new FakeChannel();
    const s = service(w, {
      sender: channel,
      config: { ...CONFIG, REMINDER_SCHEDULE: 'due,due+1,due+2,due+3,due+7' },
    });
    for (const day of ['28', '29', '30']) await s.run(at(`2026-11-${day}T01:00:00Z`));
    expect((await s.explain(at('2026-12-01T01:00:00Z')))[0]?.outcome).toMatchObject({
      due: false,
      heldBy: 'weekly_cap',
    });
    await s.run(at('2026-12-01T01:00:00Z'));
    await s.run(at('2026-12-05T01:00:00Z'));
    expect(channel.delivered.map((m) => m.kind)).toEqual(['due', 'due+1', 'due+2', 'due+7']);
  });
});

describe('claims queued by a process without a sender (the command line)', () => {
  it('queues them for the service, which delivers them while their window is open', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    const cli = service(w);
    expect(outcomes((await cli.run(at('2026-11-28T01:00:00Z'))).results)).toEqual([
      ['S-1', 'due+7', 'queued'],
    ]);
    expect((await cli.run(at('2026-11-28T01:00:00Z'))).results).toEqual([]);
    const channel = new FakeChannel();
    const report = await service(w, { sender: channel }).run(at('2026-11-28T01:01:00Z'));
    expect(outcomes(report.results)).toEqual([['S-1', 'due+7', 'sent']]);
    expect(channel.delivered).toHaveLength(1);
  });

  it('skips a queued reminder the service only sees after its window closed', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    await service(w).run(at('2026-11-28T12:00:00Z'));
    const channel = new FakeChannel();
    await service(w, { sender: channel }).run(at('2026-11-28T13:00:00Z'));
    expect(channel.calls).toEqual([]);
    expect(rows(w.db)[0]).toMatchObject({ status: 'skipped', reason: 'day_over_in_queue' });
  });
});

describe('the service’s own clock', () => {
  it('runs on start with the injected clock and stops cleanly', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    w.clock.set('2026-11-28T01:00:00Z');
    const channel = new FakeChannel();
    const s = service(w, { sender: channel });
    s.start();
    await s.stop();
    expect(channel.delivered.map((m) => m.localDate)).toEqual(['2026-11-28']);
  });

  it('does nothing when REMINDERS_ENABLED is false', async () => {
    const w = world([SHANGHAI]);
    await converse(w, 'S-1');
    w.clock.set('2026-11-28T01:00:00Z');
    const channel = new FakeChannel();
    const s = service(w, { sender: channel, config: { ...CONFIG, REMINDERS_ENABLED: false } });
    s.start();
    await s.stop();
    expect(channel.calls).toEqual([]);
  });
});
