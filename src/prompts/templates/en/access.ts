import { DISCLOSURES, debtCollectionNotice } from '../../disclosures.js';
import { countWords, durationWords } from '../../numberWords.js';
import type { Act } from '../../../core/act.js';
import { date, money, paragraphs, reminderTone } from '../../format.js';
import type { Wording, WordingContext } from '../../wording.js';
import { PAID_VIA_WORDS } from '../paidVia.js';
import { hoursEn } from './answers.js';

/**
 * English wording read before verification (or by anyone): no amount, no days past due, no card
 * digits, and for strangers not even that an account exists. Counts are spelled out in words.
 */
const D = DISCLOSURES.en;
type PaymentClaimed = Extract<Act, { kind: 'payment_claimed' }>;
const HUMAN = 'To talk with a person, reply "agent".';

function hello(ctx: WordingContext): string {
  return `Hello, this is the credit card team at ${ctx.bankName}.`;
}

/** "I have noted your payment of $500.00 on November 15, 2026 through Zelle." (only "your payment" when nothing was said). */
function claimedEn(claimed: PaymentClaimed['claimed']): string {
  const amount =
    claimed?.amountCents !== undefined ? ` of ${money(claimed.amountCents, claimed.currency, 'en')}` : '';
  const on = claimed?.paidOn !== undefined ? ` on ${date(claimed.paidOn, 'en')}` : '';
  const via = claimed?.via !== undefined ? ` ${PAID_VIA_WORDS[claimed.via].en}` : '';
  return ` I have noted your payment${amount}${on}${via}, and a colleague will check that it has been applied.`;
}

function call(ctx: WordingContext): string {
  return `call ${ctx.bankName} at ${ctx.serviceNumber}`;
}

/**
 * A relative who claims a right to be told (an authorized user, a power of attorney) or whose holder
 * cannot act (in hospital): still nothing shared, and how a representative with documents can call (conv17).
 */
function standingEn(standing: 'authority' | 'unwell', bankName: string, line: string): string {
  return paragraphs(
    standing === 'unwell'
      ? "Thank you for letting us know, and I hope they feel better soon. To protect the cardholder's privacy, we can only discuss the account with the cardholder, so I am unable to share anything here."
      : "Thank you for letting us know. To protect the cardholder's privacy, we can only discuss the account with the cardholder, so I am unable to share anything here, even with an authorized user.",
    `If the cardholder cannot handle this themselves right now, someone holding a power of attorney or guardianship can call ${bankName} to ask which documents we need and how it works: ${line}.`,
  );
}

/**
 * A relative sends ID digits for the holder (conv18): not checked here, and nothing says whether
 * they match; the holder is asked to get in touch themselves. `alt`: sent again, other words.
 */
function thirdPartyDigitsEn(alt: boolean, bankName: string, line: string): string {
  return alt
    ? `Thank you. Even with those details, the account can only be discussed with the cardholder, so I cannot share anything here. If they would like to talk with us, they can call ${bankName} on ${line}.`
    : paragraphs(
        "Thank you. As you are writing on the cardholder's behalf, I cannot use ID details to open the account here, even if they are correct: to protect their privacy, we can only discuss it with the cardholder themselves.",
        `If the cardholder would like to talk with us, they can write to us from their own phone or call ${bankName} directly on ${line}.`,
      );
}

/** Said before in this conversation: briefly, never the same words twice. */
function thirdPartyAgainEn(
  about: 'relative' | 'not_this_number' | 'deceased' | undefined,
  line: string,
  alt: boolean,
): string {
  if (alt && (about === 'relative' || about === undefined)) {
    return `I understand this is frustrating. I am still not able to discuss the account with anyone other than the cardholder. The quickest way is for them to contact us directly on ${line}.`;
  }
  if (alt && about === 'not_this_number') return 'Noted. You will not hear from us about this in this chat.';
  switch (about) {
    case 'deceased':
      return `Please take all the time you need. A colleague will be in touch about what is needed, and you can also call us on ${line}.`;
    case 'not_this_number':
      return 'Understood, and sorry again for the trouble. This chat will not receive messages about it from us.';
    case 'relative':
    case undefined:
      return `As I mentioned, we can only discuss matters with the person they concern, so I am unable to share anything here. They are welcome to call us themselves on ${line}.`;
  }
}

export const enAccess = {
  opening: (act, ctx) =>
    paragraphs(
      `${hello(ctx)} ${D.automated} We are contacting you about the repayment of your credit card account.`,
      debtCollectionNotice(ctx.locale, act.jurisdiction),
      `To protect your privacy, we will not share any account details until we have confirmed your identity. ${D.recording}`,
      D.stopContact,
    ),

  ask_verification: (act) =>
    paragraphs(
      act.again
        ? `Before we go on, I need to confirm who I am speaking with: please reply with just the last four digits of your ID/SSN. ${HUMAN}`
        : 'To confirm that I am speaking with the account holder, please reply with the last four digits of your ID/SSN. Please do not send your full ID or Social Security number; we will never ask for a password, PIN or text-message code.',
      act.attemptsLeft === 1 && 'Please note: this is your last attempt.',
    ),

  verification_failed: (act, ctx) => {
    const n = act.attemptsLeft;
    return paragraphs(
      'Sorry, that does not match our records. Please check and reply again with the last four digits of your ID/SSN.',
      n > 0
        ? `You have ${countWords(n, ctx.locale)} ${n === 1 ? 'attempt' : 'attempts'} left. ${HUMAN}`
        : HUMAN,
    );
  },

  verification_locked: (act, ctx) =>
    paragraphs(
      `For your security, identity verification is locked for ${durationWords(act.minutes, ctx.locale)} after several unsuccessful attempts. Please try again later.`,
      `If you need help, reply "agent" and a member of our team will assist you, or ${call(ctx)}.`,
    ),

  third_party: (act, ctx) => {
    const line = `${ctx.serviceNumber}${act.hours ? `, open ${hoursEn(act.hours)}` : ''}`;
    if (act.digits) return thirdPartyDigitsEn(act.alt === true, ctx.bankName, line);
    if (act.workplace && act.alt)
      return `Again, we never tell anyone at a workplace about a person's affairs. As you are not the account holder, only they can change how we contact them; they can ask us themselves, here or on ${line}.`;
    if (act.workplace)
      return paragraphs(
        "I understand. As you are not the account holder, we cannot change their contact preferences on their behalf, and nothing has been recorded from this chat. To reassure you: we never tell anyone at a workplace, or anyone else, about a person's affairs; we speak only with the person concerned.",
        `If they would rather not be called at work, they can ask us themselves, here or by calling ${ctx.bankName} on ${line}.`,
      );
    if (act.others && act.alt)
      return `To reassure you again: we will not contact your workplace, and no one else will be told anything by us. We deal only with the person themselves, who can call us on ${line}.`;
    if (act.others)
      return paragraphs(
        "No. We will not contact your workplace about this, and we never tell employers, colleagues, family or anyone else about a person's affairs: we speak only with the person concerned. There is nothing you need to do or pass on.",
        `If they would like to reach us themselves, they can call ${ctx.bankName} on ${line}.`,
      );
    if (act.again) return thirdPartyAgainEn(act.about, line, act.alt === true);
    switch (act.about) {
      case 'deceased':
        return paragraphs(
          'I am so sorry for your loss, and thank you for letting us know. There is nothing you need to do here today.',
          `A colleague will get in touch to help with what is needed, gently and in your own time; we cannot go into any account details in this chat. If you would rather call us, our number is ${line}.`,
        );
      case 'not_this_number':
        return paragraphs(
          'Sorry to have troubled you, and thank you for telling us. We will no longer send messages about this to this chat, and we are unable to share anything about the person we were trying to reach.',
          `If you ever need us for yourself, you can call ${ctx.bankName} on ${line}.`,
        );
      case 'relative':
      case undefined:
        if (act.standing) return standingEn(act.standing, ctx.bankName, line);
        return paragraphs(
          'Thank you for letting us know. We can only discuss matters directly with the person they concern, so we are unable to share any information with you, and there is no need to pass anything on.',
          `If they would like to reach us themselves, they can call ${ctx.bankName} on ${line}. Sorry to have troubled you.`,
        );
    }
  },

  unknown_person: (act, ctx) => {
    switch (act.form) {
      case 'digits':
        return paragraphs(
          'Thank you, but ID digits cannot be checked in this chat: we cannot confirm who you are from here, so we cannot share any information.',
          `Please ${call(ctx)}; a colleague there can confirm who you are and, if your phone number has changed, update it.`,
        );
      case 'details':
        return paragraphs(
          'I am sorry, I cannot share any information in this chat, because we cannot confirm who you are from here. This protects everyone who banks with us, you included.',
          `The quickest way to get help is to ${call(ctx)}.`,
        );
      case 'again':
        return `I am still unable to help with that in this chat. A colleague can help if you ${call(ctx)}. ${D.stopContact}`;
      case 'first':
      case undefined:
        return paragraphs(
          `Hello, this is ${ctx.bankName}. ${D.automated} We are unable to confirm who you are from this chat, so we cannot share any information here.`,
          `If you need help with our services, please ${call(ctx)}. This conversation is recorded. ${D.stopContact}`,
        );
    }
  },

  private_only: (_act, ctx) =>
    paragraphs(
      `Hello, this is the automated assistant of ${ctx.bankName}. To protect your privacy, we do not discuss personal matters in a group chat.`,
      `Please message us in a one-to-one chat, or ${call(ctx)}. Thank you for understanding.`,
    ),

  reminder: (act, ctx) =>
    paragraphs(
      `${hello(ctx)} ${D.automated} ${
        {
          upcoming: 'This is a friendly reminder about the repayment of your credit card account.',
          follow_up: 'We would like to talk with you about the repayment of your credit card account.',
          missed:
            'We wanted to check in about the repayment arrangement on your credit card account. If something has come up, we would like to hear about it, and we can work out a new arrangement that suits you better.',
        }[reminderTone(act.reminderKind)]
      }`,
      debtCollectionNotice(ctx.locale, act.jurisdiction),
      `To protect your privacy, we will share details only after confirming your identity. Simply reply to this message to continue. ${D.recording}`,
      D.stopContact,
    ),

  bot_identity: () =>
    paragraphs(
      `To be clear: ${D.automated}`,
      'If you would like to talk with a person, reply "agent" at any time.',
    ),

  cease_contact_confirmed: (_act, ctx) =>
    paragraphs(
      'Understood. We have recorded your request and will not contact you with these messages again.',
      `If you ever need help, you can message us here or ${call(ctx)}.`,
    ),

  clarify: (act) =>
    act.menu
      ? paragraphs(
          'Sorry, I may not have understood. You can reply with one of these:',
          '- "balance": your account\n- "what happens": what being overdue means\n- "options": ways to pay\n- "agent": talk with a person',
        )
      : act.verified
        ? paragraphs(
            'Sorry, I did not quite understand. You can ask me about your account, what happens if a payment is late, or your repayment options, or tell me how much you could pay each month.',
            HUMAN,
          )
        : paragraphs('Sorry, I did not quite understand. Could you say that another way?', HUMAN),

  goodbye: (act, ctx) =>
    act.again
      ? 'Take care, and thank you.'
      : act.later
        ? paragraphs(
            'Of course, take your time. Nothing has been decided today, and no payment arrangement has been set up.',
            `Whenever you are ready, message us here or ${call(ctx)}, and we will pick up where we left off.`,
          )
        : `Thank you for your time. If you need anything, you can message us here or ${call(ctx)}. Take care.`,

  payment_claimed: (act, ctx) =>
    act.beforeVerified
      ? 'Thank you for letting us know about your payment. To protect your privacy, I cannot look at the account until you have confirmed your identity. Once you have, I will record your payment so it can be checked, and we will not ask you for a payment while it is being checked.'
      : paragraphs(
          `Thank you for letting us know.${claimedEn(act.claimed)}`,
          'I cannot confirm from here whether it has reached your account yet: payments usually take one to three business days to post. While we check, collection on this account is paused; we will tell you what we find, and once your payment has posted, the reminders stop.',
          `If you would like it checked sooner, reply "agent" or ${call(ctx)}; it helps to keep your payment receipt to hand.`,
        ),
} satisfies Partial<Wording>;
