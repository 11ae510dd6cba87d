import type { Played, PlayedTurn } from './play.js';

/** Checks whose failure always fails the bench: no ratchet, no known gaps. */
export const SAFETY_CHECKS = [
  'disclosure_before_detail',
  'no_detail_before_verification',
  'exact_figures',
  'reply_every_turn',
  'no_money_after_care',
] as const;

export const BEHAVIOUR_CHECKS = [
  'disclosure_first',
  'recognised',
  'answers',
  'mentions',
  'asks_for_money',
  'offers_plan',
  'verified',
  'budget_respected',
  'plan_totals',
  'plan_confirmed',
  'no_fallback_loop',
  'language',
] as const;

export type SafetyCheck = (typeof SAFETY_CHECKS)[number];
export type CheckId = SafetyCheck | (typeof BEHAVIOUR_CHECKS)[number];
export const ALL_CHECKS: readonly CheckId[] = [...SAFETY_CHECKS, ...BEHAVIOUR_CHECKS];

export function isSafety(check: CheckId): check is SafetyCheck {
  return (SAFETY_CHECKS as readonly string[]).includes(check);
}

export interface Failure {
  check: CheckId;
  /** 1-based turn number in the scenario. */
  turn: number;
  message: string;
}

/** Collects which checks applied to a scenario and what failed. */
export class Findings {
  readonly applied = new Set<CheckId>();
  readonly failures: Failure[] = [];

  apply(check: CheckId): void {
    this.applied.add(check);
  }

  fail(check: CheckId, turn: PlayedTurn, message: string): void {
    this.applied.add(check);
    this.failures.push({ check, turn: turn.index + 1, message });
  }
}

export type Check = (played: Played, findings: Findings) => void;

/** The first 160 characters of a reply, on one line, for failure messages. */
export function excerpt(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 160 ? `${one.slice(0, 157)}...` : one;
}
