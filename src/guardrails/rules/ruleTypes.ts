import type { AuthorisedOffer, Category, GuardContext, Severity } from '../types.js';

/** Which negation and clause grammar a pattern is written in. */
export type Lang = 'zh' | 'en';

/**
 * A rule matched by regular expressions over the normalised text. Its patterns only run when
 * one of its trigger words occurs (every match must contain a trigger; a test keeps that true).
 */
export interface PatternRule extends PatternRuleSpec {
  readonly category: Category;
  readonly severity: Severity;
}

/** A pattern rule as written in a rule file: its category and severity come from its declaration. */
export interface PatternRuleSpec {
  readonly id: string;
  readonly lang: Lang;
  /** Lower-case literals, at least one of which every match contains. */
  readonly triggers: readonly string[];
  readonly patterns: readonly RegExp[];
  /** "我们不会联系您的家人", "We will never contact your employer": not a violation. */
  readonly negatable?: boolean;
  /** "可能", "may", "有权": stated as a possibility or a right, not a certainty. */
  readonly hedgeable?: boolean;
  /** "您可以联系家人", "you may want to tell your family": the person acts, not the bank. */
  readonly personMayAct?: boolean;
  /** "如需上门请预约", "a visit by appointment": the person asked for or booked it. */
  readonly requestable?: boolean;
  /** The offers that make the promise authorised. */
  readonly authorisedBy?: readonly AuthorisedOffer[];
  /** Extra applicability test (e.g. human-identity claims only bind the bot). */
  readonly appliesTo?: (context: GuardContext) => boolean;
}

/**
 * Words that are a violation wherever they appear, scanned on the compact view (no spaces or
 * punctuation) so "老，赖" and "dead-beat" are caught. Latin words must start and end on a
 * word boundary of the normalised text.
 */
export interface LexiconRule extends LexiconRuleSpec {
  readonly category: Category;
  readonly severity: Severity;
}

export interface LexiconRuleSpec {
  readonly id: string;
  readonly words: readonly string[];
}

export const YOU = '(?:你们|您们|你|您)';
export const YOUR = '(?:你们的|您们的|你的|您的|你们|您们|你|您)';
/** No clause boundary: for short gaps inside one clause. */
export const GAP = (n: number): string => `[^,;:!?。、\\n]{0,${n}}?`;

export function zh(...sources: string[]): RegExp[] {
  return sources.map((s) => new RegExp(s, 'g'));
}

export function en(...sources: string[]): RegExp[] {
  return sources.map((s) => new RegExp(s, 'g'));
}
