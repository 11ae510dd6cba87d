import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { processPolicyHandlers } from '../../src/bot/processPolicy.js';
import { ProcessStatus } from '../../src/bot/processStatus.js';

describe('process policy', () => {
  it('logs and counts an unhandled rejection and keeps serving', async () => {
    const status = new ProcessStatus();
    const exits: number[] = [];
    const handlers = processPolicyHandlers({
      logger: pino({ level: 'silent' }),
      status,
      fatal: async () => 0,
      exit: (code) => exits.push(code),
    });
    handlers.onRejection(new Error('nobody awaited me'));
    expect(status.snapshot().unhandledRejections).toBe(1);
    expect(exits).toEqual([]);
  });

  it('on an uncaught exception flushes once and exits non-zero', async () => {
    const status = new ProcessStatus();
    const exits: number[] = [];
    let flushes = 0;
    const handlers = processPolicyHandlers({
      logger: pino({ level: 'silent' }),
      status,
      fatal: async () => {
        flushes += 1;
        return 2;
      },
      exit: (code) => exits.push(code),
    });
    handlers.onException(new Error('boom'), 'uncaughtException');
    handlers.onException(new Error('boom again'), 'uncaughtException');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(flushes).toBe(1);
    expect(exits).toEqual([1]);
  });
});
