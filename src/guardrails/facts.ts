import type { Mention } from './numbers.js';
import type { Category, GuardContext, Severity } from './types.js';

/** A finding on the normalised text, before it is mapped back to the original. */
export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
}

/**
 * Findings in the order they stand in the text (the longer first where two start together, then by
 * rule id), whatever the order of the rule files: of two overlapping findings of one rule the
 * verdict keeps the first (check.ts), so this order, not the files', decides which.
 */
export function byPlace(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

function isoOf(m: Extract<Mention, { kind: 'date' }>): string {
  const mm = String(m.month).padStart(2, '0');
  const dd = String(m.day).padStart(2, '0');
  return m.year === undefined ? `${mm}-${dd}` : `${m.year}-${mm}-${dd}`;
}

function allowedAmounts(context: GuardContext): Set<number> {
  const f = context.facts;
  const set = new Set<number>(f?.amountsCents ?? []);
  if (f?.balanceCents !== undefined) set.add(f.balanceCents);
  if (f?.minimumDueCents !== undefined) set.add(f.minimumDueCents);
  return set;
}

function allowedDates(dates: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const d of dates) {
    set.add(d);
    set.add(d.slice(5));
  }
  return set;
}

/**
 * Before verification any account detail is a disclosure (DOMAIN.md "Who may be told what").
 * Dates count only when they read as a due date.
 */
function unverifiedFindings(mentions: readonly Mention[]): Finding[] {
  return mentions
    .filter((m) => m.kind !== 'date' || m.dueContext)
    .map((m) => ({
      rule: 'privacy.unverified_disclosure',
      category: 'privacy',
      severity: 'critical',
      start: m.start,
      end: m.end,
    }));
}

function misrepresentation(
  m: Mention,
  context: GuardContext,
  amounts: Set<number>,
  dates?: Set<string>,
): string | undefined {
  const f = context.facts;
  if (!f) return undefined;
  switch (m.kind) {
    case 'money': {
      const wrongCurrency = m.currency !== undefined && f.currency !== undefined && m.currency !== f.currency;
      return !amounts.has(m.cents) || wrongCurrency ? 'misrepresentation.amount' : undefined;
    }
    case 'days_past_due':
      return f.daysPastDue !== m.days ? 'misrepresentation.days_past_due' : undefined;
    case 'months_past_due':
      return 'misrepresentation.days_past_due';
    case 'card_digits':
      return f.cardLast4 !== undefined && f.cardLast4 !== m.last4
        ? 'misrepresentation.card_digits'
        : undefined;
    case 'date':
      return dates && !dates.has(isoOf(m)) ? 'misrepresentation.date' : undefined;
  }
}

/**
 * Checks every amount, day count, card-digit group and date against the act's facts (when
 * given), and flags any of them before verification.
 */
export function checkFacts(mentions: readonly Mention[], context: GuardContext): Finding[] {
  if (mentions.length === 0) return [];
  if (!context.verified) return unverifiedFindings(mentions);
  if (!context.facts) return [];
  const amounts = allowedAmounts(context);
  const dates = context.facts.dates ? allowedDates(context.facts.dates) : undefined;
  const out: Finding[] = [];
  for (const m of mentions) {
    const rule = misrepresentation(m, context, amounts, dates);
    if (rule) out.push({ rule, category: 'misrepresentation', severity: 'high', start: m.start, end: m.end });
  }
  return out;
}
