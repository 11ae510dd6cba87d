import type { CrisisCue, DisputeKind, HandoffReason } from '../../../core/act.js';
import { durationWords } from '../../numberWords.js';
import { paragraphs } from '../../format.js';
import { handoffOutcome, type HandoffOutcome } from '../../outcomes.js';
import type { Wording, WordingContext } from '../../wording.js';

/** English wording for disputes, people under stress and the way to a human colleague. */
const REASON_LEAD: Record<HandoffReason, string> = {
  requested: 'Of course. I have passed your conversation to our team.',
  dispute: 'I have passed your dispute to our team.',
  distress: 'I have asked a colleague to talk with you.',
  verification_failed:
    'As we could not complete identity verification, I have passed your conversation to our team.',
  impasse: 'To look for other ways to help, I have passed your conversation to our team.',
  guardrail_fallbacks: 'To make sure you get the right help, I have passed your conversation to our team.',
  bereavement: 'I have asked a colleague to help you with this, gently and in your own time.',
  concern: 'I have also asked a colleague to check in with you.',
};

/** What the second message of distress named, answered first (conv19). */
const CUE: Record<CrisisCue, string> = {
  means:
    'What you just told me worries me, and I am glad you said it. If there is something near you that you could hurt yourself with, please put it out of reach or move away from it.',
  alone:
    'You said you are on your own right now. Please do not stay alone with this: if you can, ask someone you trust to come and be with you.',
};

/**
 * Words of distress written again after the crisis reply (conv19): the new message answered, are
 * you safe right now, the person asked to contact them, the line in brief; 1 and 2 alternate.
 */
function distressAgain(again: 1 | 2, line: string, cue: CrisisCue | undefined): string {
  const heard = cue ? CUE[cue] : undefined;
  return again === 1
    ? paragraphs(
        heard ?? 'Thank you for telling me more. I am taking what you wrote seriously.',
        `Are you safe right now? If you are thinking of hurting yourself, please call or text ${line} now; someone is there at any hour. If you are in danger, call 911.`,
        'A colleague has already been asked to contact you, and nothing about the account needs your attention. If you would rather talk with a person now, reply "agent".',
      )
    : paragraphs(
        heard ?? 'I hear you, and I am still here with you.',
        `Can you tell me whether you are safe at this moment? ${line} is there for you right now, by call or text; if you might act on these thoughts, call 911 or ask someone nearby to stay with you.`,
        'Someone from our team has been asked to get in touch with you. Reply "agent" if you want to talk with a person now.',
      );
}

const OUTCOME: Record<HandoffOutcome, string> = {
  resolved: 'Your question has been taken care of.',
  plan_agreed: 'Your repayment plan has been recorded.',
  callback_scheduled: 'A callback has been arranged for you.',
  dispute_recorded: 'Your dispute has been recorded and we will keep looking into it.',
  unresolved: 'We could not fully resolve your question this time, and we will follow up.',
};

function outcomeNote(outcome: string): string {
  const known = handoffOutcome(outcome);
  return known ? ` ${OUTCOME[known]}` : '';
}

function wait(minutes: number, ctx: WordingContext): string {
  return minutes > 0 ? `in about ${durationWords(minutes, ctx.locale)}` : 'shortly';
}

/** What happens next, by what the dispute is about. */
const DISPUTE_NEXT: Record<DisputeKind, string> = {
  identity_theft:
    'It is recorded as possible identity theft or fraud, and we will check how the account was opened and used. Meanwhile, never share a text-message code with anyone.',
  not_mine: 'We will check whether this debt really belongs to you and tell you what we find.',
  wrong_amount:
    'We will check the amount line by line (principal, interest and fees) and send you the breakdown.',
  transaction: 'We will pull the record of that transaction, check it, and tell you what we find.',
  payment_claim: 'We will check that your payment has been received and applied.',
  validation_request:
    'You asked for a validation notice. As the federal Regulation F requires for validation notices, it states the creditor, the account, the amount owed with an itemisation of interest, fees, payments and credits, and how and by when you can dispute the debt. Your request is recorded and queued for a colleague to send to your address on file.',
  general: '',
};

export const enSupport = {
  dispute_recorded: (act) =>
    paragraphs(
      `Thank you for telling us. I have recorded your dispute, in your own words, under reference ${act.disputeId}.`,
      act.disputeKind && DISPUTE_NEXT[act.disputeKind],
      'Collection on this account is paused while a colleague looks into it, and they will get back to you. If you would like to talk with a person now, reply "agent".',
    ),

  human_requested: (act, ctx) =>
    act.again === 2
      ? 'You are still in the queue, and asking again does not change your place. A member of our team will reply as soon as they join. While you wait, you can ask me anything about your account.'
      : act.again
        ? `Your request to talk with a person is already in the queue, so there is no need to ask again. A member of our team will be with you ${wait(act.etaMinutes, ctx)}, and will reply as soon as they join.`
        : `Of course. I have recorded your request to talk with a person. A member of our team will be with you ${wait(act.etaMinutes, ctx)}.`,

  distress_support: (act, ctx) =>
    act.again
      ? distressAgain(act.again, act.hotline || ctx.crisisLine, act.cue)
      : paragraphs(
          'I am really sorry you are going through this, and thank you for telling me. Your safety and wellbeing matter far more than any payment, so please do not worry about the account right now.',
          `If you are feeling overwhelmed or thinking about harming yourself, please call or text the crisis line at ${act.hotline || ctx.crisisLine}. Someone there can listen and help. If you are in immediate danger, please reach out to someone near you or to local emergency services.`,
          'I have also asked a colleague to get in touch with you personally.',
        ),

  handoff_queued: (act, ctx) =>
    `${REASON_LEAD[act.reason]} You are in the queue, and a member of our team will join ${wait(act.etaMinutes, ctx)}. They will reply as soon as they join.`,

  handoff_callback_offer: () =>
    paragraphs(
      'Sorry for the wait. Everyone on our team is busy right now. Would you like us to call you back?',
      'Reply "Confirm" for a callback, or leave a message here and a member of our team will reply as soon as they can.',
    ),

  handoff_message_left: () =>
    'Your message has been received and recorded. A member of our team will reply as soon as they can. Thank you for your patience.',

  handoff_accepted: () => 'A member of our team has joined and will take it from here.',

  handoff_returned: (act) =>
    paragraphs(
      `Your conversation with our team has ended. Thank you for your patience.${outcomeNote(act.outcome)}`,
      'The automated assistant will continue from here. To talk with a person again, reply "agent".',
    ),
} satisfies Partial<Wording>;
