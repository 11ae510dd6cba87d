import type { Middleware, TurnContext } from 'botbuilder';
import { channelLabel, type Metrics, type TurnOutcome } from '../../metrics/index.js';

/**
 * Counts each turn a person's message starts, by channel and outcome (replied, no_reply, error),
 * and times it to the end of the turn. First in the chain, so it sees every other middleware's
 * time and a failure anywhere below; it rethrows what it catches.
 */
export class TurnMetricsMiddleware implements Middleware {
  constructor(private readonly metrics: Metrics) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity?.type !== 'message') return next();
    const started = performance.now();
    const channel = channelLabel(context.activity.channelId);
    let replied = false;
    context.onSendActivities(async (_ctx, activities, send) => {
      if (activities.some((a) => a.type === 'message')) replied = true;
      return send();
    });
    let outcome: TurnOutcome = 'error';
    try {
      await next();
      outcome = replied ? 'replied' : 'no_reply';
    } finally {
      this.metrics.turns.inc({ channel, outcome });
      this.metrics.turnSeconds.observe({ channel }, (performance.now() - started) / 1000);
    }
  }
}
