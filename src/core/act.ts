import type { Cents, Currency } from './money.js';
import type { IsoDate } from './dates.js';
import type { Jurisdiction } from './jurisdiction.js';

/**
 * What the bot decided to say, with its facts. Dialogs decide acts; `prompts/` words them
 * (template offline, or the model); guardrails check the words against the act's facts.
 * An act never carries wording.
 */
export interface AccountFacts {
  accountId: string;
  holderName: string;
  cardLast4: string;
  currency: Currency;
  balanceCents: Cents;
  minimumDueCents: Cents;
  daysPastDue: number;
  dueDate: IsoDate;
}

/** How an unknown chat's later messages are answered (conv15). */
export type UnknownPersonForm = 'first' | 'digits' | 'details' | 'again';

export type PlanKind = 'full' | 'minimum' | 'installments' | 'extension' | 'hardship';

export interface Installment {
  seq: number;
  dueDate: IsoDate;
  amountCents: Cents;
}

/** A repayment plan the policy computed. The instalments add up to totalCents = principal + fee. */
export interface PlanOffer {
  id: string;
  kind: PlanKind;
  months: number;
  principalCents: Cents;
  feeCents: Cents;
  totalCents: Cents;
  /** The regular instalment (the largest one; the first may differ by the rounding remainder). */
  installmentCents: Cents;
  schedule: Installment[];
}

/** Hardship a person told us about (issue 14); 'other' when a model saw hardship without a kind. */
export type HardshipKind =
  | 'illness'
  | 'job_loss'
  | 'bereavement'
  | 'divorce'
  | 'disaster'
  | 'caring'
  | 'imprisonment'
  | 'disability'
  | 'other';

/**
 * What a second message of distress named (conv19): something at hand to hurt themselves with or a
 * plan made ('means'), or being on their own ('alone').
 */
export type CrisisCue = 'means' | 'alone';

/** What a dispute is about (issue 14); recorded with the person's words (migration 011). */
export type DisputeKind =
  | 'identity_theft'
  | 'not_mine'
  | 'wrong_amount'
  | 'transaction'
  | 'payment_claim'
  | 'validation_request'
  | 'general';

// ── issue 14 (understand8): how a person says they paid, from a closed list, named back by the templates ──
export type PaidVia =
  | 'ccb'
  | 'icbc'
  | 'abc'
  | 'boc'
  | 'bocom'
  | 'cmb'
  | 'psbc'
  | 'alipay'
  | 'wechat'
  | 'unionpay'
  | 'our_app'
  | 'online_banking'
  | 'branch'
  | 'zelle'
  | 'paypal'
  | 'venmo'
  | 'cash_app'
  | 'check'
  | 'money_order'
  | 'autopay'
  | 'credit_union'
  | 'other_bank'
  | 'bank_transfer';

export type ReminderKind = string; // 'due-3', 'due', 'due+7', 'instalment-2', 'missed-1'

/** One way to pay the bank (PAYMENT_CHANNELS): a name and instructions per locale, an optional account. */
export interface PaymentChannel {
  name: { 'zh-CN': string; en: string };
  instructions: { 'zh-CN': string; en: string };
  /** A transfer account or payee reference the bank publishes, stated as given. */
  account?: string;
}

/** Where the agreed plan stands (from payments/standing.ts `planStanding`), as an act carries it. */
export interface StandingFacts {
  currency: Currency;
  balanceCents: Cents;
  daysPastDue: number;
  plan:
    | {
        planId: string;
        status: string;
        lastPaidSeq: number | undefined;
        overdue: { seq: number; dueDate: IsoDate; amountCents: Cents; paidCents: Cents; openCents: Cents }[];
        next:
          | { seq: number; dueDate: IsoDate; amountCents: Cents; paidCents: Cents; openCents: Cents }
          | undefined;
        daysToNext: number | undefined;
      }
    | undefined;
  promise: { amountCents: Cents; paidCents: Cents; dueDate: IsoDate; status: string } | undefined;
}

/**
 * A question answered (issue 15): what the answer may state. General answers need no verification;
 * `fees` amounts, `owed` and `my_plan` are only ever built for a verified holder.
 */
/** When the bank's service line answers (issue 15): every day in a window of its local time, or always. */
export type ServiceHours =
  { kind: 'always' } | { kind: 'window'; start: string; end: string; timeZone: string };

export type Answer =
  /** `brief` (issue 14, understand8): "keep it short" / "长话短说": the first channel and the warning, nothing else. */
  | { topic: 'how_to_pay'; channels: PaymentChannel[]; brief?: boolean }
  /** The service line, with its opening hours from configuration (SERVICE_HOURS, else AGENT_HOURS). */
  | { topic: 'hotline'; hours?: ServiceHours }
  | {
      topic: 'fees';
      dailyRateBp: number;
      lateFeeBp: number;
      installmentFeeBp: number;
      /** Verified only: this account's figures. */
      amounts?: { currency: Currency; lateFeeCents: Cents; monthlyInterestCents: Cents };
    }
  | { topic: 'credit_record'; years: number }
  /** `remembered` (conv15): a returning holder's workplace restriction, told as where things stand. */
  | { topic: 'third_parties'; workplaceCallsStopped?: boolean; remembered?: boolean }
  | { topic: 'legal' }
  | { topic: 'missed_instalment'; lateFeeBp: number; years: number }
  | { topic: 'my_plan'; standing: StandingFacts }
  | { topic: 'owed'; account: AccountFacts; dailyRateBp: number };

export type AnswerTopic = Answer['topic'];

/** After an answer, the question the conversation was waiting on, asked again briefly. */
export type ResumeHint = 'ask_intent' | 'choose_offer' | 'confirm_plan' | 'ask_affordability';

export type HandoffReason =
  | 'requested'
  | 'dispute'
  | 'distress'
  | 'verification_failed'
  | 'impasse'
  | 'guardrail_fallbacks'
  /** Someone told us the holder has died (issue 15): a person follows up, gently. */
  | 'bereavement'
  /** Words close to distress, below the crisis bar, got a check-in (issue 14): a person looks in. */
  | 'concern';

export type Act =
  /**
   * First message: who is writing and why, recording notice, how to stop; for a `US` account the
   * debt-collection notice too, in the reply's language (issue 20: the account's jurisdiction, not the language).
   */
  | { kind: 'opening'; jurisdiction: Jurisdiction }
  /** `again`: asked once already and not answered; worded differently, never twice the same. */
  | { kind: 'ask_verification'; attemptsLeft: number; again?: boolean }
  | { kind: 'verification_failed'; attemptsLeft: number }
  | { kind: 'verification_locked'; minutes: number }
  /**
   * The person is not the holder: learns nothing, is asked to pass nothing on. `about`: writing for
   * the holder (default), not this number (wrong number, new owner: this address is no longer
   * contacted), or the holder has died (a person follows up). `again`: said before, briefly.
   * `hours`: the service line's hours, for the holder to call back. `standing`: a relative who
   * claims a right to be told (an authorised user, a power of attorney) or whose holder cannot act
   * (in hospital): still told nothing, and told how a representative with documents can call.
   */
  | {
      kind: 'third_party';
      about?: 'relative' | 'not_this_number' | 'deceased';
      again?: boolean;
      hours?: ServiceHours;
      standing?: 'authority' | 'unwell';
      /** conv18: the person sent ID digits for the holder: still nothing, whether they match or not. */
      digits?: boolean;
      /** conv15: they asked whether their workplace or others will be called or told: answered (no one is). */
      others?: boolean;
      /**
       * conv15b: they asked that the holder's workplace not be called: a third party cannot change the
       * holder's contact preferences (nothing recorded); no one at a workplace is told; the holder can ask.
       */
      workplace?: boolean;
      /** conv18: the same form as the reply before: other words, never the same reply twice in a row. */
      alt?: boolean;
    }
  /**
   * A channel user bound to no account. `form` (conv15): the first reply carries the disclosure;
   * later ones answer what was sent (ID digits cannot be checked here; no account detail here) and
   * never repeat the reply before.
   */
  | { kind: 'unknown_person'; form?: UnknownPersonForm }
  /**
   * A group conversation (several people read it): no account is discussed, no debt named, no
   * verification asked; the person is pointed to a one-to-one chat or the service line.
   */
  | { kind: 'private_only' }
  | { kind: 'verified'; account: AccountFacts }
  | { kind: 'account_summary'; account: AccountFacts }
  | {
      kind: 'consequences';
      /** Said before: the short form, never the same words twice. */
      brief?: boolean;
      currency: Currency;
      lateFeeCents: Cents;
      monthlyInterestCents: Cents;
      /** Daily interest rate in basis points of a percent, e.g. 5 = 0.05 % a day. */
      dailyRateBp: number;
      creditReportYears: number;
    }
  | { kind: 'ask_affordability' }
  | {
      kind: 'plan_offers';
      currency: Currency;
      offers: PlanOffer[];
      /** What the person said they can afford a month, when they said it. */
      affordableCents?: Cents;
      /** Whether any offer fits within affordableCents. */
      fits: boolean;
      /** "OK" to several offers: asked which one, the same offers listed again (issue 14). */
      which?: boolean;
      /** A one-off date the person asked for that is past the policy's horizon, and the latest allowed. */
      tooFar?: { askedDate: IsoDate; latestDate: IsoDate };
      /** conv18: asked how the options differ: the same offers, compared. */
      compare?: boolean;
      /** conv18: an option number asked that is not on the table ("ok 2" to one offer). */
      missing?: number;
      /**
       * conv19: a number of months asked that the policy does not allow ("is 36 months possible?"),
       * and the nearest length it does (the longest, or the shortest), which the offers hold.
       */
      termLimit?: { askedMonths: number; limitMonths: number };
    }
  | { kind: 'plan_confirm'; currency: Currency; offer: PlanOffer }
  /** `replaces`: the plan this one superseded, with the person's confirmation. */
  | { kind: 'plan_agreed'; currency: Currency; offer: PlanOffer; planId: string; replaces?: string }
  | { kind: 'plan_declined' }
  | { kind: 'plan_impasse' }
  /** Asked for a waiver, discount or settlement the policy does not allow. */
  | { kind: 'waiver_refused' }
  | { kind: 'dispute_recorded'; disputeId: string; disputeKind?: DisputeKind }
  | { kind: 'cease_contact_confirmed' }
  /**
   * `again`: asked before in this conversation (1, 2, 1, … alternating, so no two replies are the
   * same); says the request is already queued, and is not queued anew.
   */
  | { kind: 'human_requested'; etaMinutes: number; again?: 1 | 2 }
  /**
   * `again`: words of distress written again after the crisis reply (1, 2, 1, … alternating, so no two
   * replies are the same; conv19): the new message answered, whether they are safe now, the person
   * asked to contact them, the line again in brief. `cue`: what the new message named (something to
   * hurt themselves with, or being alone), answered first.
   */
  | { kind: 'distress_support'; hotline: string; again?: 1 | 2; cue?: CrisisCue }
  /** "Are you a person?" — always the truth. */
  | { kind: 'bot_identity' }
  /** `payment_claim` (issue 14, understand8): the open case is a payment the person says they made. */
  /** `again`: said just before (a bare "ok" after it); one short line (conv15). */
  | {
      kind: 'collection_paused';
      reason: 'dispute' | 'cease_contact' | 'plan_active' | 'payment_claim';
      again?: boolean;
      /** conv15: a file (a screenshot, a receipt) sent while a case is open: received, kept for the check. */
      proof?: boolean;
    }
  /** `menu`: the second fallback in a row, a short menu and a person instead of the same words. */
  | { kind: 'clarify'; verified: boolean; menu?: boolean }
  /** `later` (issue 14, understand8): "let me think", "I'll call back": take your time, nothing is decided, how to come back. */
  /** `again`: a goodbye said just before ("thanks", "bye" after it); one short line (conv15). */
  | { kind: 'goodbye'; later?: boolean; again?: boolean }
  /**
   * "I already paid": thanks, payments take time to post, a person can check. `claimed` repeats
   * what the person said they paid and when (issue 14), when they said it.
   */
  | {
      kind: 'payment_claimed';
      claimed?: { currency: Currency; amountCents?: Cents; paidOn?: IsoDate; via?: PaidVia };
      /** conv18: said before verification: recorded once the person has verified (nothing about the account yet). */
      beforeVerified?: boolean;
    }
  /** Carries the opening's notices, so the account's jurisdiction as well. */
  | { kind: 'reminder'; reminderKind: ReminderKind; jurisdiction: Jurisdiction }
  | { kind: 'handoff_queued'; reason: HandoffReason; etaMinutes: number }
  | { kind: 'handoff_callback_offer' }
  | { kind: 'handoff_message_left' }
  | { kind: 'handoff_accepted' }
  | { kind: 'handoff_returned'; outcome: string }
  // ── care (issue 14) ──
  /**
   * Bad news named back; no payment request; the options policy allows (unverified: how to get
   * them). `again`: the same kind told once more in this conversation, acknowledged briefly.
   */
  /** `next`: after the acknowledgement, "what now?" — the options policy allows, still no payment request. */
  | {
      kind: 'hardship_ack';
      hardship: HardshipKind;
      verified: boolean;
      again?: boolean;
      next?: boolean;
      /**
       * With `next`: the person asked to wait until things pick up (conv15). `next` with `again`:
       * the options were just given; one short line.
       */
      wait?: boolean;
    }
  /**
   * A message the bot did not understand, or one with a faint sign of distress (`hotline` then
   * set): an open question and the care options, never a payment request. `fine`: after a
   * check-in the person said they are fine; glad to hear it, the line stays there, carry on.
   * `broke` (understand8): "我没钱" / "I have no money": heard, no consequences and no amount asked
   * (`again`: said once more, a short acknowledgement and the way to a person).
   */
  | { kind: 'listen'; hotline?: string; fine?: boolean; broke?: boolean; again?: boolean }
  /** A returning holder with a promise to pay in full: the amount still open and the date. */
  | { kind: 'promise_status'; currency: Currency; amountCents: Cents; dueDate: IsoDate; promiseId: string }
  /**
   * A new plan chosen while another is current: which plan it would replace, and a request to
   * confirm (the old plan is superseded only on "yes").
   */
  | {
      kind: 'plan_replace_confirm';
      currency: Currency;
      current: { planId: string; offer: PlanOffer };
      offer: PlanOffer;
      /** The current plan changed while the person was confirming (another conversation): asked again. */
      changed?: boolean;
    }
  /**
   * After a crisis reply, every later message: safety first, no payment talk in this conversation.
   * `verified`: the person just gave the right ID digits (confirmed; still nothing about the
   * account). `again`: the follow-up came just before; said shorter, in other words (conv15).
   */
  | { kind: 'crisis_followup'; hotline: string; verified?: boolean; again?: boolean }
  /** "Is this a scam? How do I know you are the bank?": how to check independently. */
  | { kind: 'verify_bank' }
  /** A returning holder with an agreed plan: where it stands (the next instalment, when due). */
  | { kind: 'plan_status'; currency: Currency; planId: string; offer: PlanOffer; next?: Installment }
  // ── questions and listening first (issue 15) ──
  /**
   * A question answered first; `then` re-asks, briefly, what the conversation was waiting on.
   * `again`: the same question answered just before (other words, and the way to a person).
   */
  | { kind: 'answer'; answer: Answer; verified: boolean; then?: ResumeHint; again?: boolean }
  /** After verification: an open question, "how would you like to handle it?". */
  | { kind: 'ask_intent' }
  /**
   * "I'll pay it all on payday" with no date: which date, and the latest a one-off payment can be
   * arranged (the promise is recorded only once a date is named and confirmed).
   */
  | { kind: 'ask_payment_date'; currency: Currency; amountCents: Cents; latestDate: IsoDate }
  /** A promise to pay in full by a date, recorded. */
  | { kind: 'promise_recorded'; currency: Currency; amountCents: Cents; dueDate: IsoDate; promiseId: string };

export type ActKind = Act['kind'];

/** Narrows an Act by kind: ActOf<'plan_offers'>. */
export type ActOf<K extends ActKind> = Extract<Act, { kind: K }>;
