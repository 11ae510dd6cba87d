import type { HardshipKind, PlanOffer } from '../core/act.js';
import type { Locale } from '../core/locale.js';
import { maskPii } from '../core/pii.js';
import type { Negotiation } from '../policy/index.js';

/**
 * What the bot knows about one conversation, kept in botbuilder ConversationState (SQLite).
 * Verification lives here, not in the model: the send path reads `verified` for every reply.
 */
export interface CaseState {
  accountId?: string;
  locale: Locale;
  opened: boolean;
  verified: boolean;
  failures: number;
  /** ISO instant until which verification is locked after too many failures. */
  lockedUntil?: string;
  /** The person said they are not the holder. */
  thirdParty: boolean;
  summaryShown: boolean;
  negotiation: NegotiationState;
  /** Reasons already escalated in this conversation (each is recorded once). */
  escalated: string[];
  /** Consecutive replies that fell back to a template or the safe message. */
  guardFallbacks: number;
  /** The person wrote words of distress: no payment talk for the rest of this conversation. */
  crisis?: boolean;
  /** Messages of distress after the first crisis reply (conv19): their replies alternate, never repeated. */
  crisisRepeats?: number;
  /** The fallback the last reply was ('ask_affordability' or 'clarify'), so it is never sent twice in a row. */
  lastFallback?: string;
  /** How many times the person asked for a human in this conversation (the repeat is worded apart). */
  humanAsks?: number;
  /** A check-in flagged this conversation before verification: the flag moves to the account when the person verifies. */
  concernBeforeVerified?: boolean;
  /** Hardship already acknowledged in this conversation (each kind once). */
  hardships?: HardshipKind[];
  /** The session verification was given in; another session must verify again (issue 12). */
  verifiedSession?: string;
  /** ISO instant of the person's last message or arrival (verification lapses when idle). */
  lastActiveAt?: string;
  /** Who the third party said they are (issue 15): for the holder, not this number, the holder died. */
  thirdPartyAbout?: 'relative' | 'not_this_number' | 'deceased';
  /** A relative's claim to be told, or the holder unable to act, already answered (conv17). */
  thirdPartyStanding?: 'authority' | 'unwell';
  /**
   * "I already paid" before verification (conv18): the words (PII-masked) and what they said they
   * paid, recorded as a payment claim once the person verifies.
   */
  paidBeforeVerified?: { words: string; amountCents?: number; date?: string };
  /** The form of the last reply to a third party ('again', 'digits', with '-alt' when reworded; conv18). */
  thirdPartyForm?: string;
  /** The form of the last reply in a chat bound to no account (conv15: never the same twice in a row). */
  unknownForm?: 'first' | 'digits' | 'details' | 'again';
  /** The topic of the last answer given (issue 15), so the same question asked again is put another way. */
  lastAnswer?: string;
  /** The consequences were stated (asked, refused, or once before a plan): later only the brief form. */
  consequencesShown?: boolean;
  /** The last few turns, PII-masked, for the model's wording (never used for decisions). */
  history?: HistoryEntry[];
}

export interface HistoryEntry {
  role: 'user' | 'bot';
  text: string;
}

/** How many entries of history the case keeps. */
export const HISTORY_LENGTH = 6;

/** Appends to the masked history, keeping the last HISTORY_LENGTH entries. */
export function remember(state: CaseState, entry: HistoryEntry): void {
  const history = [...(state.history ?? []), { role: entry.role, text: maskPii(entry.text).slice(0, 500) }];
  state.history = history.slice(-HISTORY_LENGTH);
}

export interface NegotiationState {
  stage: 'none' | 'asked' | 'offered' | 'confirming' | 'agreed' | 'impasse';
  offers: PlanOffer[];
  pending?: PlanOffer;
  /** The person's words (PII-masked) that chose `pending`, recorded with a promise to pay. */
  pendingWords?: string;
  progress: Negotiation;
  agreedPlanId?: string;
  /** The current plan the person was asked to replace with `pending` (issue 14: one plan per account). */
  replacing?: { planId: string; offerKey: string };
  /** The down payment on the table ("先还5000"), so "剩下的分6期" next completes it. */
  downPaymentCents?: number;
  /** The monthly budget the person last stated alone ("每个月最多能拿出三千"), in cents (conv16). */
  budgetCents?: number;
  /** The person's payday as they said it in this conversation ("I get paid on the 15th"). */
  payday?: string;
  /** The person will pay in full on payday (or another event) and was asked which date. */
  awaitingDate?: boolean;
}

export function newCaseState(locale: Locale): CaseState {
  return {
    locale,
    opened: false,
    verified: false,
    failures: 0,
    thirdParty: false,
    summaryShown: false,
    negotiation: { stage: 'none', offers: [], progress: { rounds: 0, offeredIds: [] } },
    escalated: [],
    guardFallbacks: 0,
  };
}
