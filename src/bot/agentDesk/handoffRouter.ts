import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { CASE_KEY } from '../../dialogs/turn.js';
import type { CaseState } from '../../dialogs/caseState.js';
import type { DialogSettings, Escalator } from '../../dialogs/services.js';
import type { HandoffDesk } from './handoffDesk.js';

export interface RouterDeps {
  desk: HandoffDesk;
  escalator: Escalator;
  settings: () => DialogSettings;
  logger: Logger;
}

/**
 * While a human agent has (or is about to have) a conversation, the person's messages are
 * kept for the agent and the bot does not run: `next()` is not called for their message
 * activities. Everything else (events, proactive turns, conversations with no open handoff)
 * goes on to the bot.
 *
 * It also fires the one trigger no dialog raises itself: after a turn in which the bot's
 * replies fell back to templates or the safe message `maxGuardFallbacks` times in a row, it
 * asks a human to take over.
 *
 * Register after the transcript middleware and the guarded send path (whatever the router
 * says in a held turn — the callback offer — must be guarded too), before typing:
 *
 *   adapter.use(transcriptIn, guardedSend, handoff.router, typing);
 */
export class HandoffRouter implements Middleware {
  constructor(private readonly deps: RouterDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (context.activity.type !== 'message' || !conversationId) return next();
    const entry = this.deps.desk.store.open(conversationId);
    if (entry) return this.deps.desk.holdMessage(context, entry);
    await next();
    await this.afterBotTurn(context);
  }

  private async afterBotTurn(context: TurnContext): Promise<void> {
    try {
      const state = context.turnState.get<CaseState | undefined>(CASE_KEY);
      const limit = this.deps.settings().maxGuardFallbacks;
      if (!state || limit <= 0 || state.guardFallbacks < limit) return;
      if (this.deps.desk.store.open(context.activity.conversation.id)) return;
      const note = `${state.guardFallbacks} replies in a row fell back to a template or the safe message`;
      await this.deps.escalator.escalate(context, state, 'guardrail_fallbacks', note);
    } catch (err) {
      // A failed escalation must not fail the person's turn; it is reported instead.
      this.deps.logger.error({ err }, 'handoff: escalation after guardrail fallbacks failed');
    }
  }
}
