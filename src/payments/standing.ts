import { daysBetween, type IsoDate } from '../core/dates.js';
import type { Cents } from '../core/money.js';
import type { Stores } from '../store/stores.js';
import type { PlanStanding, StandingInstalment } from '../prompts/standing.js';

export { describeStanding, type PlanStanding, type StandingInstalment } from '../prompts/standing.js';

/**
 * The facts of where the account's plan stands on local day `today`, read fresh from the stores
 * (the account store is the source of the balance; nothing is cached). Undefined for an unknown
 * account. Pure: it reads, never writes.
 *
 *   const facts = await planStanding(stores, 'A-1001', localDate(clock.now(), account.timeZone));
 *   describeStanding(facts, 'zh-CN'); // '第2期已还，第3期 1,837.74 元，1月5日。'
 */
export async function planStanding(
  stores: Pick<Stores, 'accounts' | 'plans' | 'promises' | 'payments'>,
  accountId: string,
  today: IsoDate,
): Promise<PlanStanding | undefined> {
  const account = await stores.accounts.get(accountId);
  if (!account) return undefined;
  const plan = stores.plans.currentFor(accountId) ?? stores.plans.listFor(accountId).at(-1);
  const paidBySeq = new Map<number, number>();
  if (plan) {
    for (const p of await stores.payments.listFor(accountId)) {
      for (const a of p.allocations) {
        if (a.planId === plan.planId && a.seq !== undefined)
          paidBySeq.set(a.seq, (paidBySeq.get(a.seq) ?? 0) + a.amountCents);
      }
    }
  }
  const rows: StandingInstalment[] = (plan?.offer.schedule ?? []).map((i) => {
    const paidCents = Math.min(paidBySeq.get(i.seq) ?? 0, i.amountCents);
    return {
      seq: i.seq,
      dueDate: i.dueDate,
      amountCents: i.amountCents,
      paidCents,
      openCents: i.amountCents - paidCents,
    };
  });
  const next = rows.find((r) => r.openCents > 0 && r.dueDate >= today);
  const promise = stores.promises
    .listFor(accountId)
    .filter((p) => p.status !== 'superseded')
    .at(-1);
  return {
    accountId,
    currency: account.currency,
    balanceCents: account.balanceCents,
    daysPastDue: account.daysPastDue,
    plan: plan
      ? {
          planId: plan.planId,
          status: plan.status,
          lastPaidSeq: rows.filter((r) => r.openCents === 0).at(-1)?.seq,
          overdue: rows.filter((r) => r.openCents > 0 && r.dueDate < today),
          next,
          daysToNext: next ? daysBetween(today, next.dueDate) : undefined,
        }
      : undefined,
    promise: promise
      ? {
          amountCents: promise.amountCents,
          paidCents: promise.paidCents,
          dueDate: promise.dueDate,
          status: promise.status,
        }
      : undefined,
  };
}

/**
 * Every amount (cents) and date `describeStanding` may state, for the guardrails' fact check
 * (add them to the turn's facts when the dialog words a standing).
 */
export function standingFacts(s: PlanStanding): { amountsCents: Cents[]; dates: IsoDate[] } {
  const rows = [...(s.plan?.overdue ?? []), ...(s.plan?.next ? [s.plan.next] : [])];
  return {
    amountsCents: [s.balanceCents, ...rows.flatMap((r) => [r.openCents, r.amountCents])],
    dates: rows.map((r) => r.dueDate),
  };
}
