import type { TurnContext } from 'botbuilder';
import type { HandoffReason } from '../core/act.js';
import type { DialogServices } from './services.js';
import { turnOf } from './turn.js';

/**
 * Every reason a turn hands a conversation to people, and when. Each one goes through
 * `services.escalator` (recorded; queued for an agent when AGENT_USERS is set) and is decided in
 * this folder, from the turn's case: the dialogs raise them where they decide them (collection,
 * care, verification, negotiation, third parties), `escalateAfterTurn` below the guardrail one. The
 * wiring (`bot/`, `channels/`) only implements the Escalator (test/dialogs/escalations.test.ts).
 */
export const ESCALATION_TRIGGERS: Readonly<Record<HandoffReason, string>> = {
  requested: 'the person asks for a human',
  dispute: 'the person disputes the debt (recorded first)',
  distress: 'words of hopelessness or self-harm (care, before anything else)',
  verification_failed: 'verification locked after too many failed attempts',
  impasse: 'no allowed plan fits what the person can pay',
  guardrail_fallbacks: 'replies fell back to templates or the safe message too often in a row',
  bereavement: 'someone reports that the card holder has died (third party, before verification)',
  concern: 'words close to distress, below the crisis bar: a gentle check-in, and a person looks in (care)',
};

/**
 * The trigger no single dialog raises: after a turn in which the bot's replies fell back to
 * templates or the safe message `maxGuardFallbacks` times in a row, a human is asked to take
 * over. The bot calls it after the dialogs ran, before the case is saved. A failed escalation
 * never fails the person's turn; it is logged.
 */
export async function escalateAfterTurn(context: TurnContext, services: DialogServices): Promise<void> {
  try {
    const state = turnOf(context).case;
    const limit = services.settings.maxGuardFallbacks;
    if (limit <= 0 || state.guardFallbacks < limit) return;
    const note = `${state.guardFallbacks} replies in a row fell back to a template or the safe message`;
    await services.escalator.escalate(context, state, 'guardrail_fallbacks', note);
  } catch (err) {
    services.logger.error({ err }, 'escalation after guardrail fallbacks failed');
  }
}
