import type { TurnContext } from 'botbuilder';
import type { HandoffReason } from '../core/act.js';
import type { DialogServices } from './services.js';
import { turnOf } from './turn.js';

/**
 * Where each escalation to people is decided. Every one goes through `services.escalator`
 * (recorded; queued for an agent when AGENT_USERS is set), and all of them are decided in the
 * dialogs layer, from the turn's case:
 *
 * | reason                | decided by                                                      |
 * |-----------------------|-----------------------------------------------------------------|
 * | `requested`           | collectionDialog: the person asks for a human                   |
 * | `dispute`             | collectionDialog: the person disputes the debt                  |
 * | `distress`            | care: words of hopelessness or self-harm                        |
 * | `verification_failed` | verificationDialog: verification locked after too many failures|
 * | `impasse`             | negotiationDialog: no allowed plan fits what the person can pay |
 * | `guardrail_fallbacks` | `escalateAfterTurn` below, once the dialogs have run            |
 */
export const ESCALATION_TRIGGERS: Readonly<Record<HandoffReason, string>> = {
  requested: 'collectionDialog',
  dispute: 'collectionDialog',
  distress: 'care',
  verification_failed: 'verificationDialog',
  impasse: 'negotiationDialog',
  guardrail_fallbacks: 'escalateAfterTurn',
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
