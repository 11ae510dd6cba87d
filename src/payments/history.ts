import { formatAmount } from '../core/money.js';
import type { CaseStores } from '../store/caseFiles.js';

/**
 * The case's commitments and payments in one short line for the agent's queue summary (amounts
 * in major units; no personal data): the last promises with their state, the current plan's
 * instalments, and the last payments.
 */
export async function caseHistory(stores: CaseStores, accountId: string): Promise<string> {
  const promises = (await stores.promises.listFor(accountId))
    .slice(-3)
    .map(
      (p) => `${p.dueDate} ${formatAmount(p.amountCents)} ${p.status} (paid ${formatAmount(p.paidCents)})`,
    );
  const plan = (await stores.caseFiles.currentPlan(accountId)) ?? (await lastPlan(stores, accountId));
  const instalments = plan
    ? plan.instalments.map(
        (i) =>
          `#${i.seq} ${i.dueDate} ${formatAmount(i.paidCents)}/${formatAmount(i.amountCents)}${i.missedOn ? ' missed' : ''}`,
      )
    : [];
  const payments = (await stores.payments.listFor(accountId))
    .slice(-3)
    .map((p) => `${p.paidAt.slice(0, 10)} ${formatAmount(p.amountCents)} ${p.currency}`);
  return [
    `promises: ${promises.join('; ') || 'none'}`,
    plan ? `plan ${plan.planId} ${plan.status}: ${instalments.join(', ')}` : 'plan: none',
    `last payments: ${payments.join('; ') || 'none'}`,
  ].join(' | ');
}

async function lastPlan(stores: CaseStores, accountId: string) {
  const plan = (await stores.plans.listFor(accountId)).at(-1);
  if (!plan) return undefined;
  return {
    planId: plan.planId,
    status: plan.status,
    instalments: plan.offer.schedule.map((i) => ({ ...i, paidCents: 0, missedOn: undefined })),
  };
}
