import type { IsoDate } from '../core/dates.js';
import type { Locale } from '../core/locale.js';
import { formatMoney, type Cents, type Currency } from '../core/money.js';

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
