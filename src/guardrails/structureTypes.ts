import type { Lang } from './rules/ruleTypes.js';
import type { GuardContext } from './types.js';

/**
 * Structural checks: who a message addresses, what it asks and about whom, read as
 * addressee + act + object rather than as listed words. Each check has gate words (one of which
 * must occur anywhere), a whole-text pattern whose match is the act, and the readings that
 * excuse it (negated, reported, rebutted, hedged, a fraud warning, the person's own choice).
 * Unlike the trigger-gated pattern rules, a check may join an addressee in one sentence to a
 * debt named in the next ("是刘强的爱人吧？他那张卡拖了半年了").
 */
export interface StructuralCheck {
  /** A declared rule id (rules/declarations.ts): the category and severity come from it. */
  readonly id: string;
  readonly lang: Lang;
  /** Lower-case literals, one of which must occur in the text before the check's patterns run. */
  readonly gate: readonly string[];
  /** Whole-text patterns (flag g); a match is the act, its start is where readings look back from. */
  readonly acts: readonly RegExp[];
  /** Also required somewhere in the text (the addressee, for a debt named to a third party). */
  readonly needs?: RegExp;
  /** Default true; false where the claim is itself a negative ("we haven't received anything"). */
  readonly negatable?: boolean;
  /** Extra applicability test (the facts of the act). */
  readonly appliesTo?: (context: GuardContext) => boolean;
  /** "可能", "may": a possibility or a right, not a claim. */
  readonly hedgeable?: boolean;
  /** "您可以让家人…": the person acts, not the bank. */
  readonly personMayAct?: boolean;
  /** A claim an anti-fraud warning may name ("声称交解冻费的都是诈骗"). */
  readonly warnable?: boolean;
  /** Offers that make it lawful (a waiver the act authorised). */
  readonly authorisedBy?: readonly string[];
}
