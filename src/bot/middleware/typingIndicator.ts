import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';

export interface TypingIndicatorOptions {
  logger: { warn: (context: object, message: string) => void };
  /** Wait this long before the first typing activity (a quick answer needs none). */
  delayMs?: number;
  /** Then send one every this often while the turn runs. */
  periodMs?: number;
}

/**
 * Shows "typing…" while a message turn runs. Unlike botbuilder's ShowTypingMiddleware it cannot
 * outlive its turn: timers stop in the turn's `finally`, a send already under way is awaited
 * before the turn returns (so the TurnContext is never touched after it is finished), and a
 * failed typing send is logged, never turned into a turn error or an apology.
 *
 *   turnPipeline({ ..., typing: new TypingIndicator({ logger, delayMs: 600, periodMs: 2000 }) });
 */
export class TypingIndicator implements Middleware {
  private readonly delayMs: number;
  private readonly periodMs: number;

  constructor(private readonly options: TypingIndicatorOptions) {
    this.delayMs = options.delayMs ?? 600;
    this.periodMs = options.periodMs ?? 2000;
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity?.type !== 'message') {
      await next();
      return;
    }
    let finished = false;
    let inFlight: Promise<void> = Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const tick = (): void => {
      if (finished) return;
      inFlight = this.sendTyping(context, () => finished);
      timer = setTimeout(tick, this.periodMs);
    };
    timer = setTimeout(tick, this.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
      await inFlight;
    }
  }

  private async sendTyping(context: TurnContext, isFinished: () => boolean): Promise<void> {
    try {
      if (isFinished()) return;
      await context.sendActivity({ type: ActivityTypes.Typing });
    } catch (err) {
      this.options.logger.warn(
        { err, conversationId: context.activity?.conversation?.id },
        'typing indicator could not be sent (the turn goes on)',
      );
    }
  }
}
