import { bullets, dailyRate, date, money, paragraphs } from '../../format.js';
import type { Wording } from '../../wording.js';

/** English wording for a verified holder: account facts and their consequences, stated as facts. */
const HUMAN = 'To talk with a person, reply "agent".';

export const enAccount = {
  verified: (act, ctx) => {
    const a = act.account;
    const m = (cents: number): string => money(cents, a.currency, ctx.locale);
    return paragraphs(
      `Thank you, ${a.holderName}. Your identity is confirmed. Here is the status of your card ending in ${a.cardLast4}:`,
      bullets([
        `Balance: ${m(a.balanceCents)}`,
        `Minimum payment due: ${m(a.minimumDueCents)}`,
        `Due date: ${date(a.dueDate, ctx.locale)}`,
        `Days past due: ${a.daysPastDue}`,
      ]),
      HUMAN,
    );
  },

  account_summary: (act, ctx) => {
    const a = act.account;
    const m = (cents: number): string => money(cents, a.currency, ctx.locale);
    return paragraphs(
      `Here is the status of your card ending in ${a.cardLast4}:`,
      bullets([
        `Balance: ${m(a.balanceCents)}`,
        `Minimum payment due: ${m(a.minimumDueCents)}`,
        `Due date: ${date(a.dueDate, ctx.locale)}`,
        `Days past due: ${a.daysPastDue}`,
      ]),
      'If you would like, I can explain what happens while the account is past due, or go through your repayment options.',
    );
  },

  consequences: (act, ctx) => {
    const m = (cents: number): string => money(cents, act.currency, ctx.locale);
    if (act.brief) {
      return `In short: interest of ${m(act.monthlyInterestCents)} a month keeps running, a late fee of ${m(act.lateFeeCents)} applies, and the late record stays on your credit report for ${act.creditReportYears} years after settlement. A plan stops this from growing.`;
    }
    return paragraphs(
      'Here are the facts about what happens while your account is past due:',
      bullets([
        `A late fee of ${m(act.lateFeeCents)} applies.`,
        `Interest accrues at ${dailyRate(act.dailyRateBp, ctx.locale)} per day, which comes to ${m(act.monthlyInterestCents)} a month on the current balance.`,
        `Late payments are reported to the credit bureaus and can stay on your credit report for ${act.creditReportYears} years, which may affect future loans or cards.`,
        'If the debt remains unpaid, the bank may take lawful steps to recover the debt.',
      ]),
      'Paying early, or setting up a plan, reduces these costs. I am glad to help you find a plan that works for you.',
    );
  },

  ask_affordability: () =>
    'To find a plan that works for you, how much could you comfortably pay each month? If there is a date that suits you better, let me know that too.',

  waiver_refused: () =>
    paragraphs(
      'I understand this is difficult. However, I am not able to waive or discount the amount owed.',
      "Within the bank's policy, I can offer repayment plans, such as monthly installments, to make the payments more manageable. Would you like to see them?",
    ),

  collection_paused: (act) => {
    if (act.proof && (act.reason === 'dispute' || act.reason === 'payment_claim'))
      return paragraphs(
        `Thank you, I have received the file you sent. It is kept with this conversation, so the colleague ${act.reason === 'payment_claim' ? 'checking your payment can match it when the payment posts' : 'looking into your dispute can see it'}.`,
        `Nothing more is needed from you for now, and collection on this account stays paused while we check. ${HUMAN}`,
      );
    if (act.again && (act.reason === 'dispute' || act.reason === 'payment_claim'))
      return `Noted. Nothing more is needed from you while we check; collection stays paused. ${HUMAN}`;
    switch (act.reason) {
      case 'dispute':
        return `Your dispute on this account is being reviewed, and collection on this account is paused in the meantime. ${HUMAN}`;
      case 'payment_claim':
        return `We are still checking the payment you told us about, and collection on this account is paused until we have. We will let you know what we find. ${HUMAN}`;
      case 'cease_contact':
        return 'As you asked, we have stopped contacting you. If you would like help with anything now, I am happy to assist.';
      case 'plan_active':
        return `Your repayment plan is active. While you keep to the plan, we will not contact you about collection on this account. To review or change the plan, reply "agent".`;
    }
  },
} satisfies Partial<Wording>;
