import type { CaseStores } from '../store/caseFiles.js';

export { PROMISE_STATES, type PromiseState } from '../store/caseFiles.js';

/**
 * A case's money side for the agents' and reviewers' consoles: the account's figures as stored
 * now, its contact restrictions and whether contact has ceased, its plans with each instalment's paid amount, promises with their states, payments with
 * where they went, and every state change with its cause. Amounts in cents; the promise's words
 * are stored PII-masked. Reads any backend through `CaseStores`.
 */
export async function caseCommitments(stores: CaseStores, accountId: string) {
  const account = await stores.accounts.get(accountId);
  if (!account) return undefined;
  const plans = await stores.plans.listFor(accountId);
  return {
    accountId,
    currency: account.currency,
    balanceCents: account.balanceCents,
    minimumDueCents: account.minimumDueCents,
    daysPastDue: account.daysPastDue,
    /** conv15: where the holder asked not to be contacted ('workplace'), short of a full cease. */
    contactRestrictions: await stores.contacts.restrictionsOf(accountId),
    ceased: await stores.contacts.hasCeased(accountId),
    plans: await Promise.all(
      plans.map(async (p) => ({
        planId: p.planId,
        status: p.status,
        kind: p.offer.kind,
        totalCents: p.offer.totalCents,
        createdAt: p.createdAt,
        instalments: await stores.caseFiles.instalmentsOf(p.planId),
      })),
    ),
    promises: await stores.promises.listFor(accountId),
    payments: await stores.payments.listFor(accountId),
    events: await stores.promises.eventsFor(accountId),
  };
}

export type CaseCommitments = NonNullable<Awaited<ReturnType<typeof caseCommitments>>>;
