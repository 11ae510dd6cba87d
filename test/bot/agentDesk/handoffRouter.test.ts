import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { HandoffRouter } from '../../../src/bot/agentDesk/handoffRouter.js';
import { HandoffHarness } from '../../support/handoffHarness.js';

/** The router: while an agent has (or is about to have) the conversation, the bot does not run. */
describe('HandoffRouter', () => {
  function routed(h: HandoffHarness): { run: (ctx: TurnContext) => Promise<void>; botRan: () => number } {
    const router = new HandoffRouter({ desk: h.desk });
    let ran = 0;
    return {
      run: (ctx) =>
        router.onTurn(ctx, async () => {
          ran++;
        }),
      botRan: () => ran,
    };
  }

  it('lets the bot answer a conversation nobody handed over', async () => {
    const h = new HandoffHarness();
    const r = routed(h);
    await h.turn('free', '你好', r.run);
    expect(r.botRan()).toBe(1);
  });

  it("keeps a held conversation's messages for the agent instead of running the bot", async () => {
    const h = new HandoffHarness();
    const r = routed(h);
    await h.queue('held');
    await h.turn('held', '我想和人工说', r.run);
    await h.desk.accept('held', 'alice');
    await h.turn('held', '你好，我是张三', r.run);
    expect(r.botRan()).toBe(0);
    expect(
      (await h.messages(await h.entry('held'))).filter((m) => m.from === 'person').map((m) => m.text),
    ).toEqual(['我想和人工说', '你好，我是张三']);
  });

  it('lets events of a held conversation through, and the bot answers again once it is released', async () => {
    const h = new HandoffHarness();
    const r = routed(h);
    await h.queue('held');
    await h.turn('held', { type: 'event', name: 'webchat/join' }, r.run);
    expect(r.botRan()).toBe(1);
    await h.desk.accept('held', 'alice');
    await h.desk.release('held', 'alice', 'done');
    await h.turn('held', '谢谢', r.run);
    expect(r.botRan()).toBe(2);
  });
});
