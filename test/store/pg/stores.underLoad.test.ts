import { expect, it } from 'vitest';
import type { PaymentInput } from '../../../src/store/paymentInput.js';
import { pgSettleAccount } from '../../../src/store/pg/paymentsCommitments.js';
import type { PgPool } from '../../../src/store/pg/pool.js';
import { createPgStores } from '../../../src/store/pg/stores.js';
import { account } from '../../support/coreStores.js';
import { describePg } from '../../support/postgres.js';
import { plan } from '../contracts/plans.contract.js';
import { promise } from '../contracts/promises.contract.js';

const NOW = new Date('2027-03-01T00:00:00.000Z');
const IDS = Array.from({ length: 8 }, (_, i) => `W-${i}`);

function pay(id: string, accountId: string, cents: number, day: number): PaymentInput {
  const paidAtUtc = `2026-12-${String(day).padStart(2, '0')}T03:00:00.000Z`;
  return {
    paymentId: id,
    accountId,
    amountCents: cents,
    currency: 'CNY',
    paidAt: paidAtUtc,
    paidAtUtc,
    channel: 'app',
  };
}

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describePg('the PostgreSQL core stores under a mixed load on shared accounts', (pg) => {
  it('finish every write without a deadlock and keep every invariant: one current plan, one active promise, every cent allocated once', async () => {
    const pools: PgPool[] = [pg.pool({ max: 3 }), pg.pool({ max: 3 }), pg.pool({ max: 3 })];
    const instances = pools.map((p) => createPgStores(p));
    await instances[0]!.accounts.upsertMany(
      IDS.map((id) => account(id)),
      NOW,
    );
    const work: (() => Promise<unknown>)[] = [];
    IDS.forEach((id, a) => {
      for (let k = 0; k < 3; k++) {
        work.push(() =>
          instances[k]!.plans.record(plan(`PL-${id}-${k}`, id, `2026-12-0${k + 1}T01:00:00.000Z`)),
        );
        work.push(() =>
          instances[(k + 1) % 3]!.promises.record(
            promise(`PR-${id}-${k}`, id, `2026-12-0${k + 1}T02:00:00.000Z`),
          ),
        );
      }
      work.push(() => pgSettleAccount(pools[a % 3]!, id, '2026-12-20', NOW.toISOString()));
    });
    for (let b = 0; b < 12; b++) {
      // Batches spanning several accounts, in different orders, some sharing payments with others.
      const batch = shuffled(IDS, b + 1)
        .slice(0, 4)
        .map((id, i) => pay(`B${b % 6}-${id}-${i % 2}`, id, 40_000 + b, 10 + (b % 5)));
      work.push(() => instances[b % 3]!.payments.apply(batch, 'file', NOW));
    }
    work.push(() =>
      instances[1]!.accounts.upsertMany(
        [...IDS].reverse().map((id) => account(id)),
        NOW,
      ),
    );
    const results = await Promise.allSettled(shuffled(work, 7).map((w) => w()));
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    expect(errors).toEqual([]);
    const db = pools[0]!;
    const current = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM plans WHERE status IN ('active', 'partly_kept', 'broken') GROUP BY account_id HAVING count(*) > 1`,
    );
    expect(current.rows).toEqual([]);
    const active = await db.query(
      `SELECT account_id FROM promises WHERE status = 'active' GROUP BY account_id HAVING count(*) > 1`,
    );
    expect(active.rows).toEqual([]);
    const unbalanced = await db.query(
      `SELECT p.payment_id FROM payments p JOIN payment_allocations a ON a.payment_id = p.payment_id
       GROUP BY p.payment_id, p.amount_cents HAVING sum(a.amount_cents) <> p.amount_cents`,
    );
    expect(unbalanced.rows).toEqual([]);
    const applied = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM payment_allocations');
    expect(applied.rows[0]!.n).toBeGreaterThan(10);
    const overpaid = await db.query('SELECT 1 FROM plan_installments WHERE paid_cents > amount_cents');
    expect(overpaid.rows).toEqual([]);
    const superseded = await db.query(
      `SELECT subject_id FROM commitment_events WHERE to_status = 'superseded' GROUP BY subject_id HAVING count(*) > 1`,
    );
    expect(superseded.rows).toEqual([]);
  });
});
