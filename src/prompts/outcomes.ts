/**
 * Outcome codes an agent may end a handoff with (`POST …/release {"outcome": "resolved"}`).
 * The bot's note to the person names a known outcome; an agent's free text may be an internal
 * note, so it is never echoed to the person.
 */
export const HANDOFF_OUTCOMES = ['resolved', 'plan_agreed', 'callback_scheduled', 'dispute_recorded', 'unresolved'] as const;

export type HandoffOutcome = (typeof HANDOFF_OUTCOMES)[number];

/** "Plan agreed", "plan-agreed" and "plan_agreed" are the same code; anything else is undefined. */
export function handoffOutcome(outcome: string): HandoffOutcome | undefined {
  const key = outcome.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return HANDOFF_OUTCOMES.find((o) => o === key);
}
