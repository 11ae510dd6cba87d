import type { Middleware, TurnContext } from 'botbuilder';
import type { HandoffDesk } from './handoffDesk.js';

export interface RouterDeps {
  desk: HandoffDesk;
}

/**
 * While a human agent has (or is about to have) a conversation, the person's messages are
 * kept for the agent and the bot does not run: `next()` is not called for their message
 * activities. Everything else (events, proactive turns, conversations with no open handoff)
 * goes on to the bot. It decides no escalation itself: the triggers live together in the
 * dialogs (`dialogs/escalations.ts`).
 *
 * It sits after the guarded send path in the one middleware list (bot/pipeline.ts): whatever it
 * says in a held turn (the callback offer) is guarded too.
 */
export class HandoffRouter implements Middleware {
  constructor(private readonly deps: RouterDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (context.activity.type !== 'message' || !conversationId) return next();
    const entry = await this.deps.desk.store.open(conversationId);
    if (entry) return this.deps.desk.holdMessage(context, entry);
    await next();
  }
}
