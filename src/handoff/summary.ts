import type { HandoffReason, PlanOffer } from '../core/act.js';
import { maskPii } from '../core/pii.js';

/** What the bot knew when it handed over; the summary is built from this alone. */
export interface SummaryInput {
  accountId: string | undefined;
  verified: boolean;
  reason: HandoffReason;
  /** Why the dialog escalated, in its words ("3 failed attempts"). */
  note: string;
  offers: Pick<PlanOffer, 'kind' | 'months'>[];
  agreedPlanId: string | undefined;
  /** The person's message that triggered the handoff. */
  lastMessage: string | undefined;
}

const QUOTE_MAX = 160;

/**
 * Distress first; then a check-in on words close to distress (issue 14); then requests and
 * disputes; then the rest. Lower is more urgent.
 */
export const HANDOFF_PRIORITY: Readonly<Record<HandoffReason, number>> = {
  distress: 0,
  concern: 1,
  requested: 2,
  dispute: 2,
  bereavement: 2,
  verification_failed: 3,
  impasse: 3,
  guardrail_fallbacks: 4,
};

/**
 * A short summary for the agent: account, verified or not, why, what was offered, what the
 * person said. ID, card and phone numbers in the person's words are masked.
 *
 *   handoffSummary({ accountId: 'A-1001', verified: true, reason: 'impasse', ... })
 *   // 'A-1001 · verified · impasse: no allowed plan fits · offered: installments 6m · said: "…"'
 */
export function handoffSummary(input: SummaryInput): string {
  const parts = [
    input.accountId ?? 'no account bound to this user',
    input.verified ? 'verified' : 'NOT verified (do not discuss the account)',
    `${input.reason}: ${input.note}`,
  ];
  if (input.offers.length > 0) {
    const offers = input.offers.map((o) =>
      o.kind === 'installments' || o.kind === 'hardship' ? `${o.kind} ${o.months}m` : o.kind,
    );
    parts.push(`offered: ${offers.join(', ')}`);
  }
  if (input.agreedPlanId) parts.push(`agreed plan ${input.agreedPlanId}`);
  const said = input.lastMessage?.replace(/\s+/g, ' ').trim();
  if (said) {
    const masked = maskPii(said);
    parts.push(`said: "${masked.length > QUOTE_MAX ? `${masked.slice(0, QUOTE_MAX)}…` : masked}"`);
  }
  return parts.join(' · ');
}
