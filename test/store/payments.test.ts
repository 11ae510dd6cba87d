import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import type { PaymentStore } from '../../src/store/payments.js';
import type { AsyncOf } from '../../src/store/pg/asyncOf.js';
import { createSqliteStores } from '../../src/store/stores.js';
import { instalments, LATER, LI, payment, type PayWorld, withPlan } from '../payments/fixtures.js';
import { migratedDataDir } from '../support/sqlite.js';

const open: Db[] = [];

/** Two connections on one database file: what two service processes sharing a data directory have. */
async function twoConnections(): Promise<[PayWorld, PayWorld]> {
  const dir = migratedDataDir('payments-');
  const clock = new ManualClock('2026-12-01T02:00:00Z');
  const [a, b] = [openDatabase(dir), openDatabase(dir)];
  open.push(a, b);
  const worlds: [PayWorld, PayWorld] = [
    { db: a, stores: createSqliteStores(a), clock },
    { db: b, stores: createSqliteStores(b), clock },
  ];
  await worlds[0].stores.accounts.upsertMany([LI], clock.now());
  return worlds;
}

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('the SQLite payment store, asynchronous', () => {
  it('applies one batch sent many times at once, from two connections, exactly once', async () => {
    const [a, b] = await twoConnections();
    withPlan(a);
    const batch = [
      payment('P1', '2000.01', '2026-12-04T10:00:00+08:00'),
      payment('P2', '100.00', '2026-12-04T11:00:00+08:00'),
    ];
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? b : a).stores.payments.apply(batch, 'webhook', LATER)),
    );
    expect(outcomes.filter((o) => o.status === 'applied' && o.applied === 2)).toHaveLength(1);
    expect(
      outcomes.filter((o) => o.status === 'applied' && o.applied === 0 && o.replayed === 2),
    ).toHaveLength(7);
    expect(instalments(b).map((i) => i.paid_cents)).toEqual([183_774, 26_227, 0]);
    const stored = await b.stores.payments.listFor(LI.accountId);
    expect(stored.map((p) => [p.paymentId, p.allocations.length])).toEqual([
      ['P1', 2],
      ['P2', 1],
    ]);
    expect((await b.stores.accounts.get(LI.accountId))?.balanceCents).toBe(551_322 - 210_001);
  });

  it('rejects the whole batch, at once or later, when one id comes back with other content', async () => {
    const [a, b] = await twoConnections();
    withPlan(a);
    const first = payment('P1', '100.00', '2026-12-04T10:00:00+08:00');
    const changed = payment('P1', '100.01', '2026-12-04T10:00:00+08:00');
    const fresh = payment('P3', '50.00', '2026-12-04T12:00:00+08:00');
    const [one, other] = await Promise.all([
      a.stores.payments.apply([first], 'file', LATER),
      b.stores.payments.apply([fresh, changed], 'file', LATER),
    ]);
    expect(one).toEqual({ status: 'applied', applied: 1, replayed: 0 });
    expect(other).toMatchObject({
      status: 'rejected',
      rejections: [{ index: 1, code: 'payment_id_conflict' }],
    });
    expect((await a.stores.payments.listFor(LI.accountId)).map((p) => p.paymentId)).toEqual(['P1']);
    expect(instalments(a)[0]?.paid_cents).toBe(10_000);
  });

  it('reads an account without payments as an empty list, and an empty batch as nothing applied', async () => {
    const [a] = await twoConnections();
    await expect(a.stores.payments.listFor('nobody')).resolves.toEqual([]);
    await expect(a.stores.payments.apply([], 'file', LATER)).resolves.toEqual({
      status: 'applied',
      applied: 0,
      replayed: 0,
    });
  });
});

describe('the payment store interface as PostgreSQL implements it', () => {
  it('is its own AsyncOf: same methods and parameters, each result already a Promise', () => {
    expectTypeOf<AsyncOf<PaymentStore>>().toEqualTypeOf<PaymentStore>();
  });
});
