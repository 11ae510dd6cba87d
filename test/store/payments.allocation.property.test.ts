import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/core/money.js';
import { instalments, LI, payment, payWorld, PLAN, withPlan, LATER } from '../payments/fixtures.js';

/** Cents as the file writes them: "1837.74". */
const major = (cents: number): string => formatAmount(cents).replace(/,/g, '');

describe('allocation, for any sequence of payments (random, not fitted to any rule)', () => {
  it('allocates every cent exactly once, oldest instalment first, and never pays an instalment past its amount', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 700_000 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (amounts, replay) => {
          const w = payWorld();
          withPlan(w);
          const payments = amounts.map((c, i) =>
            payment(`R-${i}`, major(c), `2026-12-0${1 + (i % 4)}T10:00:00+08:00`),
          );
          await w.stores.payments.apply(payments, 'file', LATER);
          if (replay)
            expect(await w.stores.payments.apply(payments, 'file', LATER)).toMatchObject({ applied: 0 });
          const stored = await w.stores.payments.listFor(LI.accountId);
          for (const p of stored)
            expect(p.allocations.reduce((s, a) => s + a.amountCents, 0)).toBe(p.amountCents);
          const total = amounts.reduce((s, c) => s + c, 0);
          const rows = instalments(w);
          const planTotal = PLAN.schedule.reduce((s, i) => s + i.amountCents, 0);
          expect(rows.reduce((s, r) => s + r.paid_cents, 0)).toBe(Math.min(total, planTotal));
          rows.forEach((r, k) => {
            expect(r.paid_cents).toBeLessThanOrEqual(PLAN.schedule[k]?.amountCents ?? 0);
            // a later instalment gets money only once every earlier one is paid in full
            if (k > 0 && r.paid_cents > 0)
              expect(rows[k - 1]?.paid_cents).toBe(PLAN.schedule[k - 1]?.amountCents);
          });
          expect((await w.stores.accounts.get(LI.accountId))?.balanceCents).toBe(
            Math.max(0, LI.balanceCents - total),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
