import type { Locale } from '../core/locale.js';

/**
 * The guardrail contract. Pure data, no I/O. Everything the bot sends passes `check` (and, for
 * drafts it can reword, `enforce`).
 */
/** The one list of categories: rules, the classifier, the model judge and the tests share it. */
export const CATEGORIES = [
  'threat',
  'false_legal',
  'privacy',
  'defamation',
  'harassment',
  'misrepresentation',
  'unauthorized_commitment',
  'discrimination',
  'prompt_leak',
] as const;

export type Category = (typeof CATEGORIES)[number];

export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** Offers a reply may promise because the act authorised them. Anything else is unauthorised. */
export type AuthorisedOffer =
  'installments' | 'extension' | 'hardship_plan' | 'waiver' | 'discount' | 'settlement' | 'deferral';

/**
 * Facts of the act being worded. Money in integer cents. When `facts` is given, every money
 * amount and every count of days overdue in the reply must be among them (and, when `dates` is
 * given, every date).
 */
export interface GuardFacts {
  currency?: string;
  balanceCents?: number;
  minimumDueCents?: number;
  daysPastDue?: number;
  cardLast4?: string;
  /** Further amounts the act states: instalments, fees, totals, interest. */
  amountsCents?: number[];
  /** Dates the act states, YYYY-MM-DD. */
  dates?: string[];
  /**
   * What happened to the latest payment, when the act knows: a reply may only claim a payment
   * was declined, scheduled or received when this says so.
   */
  paymentStatus?: PaymentStatus;
}

export type PaymentStatus = 'none' | 'pending' | 'scheduled' | 'received' | 'declined';

export interface GuardContext {
  locale: Locale;
  /** Whether the person has proven they are the holder. Unverified: no account detail at all. */
  verified: boolean;
  facts?: GuardFacts;
  authorised?: AuthorisedOffer[];
  /** The bank's own service numbers, which a reply may name (e.g. "95588", "400-820-8888"). */
  serviceNumbers?: string[];
  /**
   * Text the reply must not repeat (the system prompt), for prompt_leak. Put only the
   * instructions here, not sentences the reply is meant to quote (fixed disclosures).
   */
  secrets?: string[];
  /**
   * The bank's configured payment channels (PAYMENT_CHANNELS): names ("手机银行"), account
   * identifiers and hosts ("bank.example.com"). Links and payment instructions elsewhere are
   * blocked; none configured means no link or transfer instruction passes.
   */
  paymentChannels?: string[];
  /** Who wrote the text: a human agent may say they are a person. Default 'bot'. */
  speaker?: 'bot' | 'agent';
  /**
   * Set only by enforcement, never from input: a binding model judge
   * (GUARDRAIL_MODEL_CHECK=enforce) answered in time that this exact text breaks no rule, so the
   * classifier's finding on it is recorded but does not block it. Rules always do. Carried to
   * the send path so its last-line check agrees with the decision already taken.
   */
  judged?: JudgeClearance;
}

/** A binding judge's in-time "compliant" on one exact text (see GuardContext.judged). */
export interface JudgeClearance {
  text: string;
  /** The checker that decided, e.g. 'model_judge'. */
  by: string;
}

/**
 * Makes one checker per message, bounded by that message's deadline (the optional model judge).
 * Text in `trusted` (reviewed templates) is passed without asking.
 */
export interface MessageJudge {
  forReply(reply: { deadline: number; trusted: string[] }): GuardrailCheck;
}

export interface Span {
  start: number;
  end: number;
}

export interface Violation {
  category: Category;
  /** Stable rule id, listed in guardrails/POLICY.md, e.g. "threat.intimidation". */
  rule: string;
  severity: Severity;
  /** Offsets into the original (un-normalised) text. */
  span: Span;
  /** The matched text with PII masked. */
  evidence: string;
  /** For the classifier's violations: its score (0–1). */
  score?: number;
}

/**
 * allowed: nothing found. blocked: violations found. unverified: the layer cannot judge the text
 * (a language it does not cover) and treats it like a block. error: a checker failed; never a pass.
 */
export type VerdictStatus = 'allowed' | 'blocked' | 'unverified' | 'error';

export interface Verdict {
  allowed: boolean;
  status: VerdictStatus;
  violations: Violation[];
  /** For 'error' and 'unverified': why. */
  reason?: string;
  /** How long each detector took, in microseconds (for the audit event). */
  timings?: DetectorTiming[];
  /** The trained classifier's opinion (its top category and score), when it ran. */
  classifier?: ClassifierOpinion;
}

/** What the trained classifier thought of a text; `flagged` when the score reached the threshold. */
export interface ClassifierOpinion {
  model: string;
  category: Category;
  score: number;
  threshold: number;
  flagged: boolean;
  /** When flagged on a text a binding judge cleared: which judge overruled it. */
  overruledBy?: string;
}

export interface DetectorTiming {
  detector: string;
  latencyUs: number;
}

/** One pluggable checker (rules, or an optional model judge) behind one interface. */
export interface GuardrailCheck {
  readonly name: string;
  check(text: string, context: GuardContext): Verdict | Promise<Verdict>;
  /**
   * Advisory checkers (an optional model judge) can add violations, but their errors and
   * timeouts leave the other verdicts standing. Required checkers' errors are never a pass.
   */
  readonly advisory?: boolean;
  /** Enforcement gives up on this checker after this long (ms); default 2000 for advisory ones. */
  readonly timeoutMs?: number;
  /**
   * GUARDRAIL_MODEL_CHECK=enforce: when this checker answers in time, its verdict decides over
   * the statistical local layer (the classifier's `classifier.*` findings): it can clear them
   * as well as add its own. Deterministic rules still always block; on a timeout or an error
   * the local verdict stands.
   */
  readonly binding?: boolean;
}
