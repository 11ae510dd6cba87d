import { excerpt, type Check } from './checkTypes.js';
import type { PlayedTurn } from './play.js';
import type { Confirms } from './scenario.js';
import type { ReplyTrace } from './target.js';
import { moneyIn } from './text.js';

/** A plan as the acts carry it (read leniently: fields a newer act adds are ignored). */
interface Offer {
  kind?: string;
  months?: number;
  principalCents?: number;
  feeCents?: number;
  totalCents?: number;
  installmentCents?: number;
  schedule: { dueDate?: string; amountCents: number }[];
}

function asOffer(value: unknown): Offer | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.schedule)) return undefined;
  const schedule = v.schedule.filter(
    (s): s is { dueDate?: string; amountCents: number } =>
      typeof (s as { amountCents?: unknown })?.amountCents === 'number',
  );
  const num = (k: string) => (typeof v[k] === 'number' ? v[k] : undefined);
  return {
    kind: typeof v.kind === 'string' ? v.kind : undefined,
    months: num('months'),
    principalCents: num('principalCents'),
    feeCents: num('feeCents'),
    totalCents: num('totalCents'),
    installmentCents: num('installmentCents'),
    schedule,
  };
}

function offersOf(trace: ReplyTrace): { kind: string; offers: Offer[]; fits?: boolean } {
  const act = trace.act ?? { kind: '' };
  const many = Array.isArray(act.offers) ? act.offers.map(asOffer) : [];
  const one = asOffer(act.offer);
  // A plan replacing another names both (plan_replace_confirm's `current`).
  const current = act.current as { offer?: unknown } | undefined;
  const replaced = asOffer(current?.offer);
  const offers = [...many, one, replaced].filter((o): o is Offer => o !== undefined);
  return { kind: act.kind, offers, fits: typeof act.fits === 'boolean' ? act.fits : undefined };
}

const sum = (o: Offer) => o.schedule.reduce((a, s) => a + s.amountCents, 0);

/** Instalments add up to the total, principal + fee = total, the stated first/last amounts are the schedule's. */
export const planTotals: Check = (played, findings) => {
  if (played.mode !== 'in-process') return;
  for (const t of played.turns) {
    for (const trace of t.traces ?? []) {
      const { offers } = offersOf(trace);
      for (const o of offers) {
        findings.apply('plan_totals');
        const problems: string[] = [];
        if (o.totalCents !== undefined && sum(o) !== o.totalCents)
          problems.push(`instalments sum to ${sum(o)}, total ${o.totalCents}`);
        if (
          o.principalCents !== undefined &&
          o.feeCents !== undefined &&
          o.totalCents !== undefined &&
          o.principalCents + o.feeCents !== o.totalCents
        ) {
          problems.push('principal + fee differs from total');
        }
        if (o.schedule.some((s) => s.amountCents <= 0)) problems.push('an instalment of zero or less');
        if (
          played.account &&
          o.principalCents !== undefined &&
          o.principalCents > played.account.balanceCents
        ) {
          problems.push('principal above the balance');
        }
        if (problems.length > 0) findings.fail('plan_totals', t, problems.join('; '));
      }
      if (offers.length === 1 && offers[0]) statedEnds(t, offers[0], findings);
    }
  }
};

/** "末期 / last payment X" and "首期 / first payment X" must be the schedule's own last and first amounts. */
function statedEnds(t: PlayedTurn, o: Offer, findings: Parameters<Check>[1]): void {
  const ends: [RegExp, number | undefined][] = [
    [
      /(末期|最后一期|尾期|last (?:payment|instal+ment)|final (?:payment|instal+ment))[^\d\n]{0,16}([\d,]+\.\d{2})/gi,
      o.schedule.at(-1)?.amountCents,
    ],
    [/(首期|第一期|first (?:payment|instal+ment))[^\d\n]{0,16}([\d,]+\.\d{2})/gi, o.schedule[0]?.amountCents],
  ];
  for (const [pattern, expected] of ends) {
    for (const m of t.text.matchAll(pattern)) {
      const stated = moneyIn(`${m[2] ?? ''}元`)[0];
      if (expected !== undefined && stated !== undefined && stated !== expected) {
        findings.fail(
          'plan_totals',
          t,
          `says ${m[1]} ${m[2]}, the schedule has ${(expected / 100).toFixed(2)}`,
        );
      }
    }
  }
}

/** After a stated monthly budget, the plans offered include one within it (or say honestly none fits). */
export const budgetRespected: Check = (played, findings) => {
  if (played.mode !== 'in-process') return;
  let budget: number | undefined;
  for (const t of played.turns) {
    if (t.expect.budget !== undefined) budget = Math.round(t.expect.budget * 100);
    if (budget === undefined) continue;
    for (const trace of t.traces ?? []) {
      const { kind, offers, fits } = offersOf(trace);
      if (kind !== 'plan_offers' || offers.length === 0) continue;
      findings.apply('budget_respected');
      const regular = (o: Offer) => o.installmentCents ?? Math.max(...o.schedule.map((s) => s.amountCents));
      const within = offers.some((o) => regular(o) <= (budget ?? 0));
      if (!within && fits !== false) {
        findings.fail(
          'budget_respected',
          t,
          `no offer within ${(budget / 100).toFixed(2)} a month, and the act does not say so`,
        );
      } else if (within && fits === false) {
        findings.fail('budget_respected', t, 'an offer fits the budget but the act says none does');
      }
    }
  }
};

function matches(o: Offer, want: Confirms): string[] {
  const wrong: string[] = [];
  const c = (major: number) => Math.round(major * 100);
  if (want.kind === 'down_payment') {
    if (o.schedule.length < 2) wrong.push('a single payment, not a down payment and instalments');
  } else if (want.kind && o.kind !== want.kind) wrong.push(`kind ${o.kind}, asked ${want.kind}`);
  const months = o.months ?? o.schedule.length;
  if (want.months !== undefined && months !== want.months && o.schedule.length !== want.months)
    wrong.push(`${months} months, asked ${want.months}`);
  if (want.firstPayment !== undefined && o.schedule[0]?.amountCents !== c(want.firstPayment))
    wrong.push(`first payment ${o.schedule[0]?.amountCents}, asked ${c(want.firstPayment)}`);
  if (want.monthly !== undefined && (o.installmentCents ?? 0) > c(want.monthly))
    wrong.push(`instalment ${o.installmentCents}, asked at most ${c(want.monthly)}`);
  if (want.date !== undefined && !o.schedule.some((s) => s.dueDate === want.date))
    wrong.push(`no payment on ${want.date}`);
  return wrong;
}

/** The plan the bot confirms is the plan the person asked for; an agreed plan is the one confirmed. */
export const planConfirmed: Check = (played, findings) => {
  let lastConfirm: Offer | undefined;
  for (const t of played.turns) {
    const acts = (t.traces ?? [])
      .map(offersOf)
      .filter((a) => a.kind === 'plan_confirm' || a.kind === 'plan_agreed');
    for (const a of acts) {
      const o = a.offers[0];
      if (a.kind === 'plan_confirm') lastConfirm = o;
      else if (
        o &&
        lastConfirm &&
        (sum(o) !== sum(lastConfirm) || o.schedule.length !== lastConfirm.schedule.length)
      ) {
        findings.fail('plan_confirmed', t, 'the plan agreed is not the plan the person confirmed');
      }
    }
    const want = t.expect.confirms;
    if (!want) continue;
    findings.apply('plan_confirmed');
    if (!t.traces) {
      const numbers = [want.firstPayment, want.monthly, want.months].filter((n) => n !== undefined);
      if (
        !numbers.every((n) => t.text.includes(String(n)) || moneyIn(t.text).includes(Math.round(n * 100)))
      ) {
        findings.fail(
          'plan_confirmed',
          t,
          `the confirmation does not state what was asked: "${excerpt(t.text)}"`,
        );
      }
      continue;
    }
    // A confirmation, an agreement, or an offer of exactly the plan asked (every offer shown matches).
    const proposed = (t.traces ?? [])
      .map(offersOf)
      .find((a) => a.kind === 'plan_offers' && a.offers.length > 0);
    const o = acts[0]?.offers[0];
    if (o) {
      const wrong = matches(o, want);
      if (wrong.length > 0) findings.fail('plan_confirmed', t, wrong.join('; '));
    } else if (!proposed) findings.fail('plan_confirmed', t, `no plan confirmed: "${excerpt(t.text)}"`);
    else {
      const wrong = proposed.offers.map((p) => matches(p, want)).find((w) => w.length > 0);
      if (wrong)
        findings.fail('plan_confirmed', t, `offers other plans than the one asked: ${wrong.join('; ')}`);
    }
  }
};

export const PLAN: Check[] = [planTotals, budgetRespected, planConfirmed];
