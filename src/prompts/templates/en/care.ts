import type { HardshipKind } from '../../../core/act.js';
import { date, money, paragraphs } from '../../format.js';
import { enOffer } from './plans.js';
import type { Wording } from '../../wording.js';

/** English wording for people in difficulty: their news named first, never a payment request. */
const HEARD: Record<HardshipKind, string> = {
  illness: 'I am sorry to hear you are unwell and going through treatment. Please look after yourself first.',
  job_loss:
    'I am sorry to hear about the job loss and what it means for your income. That is a really hard thing to go through.',
  bereavement: 'I am so sorry for your loss. Please take care of yourself.',
  divorce: 'I am sorry to hear you are going through a separation. That is a hard time.',
  disaster: 'I am sorry to hear about what happened. I hope you and the people close to you are safe.',
  caring: 'Caring for someone you love while dealing with this is a lot. Thank you for telling me.',
  imprisonment: 'Thank you for telling me what you are going through at home. That is a hard situation.',
  disability: 'Thank you for telling me about your health. I am sorry things are this hard.',
  other: 'Thank you for telling me what you are going through. That sounds really hard.',
};

export const enCare = {
  hardship_ack: (act) =>
    act.next && act.wait
      ? paragraphs(
          'I understand: you would like to wait until things pick up before you start paying. I cannot put the account on hold until then myself, but within the bank\'s policy there are ways to give you time:\n- a short extension, to give you some breathing room;\n- a hardship plan, with more months and smaller payments;\n- a person to look at your situation with you and see what else can be arranged: reply "agent".',
          'There is no need to decide anything today. Which would you like to hear about?',
        )
      : act.next && act.again
        ? 'No rush. Whenever you are ready, reply "hardship plan" or "extension" and I will tell you more, or reply "agent" and a person will follow up with you.'
        : act.next
          ? paragraphs(
              'There is no need to decide anything about payments today; your situation is noted on your file.',
              'When you are ready, within the bank\'s policy you can:\n- ask for a hardship plan, with more months and smaller payments;\n- ask for a short extension, to give you some breathing room;\n- have a person look at your situation with you: reply "agent".\nJust tell me which one you would like to hear about.',
            )
          : act.again
            ? paragraphs(
                'Thank you for telling me more. It is all noted on your file, and there is no need to decide anything about payments now.',
                'When you are ready, I can look at a hardship plan or a short extension with you, or reply "agent" and a person will follow up with you.',
              )
            : paragraphs(
                HEARD[act.hardship],
                'I have noted your situation on your file so it is taken into account from now on. You do not need to decide anything about payments right now.',
                act.verified
                  ? 'Within the bank\'s policy, you can:\n- ask for a hardship plan, with more months and smaller payments;\n- ask for a short extension, to give you some breathing room;\n- have a person look at your situation with you: reply "agent".\nWhich would you like to hear about? It is fine to come back to this when you are ready.'
                  : 'Once I have confirmed your identity, I can look at a hardship plan or a short extension with you, or a person can follow up. When you are ready, reply with the last four digits of your ID/SSN, or reply "agent" to talk with a person.',
              ),

  listen: (act) =>
    act.broke && act.again
      ? 'Understood. You do not need to decide anything about payments right now. If you like, I can tell you about a hardship plan or a short pause, or reply "agent" and a colleague will look at it with you.'
      : act.broke
        ? paragraphs(
            'Thank you for telling me honestly; having no money right now is really hard. You do not need to decide anything about payments right now.',
            'If something has made things hard, I can look at a hardship plan or a short pause with you. You can also tell me more in your own words, or reply "agent" to talk with a person.',
          )
        : act.fine
          ? paragraphs(
              `Thank you for letting me know, I am glad to hear it. If things ever feel like too much, ${act.hotline ?? '988'} is there at any time, day or night.`,
              'Whenever you are ready we can carry on: you can ask me about your account, look at an arrangement that suits you, or reply "agent" to talk with a person.',
            )
          : act.hotline
            ? paragraphs(
                'Thank you for telling me. It sounds like things may be really hard right now, and I want to make sure you are okay. We do not need to talk about payments today.',
                `If you are feeling overwhelmed or having thoughts of harming yourself, please call or text ${act.hotline} now; someone is there at any time. If you are in danger, call 911.`,
                'I have also asked a colleague to check in with you. Would you like to tell me a little more? If you would rather talk with a person now, reply "agent".',
              )
            : paragraphs(
                'Sorry, I am not sure I understood, and I would rather ask than guess. Take your time and tell me in your own words what is going on.',
                'If something has made things hard right now, I can look at a hardship plan or a short pause with you. You can also ask me about your account, or reply "agent" to talk with a person.',
              ),

  promise_status: (act) =>
    paragraphs(
      `You told us you would pay ${money(act.amountCents, act.currency, 'en')} by ${date(act.dueDate, 'en')} (reference ${act.promiseId}), and that is still on record.`,
      'We will not contact you about collecting this account before that date. If the date has become difficult, tell me and we can look at it together; to talk with a person, reply "agent".',
    ),

  plan_replace_confirm: (act) =>
    paragraphs(
      act.changed
        ? `Your plans changed while we were talking: another conversation has just agreed a plan on your account (reference ${act.current.planId}): ${enOffer(act.current.offer, act.currency)}. I have not recorded the new plan yet.`
        : `You already have a repayment plan with us (reference ${act.current.planId}): ${enOffer(act.current.offer, act.currency)}.`,
      `The plan you have chosen now would replace it: ${enOffer(act.offer, act.currency)}.`,
      'You can only have one plan at a time, so the current plan would be closed and the new one would take its place. Reply "confirm" to replace it, or "no thanks" to keep your current plan.',
    ),

  crisis_followup: (act, ctx) =>
    act.verified
      ? paragraphs(
          'Thank you, that is confirmed. There is nothing you need to do about your account now, and we will not talk about payments in this conversation.',
          `What matters is that you are safe. If you are thinking about hurting yourself, please call or text ${act.hotline || ctx.crisisLine} now, or reach out to someone you trust. If you are in danger, call 911.`,
          'A colleague will contact you soon. I am here if you want to keep talking.',
        )
      : act.again
        ? paragraphs(
            'I am still here with you.',
            `If things feel like too much right now, please call or text ${act.hotline || ctx.crisisLine}, or ask someone near you to stay with you. If you are in danger, call 911.`,
            'A colleague will be in touch soon. You can write to me whenever you want.',
          )
        : paragraphs(
            'Thank you for still talking with me. Your safety matters more than anything else. The payment can wait; we will not talk about payments in this conversation.',
            `If you are thinking about hurting yourself, please call or text ${act.hotline || ctx.crisisLine} now, or reach out to someone you trust. If you are in danger, call 911.`,
            'A colleague will contact you soon. You are welcome to keep telling me how you are doing.',
          ),

  verify_bank: (_act, ctx) =>
    paragraphs(
      'You are right to check. To make sure this message really comes from the bank, do not use any number or link in this message. Instead:',
      `- call the number on the back of your card; or\n- sign in to the official ${ctx.bankName} app or website.`,
      'We never ask anyone to send money to a personal account, to pay with gift cards, or to pay today to avoid arrest. If someone has asked you to, please do not pay them: report it to the Federal Trade Commission or your local police, and tell us by calling the number on the back of your card.',
      'We will never ask for your password, your PIN or a text-message code. Once you have checked, you are welcome to continue here.',
    ),

  plan_status: (act) =>
    paragraphs(
      `You already have a repayment plan with us (reference ${act.planId}): ${enOffer(act.offer, act.currency)}.`,
      act.next &&
        `Your next payment is ${money(act.next.amountCents, act.currency, 'en')}, due by ${date(act.next.dueDate, 'en')}.`,
      'While you keep to the plan, we will not contact you about collecting this account. If you would like to change the plan, tell me; to talk with a person, reply "agent".',
    ),
} satisfies Partial<Wording>;
