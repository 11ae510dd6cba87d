import { ManualClock } from '../../src/core/clock.js';
import type { PlanOffer } from '../../src/core/act.js';
import { parsePayment, type PaymentInput } from '../../src/payments/parse.js';
import { upsertAccounts, type Account } from '../../src/store/accounts.js';
import { openMemoryDatabase, type Db } from '../../src/store/db.js';
import { createSqliteStores, type Stores } from '../../src/store/stores.js';

/** 李娜 in Shanghai (UTC+8), 5,513.22 元 outstanding, on a 3-instalment plan. */
export const LI: Account = {
  accountId: 'L-1',
  holderName: '李娜',
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  channel: 'directline',
  channelUserId: 'li-na',
  idLast4: '2468',
  cardLast4: '1357',
  balanceCents: 551_322,
  minimumDueCents: 55_132,
  dueDate: '2026-11-21',
  daysPastDue: 12,
  currency: 'CNY',
  status: 'open',
};

/** Maria in Los Angeles (UTC-8 in December), USD. */
export const MARIA: Account = {
  ...LI,
  accountId: 'M-1',
  holderName: 'Maria Lopez',
  locale: 'en',
  timeZone: 'America/Los_Angeles',
  channelUserId: 'maria',
  balanceCents: 90_000,
  minimumDueCents: 9_000,
  currency: 'USD',
};

/** 1,837.74 ×3 = 5,513.22: the plan of the example sentence. */
export const PLAN: PlanOffer = {
  id: 'plan-1',
  kind: 'installments',
  months: 3,
  principalCents: 551_322,
  feeCents: 0,
  totalCents: 551_322,
  installmentCents: 183_774,
  schedule: [
    { seq: 1, dueDate: '2026-12-05', amountCents: 183_774 },
    { seq: 2, dueDate: '2027-01-05', amountCents: 183_774 },
    { seq: 3, dueDate: '2027-02-05', amountCents: 183_774 },
  ],
};

/** A receipt time after every payment the tests make (payments dated later than receipt are refused). */
export const LATER = new Date('2027-06-01T00:00:00Z');

export interface PayWorld {
  db: Db;
  stores: Stores;
  clock: ManualClock;
}

export function payWorld(accounts: Account[] = [LI, MARIA]): PayWorld {
  const db = openMemoryDatabase();
  const stores = createSqliteStores(db);
  const clock = new ManualClock('2026-12-01T02:00:00Z');
  upsertAccounts(db, accounts, clock.now()); // at once: the fixture is built synchronously
  return { db, stores, clock };
}

export function withPlan(w: PayWorld, accountId = LI.accountId, offer: PlanOffer = PLAN): void {
  w.stores.plans.record({
    planId: offer.id,
    accountId,
    conversationId: 'conv-1',
    offer,
    currency: 'CNY',
    createdAt: '2026-12-01T02:00:00.000Z',
  });
}

export function payment(
  id: string,
  amount: string,
  paidAt: string,
  accountId = LI.accountId,
  currency = 'CNY',
): PaymentInput {
  const parsed = parsePayment({
    payment_id: id,
    account_id: accountId,
    amount,
    currency,
    paid_at: paidAt,
    channel: 'bank_transfer',
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.payment;
}

export function instalments(
  w: PayWorld,
  planId = PLAN.id,
): { seq: number; paid_cents: number; missed_on: string | null }[] {
  return w.db
    .prepare('SELECT seq, paid_cents, missed_on FROM plan_installments WHERE plan_id = ? ORDER BY seq')
    .all(planId) as {
    seq: number;
    paid_cents: number;
    missed_on: string | null;
  }[];
}
