import { daysBetween, type IsoDate } from '../core/dates.js';
import type { Locale } from '../core/locale.js';
import { formatMoney, type Cents, type Currency } from '../core/money.js';
import type { Stores } from '../store/stores.js';

/** One instalment as the person should hear it. */
export interface StandingInstalment {
  seq: number;
  dueDate: IsoDate;
  amountCents: Cents;
  paidCents: Cents;
  /** What is still to pay on it. */
  openCents: Cents;
}

/** Where a returning person's plan and promise stand, from the stores as they are now. */
export interface PlanStanding {
  accountId: string;
  currency: Currency;
  balanceCents: Cents;
  daysPastDue: number;
  plan:
    | {
        planId: string;
        status: string;
        /** The highest instalment paid in full, if any. */
        lastPaidSeq: number | undefined;
        /** Instalments dated before today not paid in full, oldest first. */
        overdue: StandingInstalment[];
        /** The next instalment dated today or later that is not paid in full. */
        next: StandingInstalment | undefined;
        /** Days until `next` (0 = today). */
        daysToNext: number | undefined;
      }
    | undefined;
  promise: { amountCents: Cents; paidCents: Cents; dueDate: IsoDate; status: string } | undefined;
}

/**
 * The facts of where the account's plan stands on local day `today`, read fresh from the stores
 * (the account store is the source of the balance; nothing is cached). Undefined for an unknown
 * account. Pure: it reads, never writes.
 *
 *   const facts = planStanding(stores, 'A-1001', localDate(clock.now(), account.timeZone));
 *   describeStanding(facts, 'zh-CN'); // '第2期已还，第3期 1,837.74 元，1月5日。'
 */
export function planStanding(
  stores: Pick<Stores, 'accounts' | 'plans' | 'promises' | 'payments'>,
  accountId: string,
  today: IsoDate,
): PlanStanding | undefined {
  const account = stores.accounts.get(accountId);
  if (!account) return undefined;
  const plan = stores.plans.currentFor(accountId) ?? stores.plans.listFor(accountId).at(-1);
  const paidBySeq = new Map<number, number>();
  if (plan) {
    for (const p of stores.payments.listFor(accountId)) {
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

function shortDate(date: IsoDate, locale: Locale): string {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-CN') return `${m}月${d}日`;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${months[m - 1] ?? ''} ${d}`;
}

/**
 * One or two sentences a person reads about their plan: what is paid, what is overdue, what comes
 * next ("第2期已还，第3期 1,837.74 元，1月5日。"). Undefined when there is no plan to speak of.
 */
export function describeStanding(s: PlanStanding | undefined, locale: Locale): string | undefined {
  const plan = s?.plan;
  if (!s || !plan) return undefined;
  const money = (c: Cents) => formatMoney(c, s.currency, locale);
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  if (plan.lastPaidSeq !== undefined)
    parts.push(zh ? `第${plan.lastPaidSeq}期已还` : `instalment ${plan.lastPaidSeq} is paid`);
  for (const o of plan.overdue) {
    parts.push(
      zh
        ? `第${o.seq}期还差 ${money(o.openCents)}（${shortDate(o.dueDate, locale)}到期）`
        : `instalment ${o.seq} still has ${money(o.openCents)} to pay (it was due on ${shortDate(o.dueDate, locale)})`,
    );
  }
  if (plan.next) {
    const n = plan.next;
    parts.push(
      zh
        ? `第${n.seq}期 ${money(n.openCents)}，${shortDate(n.dueDate, locale)}`
        : `instalment ${n.seq}, ${money(n.openCents)}, is due on ${shortDate(n.dueDate, locale)}`,
    );
  } else if (plan.overdue.length === 0) {
    parts.push(zh ? '分期已全部还清' : 'every instalment is paid');
  }
  const text = parts.join(zh ? '，' : '; ');
  return zh ? `${text}。` : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
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
