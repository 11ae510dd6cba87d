import type { TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { HandoffReason } from '../core/act.js';
import { HANDOFF_PRIORITY, handoffSummary } from '../handoff/summary.js';
import type { CaseState } from './caseState.js';
import type { DialogServices, Escalator } from './services.js';
import { say, turnAccount } from './turn.js';

/** The note with the case's vulnerability flags, so an agent sees them first. */
function vulnerabilityNote(state: CaseState, note: string): string {
  const flags = [...(state.crisis ? ['distress'] : []), ...(state.hardships ?? [])];
  return flags.length > 0 ? `VULNERABLE (${flags.join(', ')}): ${note}` : note;
}

/** The summary an agent reads: account, verified or not, why, what was offered, what was said. */
export function escalationSummary(
  context: TurnContext,
  state: CaseState,
  reason: HandoffReason,
  note: string,
): string {
  const n = state.negotiation;
  return handoffSummary({
    accountId: turnAccount(context)?.accountId,
    verified: state.verified,
    reason,
    note: vulnerabilityNote(state, note),
    offers: n.offers,
    agreedPlanId: n.agreedPlanId,
    lastMessage: context.activity.type === 'message' ? context.activity.text : undefined,
  });
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
      // Asked again: where the request stands, worded differently, not queued a second time.
      const asks = state.humanAsks ?? 0;
      state.humanAsks = asks + 1;
      const again = asks === 0 ? undefined : asks % 2 === 1 ? (1 as const) : (2 as const);
      await say(context, s, {
        kind: 'human_requested',
        etaMinutes: s.settings.humanEtaMinutes,
        ...(again ? { again } : {}),
      });
    }
    if (state.escalated.includes(reason)) return;
    state.escalated.push(reason);
    const conversationId = context.activity.conversation?.id ?? 'unknown';
    await s.stores.escalations.record({
      escalationId: `E-${randomUUID().slice(0, 8).toUpperCase()}`,
      conversationId,
      accountId: turnAccount(context)?.accountId,
      reason,
      priority: HANDOFF_PRIORITY[reason],
      summary: escalationSummary(context, state, reason, note),
      createdAt: s.clock.now().toISOString(),
    });
    s.logger.info({ conversationId, reason }, 'escalation recorded');
  }
}
