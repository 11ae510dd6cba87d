import { ActivityTypes, TestAdapter, type TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TypingIndicator } from '../../../src/bot/middleware/typingIndicator.js';

/** Fake timers: the indicator's delays and a slow turn take no real time. */
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function recordingLogger(): { warn: (obj: object, msg: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { warn: (_obj, msg) => lines.push(msg), lines };
}

describe('typing indicator', () => {
  it('shows typing while a slow turn runs and stops when the turn ends', async () => {
    const adapter = new TestAdapter();
    const logger = recordingLogger();
    adapter.use(new TypingIndicator({ logger, delayMs: 5, periodMs: 10 }));
    let contextOfTurn: TurnContext | undefined;
    const turn = adapter.processActivity({ type: ActivityTypes.Message, text: 'hi' }, async (context) => {
      contextOfTurn = context;
      await sleep(60);
      await context.sendActivity('done');
    });
    await vi.advanceTimersByTimeAsync(60);
    await turn;
    const sent = adapter.activeQueue.splice(0);
    expect(sent.filter((a) => a.type === ActivityTypes.Typing).length).toBeGreaterThan(0);
    expect(sent[sent.length - 1]?.text).toBe('done');
    await vi.advanceTimersByTimeAsync(50);
    expect(adapter.activeQueue).toHaveLength(0);
    expect(contextOfTurn).toBeDefined();
    expect(logger.lines).toEqual([]);
  });

  it('logs a failed typing send and lets the turn finish without an error or an apology', async () => {
    const adapter = new TestAdapter();
    const logger = recordingLogger();
    const turnErrors: unknown[] = [];
    adapter.onTurnError = async (_context, error) => {
      turnErrors.push(error);
    };
    adapter.use(new TypingIndicator({ logger, delayMs: 1, periodMs: 5 }));
    const turn = adapter.processActivity({ type: ActivityTypes.Message, text: 'hi' }, async (context) => {
      context.onSendActivities(async (_ctx, activities, next) => {
        if (activities.some((a) => a.type === ActivityTypes.Typing))
          throw new Error('channel refused typing');
        return next();
      });
      await sleep(30);
      await context.sendActivity('answer');
    });
    await vi.advanceTimersByTimeAsync(30);
    await turn;
    expect(turnErrors).toEqual([]);
    expect(adapter.activeQueue.map((a) => a.text)).toEqual(['answer']);
    expect(logger.lines.length).toBeGreaterThan(0);
  });

  it('does nothing for activities that are not messages', async () => {
    const adapter = new TestAdapter();
    adapter.use(new TypingIndicator({ logger: recordingLogger(), delayMs: 1, periodMs: 1 }));
    const turn = adapter.processActivity({ type: ActivityTypes.Event, name: 'x' }, async () => sleep(20));
    await vi.advanceTimersByTimeAsync(20);
    await turn;
    expect(adapter.activeQueue).toHaveLength(0);
  });
});
