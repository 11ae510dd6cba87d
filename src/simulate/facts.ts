import { daysBetween } from '../core/dates.js';
import type { Played, PlayedTurn } from './play.js';
import { SIMULATED_NOW, type AccountView, type ReplyTrace } from './target.js';
import { digitsSaid, moneyIn, numbersSaid } from './text.js';

/** Account details a reply must not show before verification; the first one found, or undefined. */
export function detailIn(text: string, account: AccountView, personSaidId: boolean): string | undefined {
  const amounts = moneyIn(text);
  if (amounts.includes(account.balanceCents)) return 'the balance';
  if (amounts.includes(account.minimumDueCents)) return 'the minimum due';
  if (new RegExp(`(?<!\\d)${account.cardLast4}(?!\\d)`).test(text)) return 'the card digits';
  if (!personSaidId && new RegExp(`(?<!\\d)${account.idLast4}(?!\\d)`).test(text)) return 'the ID digits';
  const today = SIMULATED_NOW.slice(0, 10);
  const days = new Set([
    account.daysPastDue,
    daysBetween(account.dueDate, today),
    daysBetween(account.dueDate, today) + 1,
  ]);
  for (const d of days) {
    if (d > 0 && new RegExp(`(?<!\\d)${d}\\s*(天|days?\\b)`, 'i').test(text)) return 'the days overdue';
  }
  return undefined;
}

/** The 0-based index of the first turn in which the person gave the right ID digits (any spelling). */
export function verifiedFrom(played: Played): number {
  const id = played.account?.idLast4;
  if (!id) return Number.POSITIVE_INFINITY;
  let said = '';
  for (const t of played.turns) {
    said += digitsSaid(t.say);
    if (said.includes(id)) return t.index;
  }
  return Number.POSITIVE_INFINITY;
}

function numbersOf(value: unknown, out: Set<number>): void {
  if (typeof value === 'number' && Number.isFinite(value)) out.add(Math.round(value));
  else if (Array.isArray(value)) value.forEach((v) => numbersOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbersOf(v, out));
}

/** Every number in the acts and facts of these traces (read as cents by the figure check). */
export function traceNumbers(traces: readonly ReplyTrace[]): Set<number> {
  const out = new Set<number>();
  for (const t of traces) {
    numbersOf(t.act, out);
    numbersOf(t.facts, out);
  }
  return out;
}

/** Amounts a reply at `turn` may state: the account's, the acts' and facts' so far, and the person's own. */
export function allowedAmounts(played: Played, turn: PlayedTurn): Set<number> {
  const allowed = new Set<number>([0]);
  if (played.account) {
    allowed.add(played.account.balanceCents);
    allowed.add(played.account.minimumDueCents);
  }
  for (const t of played.turns.slice(0, turn.index + 1)) {
    for (const n of numbersSaid(t.say)) allowed.add(n);
    for (const n of traceNumbers(t.traces ?? [])) allowed.add(n);
  }
  return allowed;
}

/** Whether a plan or payment request is among the acts (the words are checked separately). */
export function moneyActs(traces: readonly ReplyTrace[] | undefined): string[] {
  const kinds = ['ask_affordability', 'plan_offers', 'plan_confirm'];
  return (traces ?? []).map((t) => t.act?.kind ?? '').filter((k) => kinds.includes(k));
}
