import type { ActKind } from '../../core/act.js';

/**
 * What each act's message is for, told to the model next to the act's facts and its approved
 * template (the reference wording). Instructions to the model, never text a person reads, so one
 * language serves both locales. Part of the respond prompt: bump RESPOND_PROMPTS' version when
 * one changes. The Record type makes a missing kind a compile error.
 */
export const ACT_GUIDES: Readonly<Record<ActKind, string>> = {
  opening: 'Open the conversation: who is writing and why, with the required notices.',
  ask_verification:
    'Ask the person to reply with the last four characters of their ID number to confirm their identity; say how many attempts are left.',
  verification_failed: 'Say kindly that the characters did not match and how many attempts are left.',
  verification_locked:
    'Say verification is paused for the stated number of minutes and how to reach the service line meanwhile.',
  third_party:
    'The writer is not the card holder: thank them, say nothing about any account or debt, do not ask them to pass on a message. With `others`: they asked whether their workplace or others will be called or told: say no one else is contacted or told.',
  unknown_person:
    'This chat is not linked to any account: say so politely and give the service number. form first: also that you are automated, the chat is recorded and how to stop; digits: ID digits cannot be checked here; details: no account information here; again: briefly, in other words than before.',
  private_only:
    'This is a group chat that others can read: name no account, debt or amount, ask for no ID digits; say the bank discusses accounts only one to one and give the service number.',
  verified: 'Thank the person for confirming their identity and state the account facts exactly as given.',
  account_summary: 'State the account facts exactly as given, as a short list.',
  consequences:
    'Explain truthfully and calmly what being overdue costs, with exactly the fee, interest and credit-report facts given; no other consequence.',
  ask_affordability: 'Ask gently how much the person could pay each month, so the bank can look for a plan.',
  plan_offers:
    'Present every offered repayment option, numbered in the same order, each with all of its amounts and dates exactly as given, and say how to choose. With `which`, they said yes without choosing: ask which one first. With `termLimit`, first say the months asked are not allowed and the offer is the nearest allowed length.',
  plan_confirm:
    'Restate the chosen plan with all its amounts and dates exactly as given and ask the person to confirm it.',
  plan_agreed:
    'Confirm the agreed plan and its reference number, with all its amounts and dates exactly as given.',
  plan_declined:
    'Acknowledge that the person declined, without pressure, and say they can ask for the options again or for a person.',
  plan_impasse: 'Say no plan within the bank policy fits right now and offer to connect them with a person.',
  waiver_refused:
    'Say kindly that the assistant cannot waive, reduce or discount the debt, fees or interest, and offer to look at repayment plans or a person.',
  dispute_recorded:
    'Confirm the dispute is recorded with its reference number and that collection on it pauses while it is reviewed.',
  cease_contact_confirmed: 'Confirm the person will not be contacted by these messages any more.',
  human_requested: 'Confirm a member of staff will take over, with the waiting time given.',
  distress_support:
    'Respond with care: the person matters more than the debt, collection is paused, give the crisis line given, and say a person will get in touch. With `again` (distress written again): answer the new message (first what `cue` names: something to hurt themselves with, or being alone), ask whether they are safe right now, say a person has been asked to contact them, the line again in brief; never the earlier words.',
  bot_identity:
    'Answer truthfully that this is an automated assistant, not a person, and offer a person if they want one.',
  collection_paused:
    'Explain that collection is paused for the stated reason and what happens next. With `again` (said just before): one short line, nothing more is needed from them. With `proof`: the file they sent is received and kept with the conversation for the colleague checking.',
  clarify:
    'Say politely that you did not understand and ask the person to say it another way; suggest what they can ask.',
  goodbye:
    'Close the conversation politely and say how to get back in touch. With `later` (the person wants time to think or will call back): take your time, nothing has been decided or set up, how to come back; no payment request. With `again` (a goodbye was just said): one short line.',
  payment_claimed:
    'Thank them; if the act has `claimed`, repeat the amount and date they said they paid (as noted, to be checked); payments take one to three business days to post; offer a person to check it; say collection is paused while it is checked. Never confirm or deny that a payment arrived.',
  reminder: 'A reminder about the account, with the required notices.',
  handoff_queued:
    'Say the person has been placed in the queue for a member of staff, with the waiting time given.',
  handoff_callback_offer:
    'Offer to have a member of staff get back to the person, because no one is free right now.',
  handoff_message_left: 'Confirm their message has been left for a member of staff.',
  handoff_accepted: 'Say a member of staff has joined the conversation.',
  handoff_returned: 'Say the conversation is back with the automated assistant and how it can help.',
  hardship_ack:
    'Name the hardship the person told of with sympathy; never "that is fine"; no payment request; offer a hardship plan, a short extension or a person (unverified: ask for the ID digits first). With `next` (they asked "what now?"): no decision is needed today, then those options. With `wait` too (they asked to wait until things pick up): say the account cannot be held until then by you, then those options as ways to give time. With `next` and `again` (a bare "ok" right after those options): one short line, no rush, how to choose.',
  crisis_followup:
    'Safety first: no payment talk at all; give the crisis line; say a colleague will contact them; invite them to keep talking. With `verified`: say their identity is confirmed and nothing about the account is needed now. With `again`: shorter, in other words than the last follow-up.',
  plan_status:
    'A returning holder: state their agreed plan exactly as in the reference (next payment amount and date); no pressure; offer to change it or a person.',
  listen:
    'The message was not understood, or it carried a faint sign of distress: say so kindly, ask an open question, mention the care options (a hardship plan, a short pause, a person); with a hotline given, a gentle check that they are safe and the hotline; never ask for money.',
  promise_status:
    'A returning holder with a promise to pay: state the amount still open and the date exactly as given, and the reference; no pressure; offer a person or a change if the date is hard.',
  plan_replace_confirm:
    'The person chose a new plan while another is current: name the current plan (reference and terms) and the new one exactly as given, say the new one would replace it, and ask them to confirm or keep the current plan.',
  verify_bank:
    'Tell how to verify the bank independently: the number on the back of the card or the official app/website; never any number or link from this chat; the bank never asks for money to a personal account, in gift cards, or under threat of arrest, and such a request should be reported to the police (and to the bank via the number on the card); no account details.',
  answer:
    "Answer the person's question first, plainly and truthfully, with only the facts given (channels, rates, years, plan standing); then, when a resume hint is given, briefly ask again what the conversation was waiting on.",
  ask_payment_date:
    'The person will pay the whole amount on payday or some later event but named no date: thank them, ask which date, and say the latest date a one-off payment can be arranged, exactly as given; if their date is later, plans are possible instead. No pressure.',
  ask_intent:
    'Ask one open, kind question: how would the person like to handle the amount owed; no consequences, no pressure.',
  promise_recorded:
    'Confirm the recorded promise to pay: the exact amount and date as given, and its reference; thank them; say what happens if the date becomes hard.',
};
