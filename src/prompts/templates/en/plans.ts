import type { PlanKind, PlanOffer } from '../../../core/act.js';
import type { Currency } from '../../../core/money.js';
import {
  date,
  instalmentShape,
  isSinglePayment,
  money,
  numbered,
  paragraphs,
  scheduleExcerpt,
} from '../../format.js';
import type { Wording } from '../../wording.js';
import { compareOffers, paymentOf } from '../planCompare.js';

/** English wording of repayment plans: every amount and date comes from the offer. */
const LABEL: Record<PlanKind, string> = {
  full: 'Pay in full',
  minimum: 'Pay the minimum',
  installments: 'Installment plan',
  extension: 'Short extension',
  hardship: 'Hardship plan',
};
const HUMAN = 'To talk with a person, reply "agent".';

function m(cents: number, cur: Currency): string {
  return money(cents, cur, 'en');
}

function feeText(offer: PlanOffer, cur: Currency): string {
  return offer.feeCents === 0 ? 'no fee' : `including a fee of ${m(offer.feeCents, cur)}`;
}

function instalmentText(offer: PlanOffer, cur: Currency): string {
  const s = instalmentShape(offer);
  // Stated in schedule order, so the amounts add up: "first payment $X, then $Y a month".
  const regular = `${m(s.regular, cur)} a month`;
  const head = s.first !== undefined ? `first payment ${m(s.first, cur)}, then ${regular}` : regular;
  return s.last !== undefined ? `${head}, last payment ${m(s.last, cur)}` : head;
}

/** One offer in one line: kind, months, instalment, fee, total, first due date. */
export function enOffer(offer: PlanOffer, cur: Currency): string {
  const first = offer.schedule[0];
  if (isSinglePayment(offer)) {
    const by = first ? ` by ${date(first.dueDate, 'en')}` : '';
    const rest = offer.kind === 'minimum' ? '; the rest of the balance still needs to be repaid' : '';
    return `${LABEL[offer.kind]}: ${m(offer.totalCents, cur)}${by} (${feeText(offer, cur)})${rest}`;
  }
  const fee = offer.feeCents === 0 ? 'no fee' : `fee ${m(offer.feeCents, cur)}`;
  const due = first ? `, starting ${date(first.dueDate, 'en')}` : '';
  return `${LABEL[offer.kind]}: ${offer.months} months, ${instalmentText(offer, cur)}, ${fee}, total ${m(offer.totalCents, cur)}${due}`;
}

function schedule(offer: PlanOffer, cur: Currency): string {
  return scheduleExcerpt(offer.schedule)
    .map((i) => (i ? `- Payment ${i.seq}: ${date(i.dueDate, 'en')}, ${m(i.amountCents, cur)}` : '- …'))
    .join('\n');
}

function agreedSchedule(offer: PlanOffer, cur: Currency): string[] {
  if (isSinglePayment(offer)) return [`${enOffer(offer, cur)}.`];
  return [
    `${LABEL[offer.kind]}, ${offer.months} monthly payments:`,
    schedule(offer, cur),
    `Total: ${m(offer.totalCents, cur)} (${feeText(offer, cur)}).`,
  ];
}

/** "What's the difference?": the offers, then how they differ (conv18). */
function comparedEn(offers: PlanOffer[], cur: Currency): string {
  const lines = numbered(offers.map((o) => enOffer(o, cur)));
  const only = offers[0];
  if (offers.length === 1 && only) {
    return paragraphs(
      'There is one option on offer right now, so there is nothing to compare it with:',
      lines,
      `If ${m(paymentOf(only), cur)} a payment does not suit you, tell me what you could manage each month and I will check again. To choose it, reply "Option 1". ${HUMAN}`,
    );
  }
  const c = compareOffers(offers);
  const cheap = offers[c.cheapest - 1];
  const small = offers[c.smallest - 1];
  const notes = [
    cheap && `Option ${c.cheapest} costs the least overall (${m(cheap.totalCents, cur)} in total).`,
    small &&
      c.smallest !== c.cheapest &&
      `Option ${c.smallest} has the smallest payments (${m(paymentOf(small), cur)} each)${
        c.smallestDearest ? ', but it takes longest and, with its fee, costs the most in total' : ''
      }.`,
    c.partOnly.length > 0 &&
      `${c.partOnly.map((i) => `Option ${i}`).join(' and ')} ${c.partOnly.length > 1 ? 'repay' : 'repays'} only part for now: the rest of the balance still needs to be repaid.`,
  ].filter((x): x is string => typeof x === 'string');
  return paragraphs(
    'The options differ in how long you take to repay and what it costs in total:',
    lines,
    notes.join(' '),
    `To choose, reply with the option number (for example, "Option 1"), or tell me what would work better. ${HUMAN}`,
  );
}

/** An option number that is not on the table: how many there are, and the offers again (conv18). */
function missingEn(missing: number, count: number): string {
  return count === 1
    ? `There is only one option on offer right now, so there is no option ${missing}. Here it is again:`
    : `There are only ${count} options, so there is no option ${missing}. Here they are again:`;
}

/** A length the policy does not allow, and the nearest it does, which is offered (conv19). */
function termLimitEn(limit: { askedMonths: number; limitMonths: number } | undefined): string | undefined {
  if (!limit) return undefined;
  const { askedMonths: asked, limitMonths: nearest } = limit;
  return asked > nearest
    ? `I am sorry, I cannot set up a plan over ${asked} months: within the bank's policy, the longest plan for your account is ${nearest} months. Here is that plan, the closest to what you asked:`
    : `I am sorry, I cannot set up a plan over ${asked} months: within the bank's policy, the shortest plan is ${nearest} months. Here is that plan, the closest to what you asked:`;
}

export const enPlans = {
  plan_offers: (act) => {
    if (act.offers.length === 0) {
      return `I am sorry, there is no repayment plan I can offer right now. A member of our team can look at your situation with you. ${HUMAN}`;
    }
    if (act.compare) return comparedEn(act.offers, act.currency);
    const afford = act.affordableCents !== undefined ? m(act.affordableCents, act.currency) : undefined;
    const tooFar = act.tooFar
      ? `I am sorry, ${date(act.tooFar.askedDate, 'en')} is later than a one-off payment can be arranged here: the latest is ${date(act.tooFar.latestDate, 'en')}. Here is what is possible instead:`
      : undefined;
    const intro = act.which
      ? 'Which of these would you like? Reply with its number (for example, "Option 1"), or tell me what would work better.'
      : act.missing !== undefined
        ? missingEn(act.missing, act.offers.length)
        : (tooFar ??
          termLimitEn(act.termLimit) ??
          (afford === undefined
            ? 'Based on your account, here are the options I can offer:'
            : act.fits
              ? `Based on the ${afford} a month you said you can pay, here are the options I can offer:`
              : `Based on the ${afford} a month you mentioned: I am sorry, within the bank's policy there is no plan with every payment at or below that amount. These are the closest options:`));
    return paragraphs(
      intro,
      numbered(act.offers.map((o) => enOffer(o, act.currency))),
      act.which
        ? HUMAN
        : `To choose, reply with the option number (for example, "Option 1"), or tell me what would work better. ${HUMAN}`,
    );
  },

  plan_confirm: (act) =>
    paragraphs(
      'Please confirm the plan you chose:',
      `${enOffer(act.offer, act.currency)}.`,
      'Once you confirm, we will set up this repayment plan. Reply "Confirm" to go ahead, or "No thanks" to look at other options.',
    ),

  plan_agreed: (act) =>
    paragraphs(
      `Done. Your repayment plan is set up (plan number ${act.planId}).`,
      act.replaces && `It replaces your earlier plan ${act.replaces}, which is now closed.`,
      ...agreedSchedule(act.offer, act.currency),
      'What happens next: we will remind you before each payment is due, and while you keep to the plan we will not contact you about collection on this account. If a payment becomes difficult, please let us know early. Thank you.',
    ),

  plan_declined: () =>
    'That is fine. If you would like to look at other options, or tell me how much you could manage each month, I can check again.',

  plan_impasse: () =>
    paragraphs(
      "I am sorry, I could not find a plan within the bank's policy that works for you.",
      `A member of our team can look at your situation in more detail and see what else is possible. ${HUMAN}`,
    ),
} satisfies Partial<Wording>;
