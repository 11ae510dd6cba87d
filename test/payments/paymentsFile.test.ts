import { describe, expect, it } from 'vitest';
import { amountToCents, parseInstant, parsePayment } from '../../src/payments/parse.js';
import { applyPaymentsFile } from '../../src/payments/paymentsFile.js';
import { settleAccount } from '../../src/store/paymentsCommitments.js';
import { instalments, LI, MARIA, payment, payWorld, withPlan, LATER } from './fixtures.js';

const HEADER = 'payment_id,account_id,amount,currency,paid_at,channel';

describe('payment fields', () => {
  it('turns major units into cents by string arithmetic, exactly', () => {
    expect(amountToCents('1837.74')).toBe(183_774);
    expect(amountToCents('0.29')).toBe(29);
    expect(amountToCents('4503599627370.49')).toBe(450_359_962_737_049);
    for (const bad of ['1837.7', '1,837.74', '-1.00', '1e3', '1837.745', ' 1.00', '.50', '0x10.00']) {
      expect(amountToCents(bad)).toBeUndefined();
    }
  });

  it('accepts only real instants with an offset', () => {
    expect(parseInstant('2026-12-05T23:59:59+08:00')?.toISOString()).toBe('2026-12-05T15:59:59.000Z');
    for (const bad of [
      '2026-12-05',
      '2026-12-05T10:00:00',
      '2026-02-30T10:00:00Z',
      '2026-12-05T24:00:00Z',
      '2026-12-05T10:00:00+25:00',
    ]) {
      expect(parseInstant(bad)).toBeUndefined();
    }
  });

  it('names every bad field, zero and negative amounts included', () => {
    const r = parsePayment({
      payment_id: '',
      account_id: 'L-1',
      amount: '0.00',
      currency: 'EUR',
      paid_at: 'yesterday',
      channel: 'X',
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.field)).toEqual([
        'payment_id',
        'amount',
        'currency',
        'paid_at',
        'channel',
      ]);
    const neg = parsePayment({
      payment_id: 'P',
      account_id: 'L-1',
      amount: '-5.00',
      currency: 'CNY',
      paid_at: '2026-12-05T10:00:00Z',
      channel: 'app',
    });
    expect(neg.ok).toBe(false);
  });
});

describe('allocation', () => {
  it('fills the oldest instalment first and carries an overpayment to the next, to the cent', async () => {
    const w = payWorld();
    withPlan(w);
    const out = await w.stores.payments.apply(
      [payment('P1', '2000.01', '2026-12-04T10:00:00+08:00')],
      'file',
      LATER,
    );
    expect(out).toEqual({ status: 'applied', applied: 1, replayed: 0 });
    expect(instalments(w).map((i) => i.paid_cents)).toEqual([183_774, 16_227, 0]);
    const [p] = await w.stores.payments.listFor(LI.accountId);
    expect(p?.allocations.map((a) => [a.seq, a.amountCents])).toEqual([
      [1, 183_774],
      [2, 16_227],
    ]);
    const account = await w.stores.accounts.get(LI.accountId);
    expect(account?.balanceCents).toBe(551_322 - 200_001);
    expect(account?.minimumDueCents).toBe(0);
    expect(account?.daysPastDue).toBe(0);
  });

  it('keeps a plan paid in full on time, and sends what is left to the balance only', async () => {
    const w = payWorld();
    withPlan(w);
    await w.stores.payments.apply([payment('P1', '5600.00', '2026-12-04T10:00:00+08:00')], 'file', LATER);
    expect(w.stores.plans.listFor(LI.accountId)[0]?.status).toBe('kept');
    const [p] = await w.stores.payments.listFor(LI.accountId);
    expect(p?.allocations.at(-1)).toEqual({
      planId: undefined,
      seq: undefined,
      promiseId: undefined,
      amountCents: 8_678,
    });
    expect(await w.stores.accounts.get(LI.accountId)).toMatchObject({ balanceCents: 0, status: 'paid' });
  });

  it('keeps a promise once payments reach its amount, with the payment as the cause', async () => {
    const w = payWorld();
    w.stores.promises.record({
      promiseId: 'pr1',
      accountId: MARIA.accountId,
      conversationId: 'c',
      amountCents: 30_000,
      currency: 'USD',
      dueDate: '2026-12-15',
      words: 'all of it on the 15th',
      createdAt: '2026-12-01T02:00:00.000Z',
    });
    await w.stores.payments.apply(
      [payment('M1', '100.00', '2026-12-10T09:00:00-08:00', MARIA.accountId, 'USD')],
      'webhook',
      LATER,
    );
    expect(w.stores.promises.get('pr1')).toMatchObject({ status: 'active', paidCents: 10_000 });
    await w.stores.payments.apply(
      [payment('M2', '250.00', '2026-12-15T23:59:00-08:00', MARIA.accountId, 'USD')],
      'webhook',
      LATER,
    );
    expect(w.stores.promises.get('pr1')).toMatchObject({ status: 'kept', paidCents: 30_000 });
    expect(w.stores.promises.eventsFor(MARIA.accountId).at(-1)).toMatchObject({
      toStatus: 'kept',
      cause: 'payment:M2',
    });
  });
});

describe('idempotency and bad input', () => {
  it('treats an exact replay as nothing new, and a reused id with other content as a conflict', async () => {
    const w = payWorld();
    withPlan(w);
    const p = payment('P1', '100.00', '2026-12-04T10:00:00+08:00');
    await w.stores.payments.apply([p], 'webhook', LATER);
    expect(await w.stores.payments.apply([p, p], 'webhook', LATER)).toEqual({
      status: 'applied',
      applied: 0,
      replayed: 2,
    });
    // the same instant written in another offset is the same content
    expect(
      (await w.stores.payments.apply([payment('P1', '100.00', '2026-12-04T02:00:00Z')], 'file', LATER))
        .status,
    ).toBe('applied');
    const other = await w.stores.payments.apply(
      [payment('P1', '100.01', '2026-12-04T10:00:00+08:00')],
      'webhook',
      LATER,
    );
    expect(other).toMatchObject({
      status: 'rejected',
      rejections: [{ code: 'payment_id_conflict', field: 'payment_id' }],
    });
    expect(instalments(w)[0]?.paid_cents).toBe(10_000);
  });

  it('applies a file all or nothing, naming each bad line by its number in the file', async () => {
    const w = payWorld();
    withPlan(w);
    const text = [
      HEADER,
      'P1,L-1,100.00,CNY,2026-12-04T10:00:00+08:00,bank_transfer',
      'P2,NOPE,100.00,CNY,2026-12-04T10:00:00+08:00,bank_transfer',
      '"P3",L-1,100.00,USD,2026-12-04T10:00:00+08:00,app',
      'P4,L-1,0.00,CNY,2026-12-04,app',
      'P1,L-1,999.00,CNY,2026-12-04T10:00:00+08:00,bank_transfer',
    ].join('\r\n');
    const bad = await applyPaymentsFile(text, w.stores.payments, LATER);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.bad.map((b) => b.line)).toEqual([5]);
    const fixed = text.replace('P4,L-1,0.00,CNY,2026-12-04,app', 'P4,L-1,1.00,CNY,2026-12-04T10:00:00Z,app');
    const second = await applyPaymentsFile(fixed, w.stores.payments, LATER);
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.bad.map((b) => [b.line, b.errors[0]?.split(':')[0]])).toEqual([
        [3, 'account_id'],
        [4, 'currency'],
        [6, 'payment_id'],
      ]);
    }
    expect(await w.stores.payments.listFor(LI.accountId)).toEqual([]);
    expect(instalments(w)[0]?.paid_cents).toBe(0);
    expect((await w.stores.accounts.get(LI.accountId))?.balanceCents).toBe(LI.balanceCents);
  });

  it('refuses a file without the header', async () => {
    const w = payWorld();
    const r = await applyPaymentsFile('P1,L-1,1.00,CNY,2026-12-04T10:00:00Z,app', w.stores.payments, LATER);
    expect(r).toMatchObject({ ok: false, bad: [] });
  });
});

describe('kept and broken on the account zone day', () => {
  it('a payment at 23:59 Shanghai time on the due date is on time; the plan stays active', async () => {
    const w = payWorld();
    withPlan(w);
    // 2026-12-05T15:59:00Z is 23:59 on 5 December in Shanghai (already 6 December nowhere else matters)
    await w.stores.payments.apply([payment('P1', '1837.74', '2026-12-05T15:59:00Z')], 'file', LATER);
    settleAccount(w.db, LI.accountId, '2026-12-06', '2026-12-05T16:00:00.000Z');
    expect(w.stores.plans.currentFor(LI.accountId)?.status).toBe('active');
    expect(instalments(w)[0]?.missed_on).toBeNull();
  });

  it('a payment at 00:00 Shanghai time the next day is late: the instalment was missed first', async () => {
    const w = payWorld();
    withPlan(w);
    await w.stores.payments.apply([payment('P1', '1000.00', '2026-12-05T15:00:00Z')], 'file', LATER);
    await w.stores.payments.apply([payment('P2', '837.74', '2026-12-05T16:00:00Z')], 'file', LATER);
    expect(instalments(w)[0]).toEqual({ seq: 1, paid_cents: 183_774, missed_on: '2026-12-06' });
    expect(w.stores.plans.currentFor(LI.accountId)?.status).toBe('partly_kept');
    expect(w.stores.promises.eventsFor(LI.accountId).at(-1)).toMatchObject({
      subjectKind: 'plan',
      fromStatus: 'active',
      toStatus: 'partly_kept',
      cause: 'missed:2026-12-05#1',
    });
  });

  it('a promise in Los Angeles is judged on the Los Angeles day, not the UTC one', async () => {
    const w = payWorld();
    w.stores.promises.record({
      promiseId: 'pr1',
      accountId: MARIA.accountId,
      conversationId: 'c',
      amountCents: 30_000,
      currency: 'USD',
      dueDate: '2026-12-15',
      words: 'payday',
      createdAt: '2026-12-01T02:00:00.000Z',
    });
    // 2026-12-16T07:30Z is still 15 December (23:30) in Los Angeles
    await w.stores.payments.apply(
      [payment('M1', '300.00', '2026-12-16T07:30:00Z', MARIA.accountId, 'USD')],
      'webhook',
      LATER,
    );
    expect(w.stores.promises.get('pr1')?.status).toBe('kept');
    w.stores.promises.record({
      promiseId: 'pr2',
      accountId: MARIA.accountId,
      conversationId: 'c',
      amountCents: 30_000,
      currency: 'USD',
      dueDate: '2026-12-20',
      words: 'payday',
      createdAt: '2026-12-17T02:00:00.000Z',
    });
    // 2026-12-21T08:00Z is 00:00 on 21 December there: too late, and only part paid before
    await w.stores.payments.apply(
      [payment('M2', '10.00', '2026-12-20T20:00:00Z', MARIA.accountId, 'USD')],
      'webhook',
      LATER,
    );
    await w.stores.payments.apply(
      [payment('M3', '290.00', '2026-12-21T08:00:00Z', MARIA.accountId, 'USD')],
      'webhook',
      LATER,
    );
    expect(w.stores.promises.get('pr2')).toMatchObject({ status: 'partly_kept', paidCents: 1_000 });
  });

  it('an instalment with nothing paid breaks the plan, and paying everything later completes it', async () => {
    const w = payWorld();
    withPlan(w);
    settleAccount(w.db, LI.accountId, '2026-12-06', '2026-12-05T16:00:00.000Z');
    expect(w.stores.plans.currentFor(LI.accountId)?.status).toBe('broken');
    await w.stores.payments.apply([payment('P1', '5513.22', '2026-12-20T10:00:00+08:00')], 'file', LATER);
    expect(w.stores.plans.listFor(LI.accountId)[0]?.status).toBe('completed');
    expect(w.stores.promises.eventsFor(LI.accountId).map((e) => e.toStatus)).toEqual([
      'active',
      'broken',
      'completed',
    ]);
  });
});

describe('payments dated ahead of the service clock', () => {
  it('are refused by field, so they cannot mark instalments missed before their day', async () => {
    const w = payWorld();
    withPlan(w);
    const out = await w.stores.payments.apply(
      [payment('F1', '100.00', '2027-03-01T10:00:00+08:00')],
      'webhook',
      w.clock.now(),
    );
    expect(out).toMatchObject({
      status: 'rejected',
      rejections: [{ code: 'paid_in_future', field: 'paid_at' }],
    });
    expect(w.stores.plans.currentFor(LI.accountId)?.status).toBe('active');
    expect(instalments(w).map((i) => i.missed_on)).toEqual([null, null, null]);
  });
});
