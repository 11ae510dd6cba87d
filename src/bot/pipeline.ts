import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { normaliseLocale, type Locale } from '../core/locale.js';
import { unavailableFrom } from '../channels/unavailable.js';

/** The parts every turn passes through, named so the order below is the only place it is written. */
export interface PipelineParts {
  /** Counts and times every message turn, failures included (first: it sees everything below). */
  metrics: Middleware;
  /** Commits the inbound activity before the turn runs (write-ahead). */
  transcriptIn: Middleware;
  /** Guards and records every outbound message, bot, agent or proactive. */
  guardedSend: Middleware;
  /** Holds a conversation an agent has: the person's words go to the agent, not the bot. */
  handoffRouter: Middleware;
  /** "typing…" while a message turn runs. */
  typing: Middleware;
}

/**
 * The one ordered middleware list of the service. Whatever the router or a held turn says must
 * be guarded, so the send path comes before the router; typing comes last so it shows only
 * while the bot itself works.
 */
export function turnPipeline(parts: PipelineParts): readonly Middleware[] {
  return [parts.metrics, parts.transcriptIn, parts.guardedSend, parts.handoffRouter, parts.typing];
}

export type TurnErrorHandler = (context: TurnContext, error: Error) => Promise<void>;

/**
 * The one turn-error handler every registered adapter gets: the failure is logged, and the
 * person is told, in their language, to try again (the send path guards that message too).
 * A turn that could not be recorded, or could not run because the database is gone or another
 * instance holds the conversation, is rethrown instead: the channel answers 503 with
 * Retry-After and nothing is sent (an apology could not be recorded either).
 */
export function turnErrorHandler(deps: {
  logger: Logger;
  safeMessage: (locale: Locale) => string;
}): TurnErrorHandler {
  return async (context, error) => {
    deps.logger.error(
      {
        err: error,
        channelId: context.activity?.channelId,
        conversationId: context.activity?.conversation?.id,
      },
      'turn failed',
    );
    if (unavailableFrom(error)) throw error;
    const locale = normaliseLocale(context.activity?.locale);
    await context.sendActivity(deps.safeMessage(locale)).catch((err: unknown) => {
      deps.logger.warn({ err }, 'the apology for a failed turn could not be sent');
    });
  };
}
