import type { Answer, ResumeHint, ServiceHours } from '../../../core/act.js';
import { describeStanding } from '../../standing.js';
import { bullets, dailyRate, date, money, paragraphs } from '../../format.js';
import { percent } from '../zh/answers.js';
import type { Wording, WordingContext } from '../../wording.js';

/** English answers to what people ask (issue 15): the answer first, then back to where we were. */
const HUMAN = 'To talk with a person, reply "agent".';

const ZONE_EN: Record<string, string> = {
  'Asia/Shanghai': 'Beijing time',
  'Asia/Hong_Kong': 'Hong Kong time',
  'America/New_York': 'Eastern Time',
  'America/Chicago': 'Central Time',
  'America/Denver': 'Mountain Time',
  'America/Los_Angeles': 'Pacific Time',
};

/** "08:00" → "8:00 am", "22:30" → "10:30 pm". */
function clock12(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const suffix = h < 12 ? 'am' : 'pm';
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${suffix}`;
}

/** "every day from 8:00 am to 10:00 pm (Eastern Time)", or "24 hours a day, 7 days a week". */
export function hoursEn(hours: ServiceHours): string {
  if (hours.kind === 'always') return '24 hours a day, 7 days a week';
  const zone = ZONE_EN[hours.timeZone] ?? hours.timeZone;
  return `every day from ${clock12(hours.start)} to ${clock12(hours.end)} (${zone})`;
}

function hotlineAnswer(a: Extract<Answer, { topic: 'hotline' }>, ctx: WordingContext): string {
  const hours = a.hours ? `, open ${hoursEn(a.hours)}` : '';
  return `${ctx.bankName}'s customer service number is ${ctx.serviceNumber}${hours}. You can check the number on our official website or app.`;
}

const RESUME: Record<ResumeHint, string> = {
  ask_intent: 'Coming back to the balance: how would you like to handle it?',
  choose_offer: 'The options I sent are still open: reply with the option number to choose one.',
  confirm_plan:
    'The plan you chose is still waiting for you: reply "confirm" to set it up, or "no thanks" to look again.',
  ask_affordability: 'Coming back to a plan: roughly how much could you pay each month?',
};

function howToPay(a: Extract<Answer, { topic: 'how_to_pay' }>, ctx: WordingContext): string {
  if (a.channels.length === 0) {
    return `You can pay through ${ctx.bankName}'s official channels; call our customer service on ${ctx.serviceNumber} to hear how.`;
  }
  const first = a.channels[0];
  if (a.brief && first) {
    // Brief by request: the first configured channel (not claimed to be the fastest) and the warning.
    return `The short version — ${first.name.en}: ${first.instructions.en}${first.account ? ` (${first.account})` : ''}. Please only pay through our official channels, never into a personal account.`;
  }
  return paragraphs(
    'You can pay in any of these ways:',
    bullets(a.channels.map((c) => `${c.name.en}: ${c.instructions.en}${c.account ? ` (${c.account})` : ''}`)),
    'A payment can take a little while to show on your account. Please only pay through these official channels, never into a personal account.',
  );
}

function fees(a: Extract<Answer, { topic: 'fees' }>): string {
  const m = a.amounts;
  return paragraphs(
    'Here is exactly how interest and fees work:',
    bullets([
      `Interest: ${dailyRate(a.dailyRateBp, 'en')} a day on the balance, for each day it is overdue${m ? `; on your current balance that is about ${money(m.monthlyInterestCents, m.currency, 'en')} a month` : ''}.`,
      `Late fee: ${percent(a.lateFeeBp)} of the part of the minimum payment not paid on time${m ? `; on your account that is ${money(m.lateFeeCents, m.currency, 'en')}` : ''}.`,
      `Instalment fee: ${percent(a.installmentFeeBp)} of the amount a month for an instalment plan; a hardship plan has no fee.`,
    ]),
    'There are no other charges.',
  );
}

function myPlan(a: Extract<Answer, { topic: 'my_plan' }>): string {
  const s = a.standing;
  const promise =
    s.promise && s.promise.status === 'active'
      ? `You promised to pay ${money(s.promise.amountCents, s.currency, 'en')} by ${date(s.promise.dueDate, 'en')}.`
      : undefined;
  const plan = describeStanding({ ...s, accountId: '' }, 'en');
  if (!plan && !promise)
    return "You don't have a repayment plan set up yet. If you like, I can show you the options.";
  return paragraphs(plan && `Your plan (${s.plan?.planId ?? ''}): ${plan}`, promise);
}

function answerText(a: Answer, ctx: WordingContext): string {
  switch (a.topic) {
    case 'how_to_pay':
      return howToPay(a, ctx);
    case 'hotline':
      return hotlineAnswer(a, ctx);
    case 'fees':
      return fees(a);
    case 'credit_record':
      return `To be straight with you: late payments are reported to the credit bureau, and the record stays for ${a.years} years after the debt is settled. Paying it off, or keeping to a plan, stops new late marks from adding up.`;
    case 'third_parties':
      if (a.remembered)
        return 'As you asked before, we will not contact you at your workplace. Reminders still come here, and we discuss your account only with you.';
      return (
        "Please don't worry: we never discuss your account with your family, employer, colleagues or friends, and we never ask them to pass on messages or to pay for you. We talk about your account only with you." +
        (a.workplaceCallsStopped
          ? ' We have noted that you do not want calls at your workplace: we will no longer call you there.'
          : '')
      );
    case 'legal':
      return paragraphs(
        'To be straight with you: if a debt stays unpaid for a long time, the bank may take lawful steps to recover it, as the law allows and as the bank decides.',
        "Right now we are simply working out a repayment with you, and as long as we're talking, that is what we want to do.",
      );
    case 'missed_instalment':
      return paragraphs(
        'If you miss an instalment:',
        bullets([
          "we'll remind you and try to work something out with you;",
          `a late fee of ${percent(a.lateFeeBp)} of the unpaid minimum may apply, and interest keeps running;`,
          `if payments stop, the plan may end, and late payments are reported to the credit bureau (kept ${a.years} years after settlement).`,
        ]),
        'If you can see a payment will be hard, tell us before the date and we will look at adjusting it.',
      );
    case 'my_plan':
      return myPlan(a);
    case 'owed': {
      const acc = a.account;
      const m = (c: number): string => money(c, acc.currency, 'en');
      return paragraphs(
        `Your card ending in ${acc.cardLast4} has a balance of ${m(acc.balanceCents)}; the minimum payment is ${m(acc.minimumDueCents)}, which was due on ${date(acc.dueDate, 'en')} (${acc.daysPastDue} days ago).`,
        `The balance is your purchases or cash withdrawals, plus interest at ${dailyRate(a.dailyRateBp, 'en')} a day since it became overdue and any fees. For an itemised statement, check your bill or reply "agent"; if you think the amount is wrong, tell me and we will look into it.`,
      );
    }
  }
}

export const enAnswers = {
  answer: (act, ctx) =>
    act.again
      ? paragraphs(
          'Let me put that another way.',
          answerText(act.answer, ctx),
          'If anything is still unclear, reply "agent" and a colleague can walk you through it step by step.',
        )
      : paragraphs(answerText(act.answer, ctx), act.then ? RESUME[act.then] : !act.verified && HUMAN),

  ask_intent: () =>
    'How would you like to handle it? For example paying it all, paying part now, or spreading it over a few months. Just tell me in your own words.',

  ask_payment_date: (act) =>
    paragraphs(
      `Thank you, you'd like to pay the full ${money(act.amountCents, act.currency, 'en')} in one go.\nWhich date would suit you?`,
      `A one-off payment can be arranged up to ${date(act.latestDate, 'en')}. If your payday is later than that, I can show you instalments, or paying part now and the rest later, instead.`,
    ),

  promise_recorded: (act) =>
    paragraphs(
      `Thank you, that's noted: you'll pay ${money(act.amountCents, act.currency, 'en')} by ${date(act.dueDate, 'en')} (reference ${act.promiseId}).`,
      "We'll send a reminder before the date. If it gets difficult, let us know beforehand and we'll work something out together.",
    ),
} satisfies Partial<Wording>;
