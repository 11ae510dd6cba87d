import { expect, it } from 'vitest';
import type { Currency } from '../../../src/core/money.js';
import type { PaymentInput } from '../../../src/store/paymentInput.js';
import { account, type CoreBackend, seedAccounts } from '../../support/coreStores.js';
import { plan } from './plans.contract.js';
import { promise } from './promises.contract.js';

const NOW = new Date('2027-03-01T00:00:00.000Z');

/** A payment at a Shanghai wall-clock time ('2026-12-10T09:00'), as the feed sends it. */
function pay(
  paymentId: string,
  cents: number,
  shanghai: string,
  accountId = 'A-1',
  currency: Currency = 'CNY',
): PaymentInput {
  const paidAt = `${shanghai}:00+08:00`;
  return {
    paymentId,
    accountId,
    amountCents: cents,
    currency,
    paidAt,
    paidAtUtc: new Date(paidAt).toISOString(),
    channel: 'app',
  };
}

/** The contract of `PaymentStore` (allocation, commitments, idempotency), run against every backend. */
export function paymentsContract(b: CoreBackend): void {
  it('fills the oldest instalment first and carries the rest to the next, to the cent', async () => {
    await seedAccounts(b, account('A-1'));
    const s = b.open();
    await s.plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    expect(await s.payments.apply([pay('X1', 150_000, '2026-12-10T09:00')], 'file', NOW)).toEqual({
      status: 'applied',
      applied: 1,
      replayed: 0,
    });
    expect(await s.payments.listFor('A-1')).toEqual([
      {
        paymentId: 'X1',
        accountId: 'A-1',
        amountCents: 150_000,
        currency: 'CNY',
        paidAt: '2026-12-10T01:00:00.000Z',
        channel: 'app',
        source: 'file',
        receivedAt: NOW.toISOString(),
        allocations: [
          { planId: 'P-1', seq: 1, promiseId: undefined, amountCents: 100_001 },
          { planId: 'P-1', seq: 2, promiseId: undefined, amountCents: 49_999 },
        ],
      },
    ]);
    expect(await s.accounts.get('A-1')).toMatchObject({
      balanceCents: 350_000,
      minimumDueCents: 0,
      daysPastDue: 0,
      status: 'open',
    });
    expect((await s.plans.currentFor('A-1'))?.status).toBe('active');
  });

  it('keeps a plan paid in full on time, then a promise, and sends what is left to the balance', async () => {
    await seedAccounts(b, account('A-1'));
    const s = b.open();
    await s.plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    await s.promises.record(promise('PR-1', 'A-1', '2026-12-05T02:00:00.000Z', { amountCents: 50_000 }));
    await s.payments.apply([pay('X1', 360_001, '2026-12-11T08:00')], 'webhook', NOW);
    const [p] = await s.payments.listFor('A-1');
    expect(p?.allocations.map((a) => [a.planId, a.seq, a.promiseId, a.amountCents])).toEqual([
      ['P-1', 1, undefined, 100_001],
      ['P-1', 2, undefined, 100_000],
      ['P-1', 3, undefined, 100_000],
      [undefined, undefined, 'PR-1', 50_000],
      [undefined, undefined, undefined, 10_000],
    ]);
    expect((await s.plans.listFor('A-1'))[0]?.status).toBe('kept');
    expect(await s.promises.get('PR-1')).toMatchObject({
      status: 'kept',
      paidCents: 50_000,
      settledAt: '2026-12-11T00:00:00.000Z',
    });
    const events = (await s.promises.eventsFor('A-1')).slice(-2);
    expect(events.map((e) => [e.subjectId, e.fromStatus, e.toStatus, e.cause, e.at])).toEqual([
      ['P-1', 'active', 'kept', 'payment:X1', '2026-12-11T00:00:00.000Z'],
      ['PR-1', 'active', 'kept', 'payment:X1', '2026-12-11T00:00:00.000Z'],
    ]);
    expect(await s.accounts.get('A-1')).toMatchObject({ balanceCents: 139_999 });
  });

  it("judges lateness on the account's local day: a miss is recorded before the late payment is applied", async () => {
    await seedAccounts(b, account('A-1'));
    const s = b.open();
    await s.plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    await s.promises.record(promise('PR-1', 'A-1', '2026-12-05T02:00:00.000Z', { amountCents: 9_000 }));
    // 23:59 in Shanghai on the 15th is on time for the promise; 00:00 on the 16th is late for instalment 1.
    await s.payments.apply([pay('X1', 1_000, '2026-12-15T23:59')], 'file', NOW);
    expect((await s.plans.currentFor('A-1'))?.status).toBe('active');
    await s.payments.apply([pay('X2', 1_000, '2026-12-16T00:00')], 'file', NOW);
    expect((await s.plans.currentFor('A-1'))?.status).toBe('partly_kept');
    expect(await s.promises.get('PR-1')).toMatchObject({ status: 'broken', paidCents: 0 });
    const causes = (await s.promises.eventsFor('A-1')).map((e) => `${e.subjectId}:${e.toStatus}:${e.cause}`);
    expect(causes.slice(-2)).toEqual([
      'P-1:partly_kept:missed:2026-12-15#1',
      'PR-1:broken:missed:2026-12-15',
    ]);
    expect((await s.payments.listFor('A-1')).map((p) => p.allocations[0]?.seq)).toEqual([1, 1]);
  });

  it('treats an exact replay as nothing new and a reused id with other content as a conflict', async () => {
    await seedAccounts(b, account('A-1'));
    const s = b.open();
    const x = pay('X1', 10_000, '2026-12-10T09:00');
    await s.payments.apply([x], 'webhook', NOW);
    expect(await s.payments.apply([x, x], 'webhook', NOW)).toEqual({
      status: 'applied',
      applied: 0,
      replayed: 2,
    });
    expect(await s.payments.apply([{ ...x, amountCents: 10_001 }], 'webhook', NOW)).toEqual({
      status: 'rejected',
      rejections: [expect.objectContaining({ index: 0, code: 'payment_id_conflict', field: 'payment_id' })],
    });
    expect(await s.payments.listFor('A-1')).toHaveLength(1);
    expect((await s.accounts.get('A-1'))?.balanceCents).toBe(490_000);
  });

  it('refuses a batch whole, naming each bad payment by its place and field', async () => {
    await seedAccounts(b, account('A-1'), account('U-1', { currency: 'USD' }));
    const s = b.open();
    const outcome = await s.payments.apply(
      [
        pay('X1', 10_000, '2026-12-10T09:00'),
        pay('X2', 10_000, '2026-12-10T09:00', 'nobody'),
        pay('X3', 10_000, '2026-12-10T09:00', 'U-1'),
        pay('X4', 10_000, '2027-03-01T08:11'),
      ],
      'file',
      NOW,
    );
    expect(outcome).toMatchObject({
      status: 'rejected',
      rejections: [
        { index: 1, code: 'unknown_account', field: 'account_id' },
        { index: 2, code: 'currency_mismatch', field: 'currency' },
        { index: 3, code: 'paid_in_future', field: 'paid_at' },
      ],
    });
    expect(await s.payments.listFor('A-1')).toEqual([]);
    expect((await s.accounts.get('A-1'))?.balanceCents).toBe(500_000);
    expect(await s.payments.apply([], 'file', NOW)).toEqual({ status: 'applied', applied: 0, replayed: 0 });
  });

  it('lists payments by time paid, then id; applies a batch in time order, ties in the order given', async () => {
    await seedAccounts(b, account('A-1'));
    const s = b.open();
    await s.promises.record(promise('PR-1', 'A-1', '2026-12-05T02:00:00.000Z', { amountCents: 15_000 }));
    await s.payments.apply(
      [
        pay('b', 10_000, '2026-12-11T09:00'),
        pay('Z', 10_000, '2026-12-10T09:00'),
        pay('a', 10_000, '2026-12-11T09:00'),
      ],
      'file',
      NOW,
    );
    const listed = await s.payments.listFor('A-1');
    expect(listed.map((p) => p.paymentId)).toEqual(['Z', 'a', 'b']);
    expect(listed.map((p) => p.allocations.map((a) => a.promiseId ?? 'balance'))).toEqual([
      ['PR-1'],
      ['balance'],
      ['PR-1', 'balance'],
    ]);
  });

  it('applies one payment delivered to several instances at once exactly once', async () => {
    await seedAccounts(b, account('A-1'));
    await b.open().plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    const x = pay('X1', 120_000, '2026-12-10T09:00');
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => b.open().payments.apply([x], 'webhook', NOW)),
    );
    expect(outcomes.filter((o) => o.status === 'applied' && o.applied === 1)).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'applied' && o.replayed === 1)).toHaveLength(5);
    const s = b.open();
    expect((await s.accounts.get('A-1'))?.balanceCents).toBe(380_000);
    expect((await s.payments.listFor('A-1'))[0]?.allocations).toHaveLength(2);
  });

  it('allocates different payments to one account at once without paying an instalment twice', async () => {
    await seedAccounts(b, account('A-1'));
    await b.open().plans.record(plan('P-1', 'A-1', '2026-12-05T01:00:00.000Z'));
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        b.open().payments.apply([pay(`X${i}`, 60_000, '2026-12-10T09:00')], 'file', NOW),
      ),
    );
    const s = b.open();
    const paid = (await s.payments.listFor('A-1')).flatMap((p) => p.allocations);
    const perSeq = [1, 2, 3].map((seq) =>
      paid.filter((a) => a.seq === seq).reduce((n, a) => n + a.amountCents, 0),
    );
    expect(perSeq).toEqual([100_001, 100_000, 100_000]);
    expect(paid.filter((a) => a.planId === undefined).reduce((n, a) => n + a.amountCents, 0)).toBe(59_999);
    expect((await s.plans.listFor('A-1'))[0]?.status).toBe('kept');
    expect((await s.accounts.get('A-1'))?.balanceCents).toBe(140_000);
  });

  it('lets one id sent for two accounts at once be applied to one of them only', async () => {
    await seedAccounts(b, account('A-1'), account('A-2'));
    const outcomes = await Promise.all([
      b.open().payments.apply([pay('SAME', 1_000, '2026-12-10T09:00', 'A-1')], 'webhook', NOW),
      b.open().payments.apply([pay('SAME', 1_000, '2026-12-10T09:00', 'A-2')], 'webhook', NOW),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['applied', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      rejections: [{ code: 'payment_id_conflict' }],
    });
    const s = b.open();
    const balances = [
      (await s.accounts.get('A-1'))?.balanceCents,
      (await s.accounts.get('A-2'))?.balanceCents,
    ];
    expect(balances.sort()).toEqual([499_000, 500_000]);
  });
}
