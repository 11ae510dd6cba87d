import type { TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { HandoffReason } from '../core/act.js';
import type { CaseState } from './caseState.js';
import type { DialogServices, Escalator } from './services.js';
import { say, turnAccount } from './turn.js';

/** Distress first; then requests and disputes; then the rest. Lower is more urgent. */
export const ESCALATION_PRIORITY: Record<HandoffReason, number> = {
  distress: 0,
  requested: 1,
  dispute: 1,
  verification_failed: 2,
  impasse: 2,
  guardrail_fallbacks: 3,
};

/** A short summary for the agent: account, verified or not, what was offered, what was said. */
export function escalationSummary(context: TurnContext, state: CaseState, note: string): string {
  const account = turnAccount(context);
  const parts = [
    account ? `account ${account.accountId}` : 'unknown person',
    state.verified ? 'verified' : 'not verified',
    note,
  ];
  const n = state.negotiation;
  if (n.offers.length > 0) {
    parts.push(`offered: ${n.offers.map((o) => `${o.kind}${o.kind === 'installments' || o.kind === 'hardship' ? ` ${o.months}m` : ''}`).join(', ')}`);
  }
  if (n.agreedPlanId) parts.push(`agreed plan ${n.agreedPlanId}`);
  return parts.join('; ');
}

/**
 * Records each escalation once per conversation and reason; a request for a human is also
 * acknowledged to the person. (The agent console builds its queue on these records.)
 */
export class RecordingEscalator implements Escalator {
  constructor(private readonly services: () => DialogServices) {}

  async escalate(context: TurnContext, state: CaseState, reason: HandoffReason, note: string): Promise<void> {
    const s = this.services();
    if (reason === 'requested') {
      await say(context, s, { kind: 'human_requested', etaMinutes: s.settings.humanEtaMinutes });
    }
    if (state.escalated.includes(reason)) return;
    state.escalated.push(reason);
    const conversationId = context.activity.conversation?.id ?? 'unknown';
    s.stores.escalations.record({
      escalationId: `E-${randomUUID().slice(0, 8).toUpperCase()}`,
      conversationId,
      accountId: turnAccount(context)?.accountId,
      reason,
      priority: ESCALATION_PRIORITY[reason],
      summary: escalationSummary(context, state, note),
      createdAt: s.clock.now().toISOString(),
    });
    s.logger.info({ conversationId, reason }, 'escalation recorded');
  }
}
