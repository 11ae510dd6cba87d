import type { DialogContext } from 'botbuilder-dialogs';
import type { AccountFacts, Answer, ResumeHint } from '../core/act.js';
import type { Intent } from '../language/understanding.js';
import { asksBrief, normalise } from '../language/offline/index.js';
import { worriesAsked } from '../language/offline/questionPatterns.js';
import { asksNoWorkplaceCalls } from '../language/offline/workplaceCalls.js';
import { planStanding } from '../payments/standing.js';
import type { DialogServices } from './services.js';
import { say, turnCase } from './turn.js';

/** The questions the bot answers first (issue 15), whatever step the conversation is in. */
export const QUESTION_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'ask_how_to_pay',
  'ask_hotline',
  'ask_fees',
  'ask_credit_record',
  'ask_third_parties',
  'ask_legal',
  'ask_missed_payment',
  'ask_plan',
  'ask_why_owed',
]);

/** Questions whose answer names this account's figures: only ever answered after verification. */
export const ACCOUNT_QUESTIONS: ReadonlySet<Intent> = new Set<Intent>(['ask_plan', 'ask_why_owed']);

/**
 * The answer to a question, from configuration and policy; `account` only for a verified holder
 * (without it, fees are stated as rates and no account figure appears). Undefined for an account
 * question asked before verification.
 */
export async function answerFor(
  s: DialogServices,
  intent: Intent,
  account: AccountFacts | undefined,
  today: string,
  text = '',
): Promise<Answer | undefined> {
  const p = s.policy.settings;
  switch (intent) {
    case 'ask_how_to_pay':
      return { topic: 'how_to_pay', channels: s.settings.paymentChannels ?? [] };
    case 'ask_hotline':
      return s.settings.serviceHours
        ? { topic: 'hotline', hours: s.settings.serviceHours }
        : { topic: 'hotline' };
    case 'ask_fees': {
      const base = {
        topic: 'fees' as const,
        dailyRateBp: p.dailyInterestBp,
        lateFeeBp: p.lateFeeBp,
        installmentFeeBp: p.installmentFeeBp,
      };
      if (!account) return base;
      const c = s.policy.consequences(account, today);
      return {
        ...base,
        amounts: {
          currency: c.currency,
          lateFeeCents: c.lateFeeCents,
          monthlyInterestCents: c.monthlyInterestCents,
        },
      };
    }
    case 'ask_credit_record':
      return { topic: 'credit_record', years: p.creditReportYears };
    case 'ask_third_parties':
      // "别往我单位打电话了": the workplace restriction is confirmed with the reassurance (conv19b).
      return asksNoWorkplaceCalls(normalise(text))
        ? { topic: 'third_parties', workplaceCallsStopped: true }
        : { topic: 'third_parties' };
    case 'ask_legal':
      return { topic: 'legal' };
    case 'ask_missed_payment':
      return { topic: 'missed_instalment', lateFeeBp: p.lateFeeBp, years: p.creditReportYears };
    case 'ask_plan': {
      const standing = account ? await planStanding(s.stores, account.accountId, today) : undefined;
      return standing ? { topic: 'my_plan', standing } : undefined;
    }
    case 'ask_why_owed':
      return account ? { topic: 'owed', account, dailyRateBp: p.dailyInterestBp } : undefined;
    case 'accept':
    case 'already_paid':
    case 'ask_balance':
    case 'ask_consequences':
    case 'ask_if_bot':
    case 'choose_option':
    case 'decline':
    case 'defer':
    case 'dispute':
    case 'distress':
    case 'goodbye':
    case 'greeting':
    case 'hardship':
    case 'not_holder':
    case 'offer_payment':
    case 'provide_id':
    case 'request_human':
    case 'request_waiver':
    case 'stop_contact':
    case 'unknown':
    case 'verify_bank':
      return undefined;
  }
}

/** What the negotiation was waiting on, asked again briefly after an answer. */
export function resumeHint(dc: DialogContext): ResumeHint | undefined {
  const n = turnCase(dc.context).negotiation;
  switch (n.stage) {
    case 'asked':
      // A returning holder with an agreed plan is not asked how they will handle the balance.
      return n.agreedPlanId ? undefined : 'ask_intent';
    case 'offered':
      return n.offers.length > 0 ? 'choose_offer' : 'ask_affordability';
    case 'confirming':
      return n.pending ? 'confirm_plan' : undefined;
    case 'none':
    case 'agreed':
    case 'impasse':
      return undefined;
  }
}

/** Answers a question for a verified holder, then re-asks what the conversation was waiting on. */
export async function answerVerified(
  dc: DialogContext,
  s: DialogServices,
  intent: Intent,
  account: AccountFacts,
  today: string,
): Promise<boolean> {
  const found = await answerFor(s, intent, account, today, dc.context.activity.text ?? '');
  if (!found) return false;
  // "How do I pay? Keep it short": the first channel and the warning, and no question after it.
  const brief = found.topic === 'how_to_pay' && asksBrief(dc.context.activity.text ?? '');
  const answer = brief ? { ...found, brief } : found;
  const hint = brief ? undefined : resumeHint(dc);
  // While a dispute is open collection is paused: an answer is not followed by a payment question.
  const paused = hint !== undefined && (await s.stores.disputes.hasOpen(account.accountId));
  const then = paused ? undefined : hint;
  const state = turnCase(dc.context);
  const again = state.lastAnswer === answer.topic;
  state.lastAnswer = answer.topic;
  // "Will you sue me? And will my boss find out?": each worry answered, in the order asked (conv15);
  // the question the conversation waits on comes once, after the last answer.
  const answers = await worriesInOrder(dc, s, intent, answer);
  for (const [i, a] of answers.entries()) {
    const last = i === answers.length - 1;
    await say(dc.context, s, {
      kind: 'answer',
      answer: a,
      verified: true,
      ...(last && then ? { then } : {}),
      ...(again && answers.length === 1 ? { again } : {}),
    });
  }
  return true;
}

/**
 * The answers to the worries a message asks, in the order asked: `answer` (to `intent`) and, when
 * another worry (a lawsuit, the family or employer, the credit record) is asked beside it, that one
 * too ("r u gonna sue me?? can you show up at my job": the lawsuit first, then the employer).
 */
export async function worriesInOrder(
  dc: DialogContext,
  s: DialogServices,
  intent: Intent,
  answer: Answer,
): Promise<Answer[]> {
  const asked = worriesAsked(normalise(dc.context.activity.text ?? ''), intent);
  const out: Answer[] = [];
  for (const i of asked) {
    const a = i === intent ? answer : await answerFor(s, i, undefined, '');
    if (a) out.push(a);
  }
  return out.length > 0 ? out : [answer];
}
