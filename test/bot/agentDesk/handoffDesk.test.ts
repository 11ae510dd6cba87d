import { describe, expect, it } from 'vitest';
import type { CheckFn } from '../../../src/bot/middleware/guardedSend.js';
import { check as guardrailCheck } from '../../../src/guardrails/index.js';
import { HandoffHarness } from '../../support/handoffHarness.js';

/** The desk: a held conversation between the queue and the return to the bot. */
describe('HandoffDesk', () => {
  it('lets one agent accept a queued conversation, tells the person and records how long they waited', async () => {
    const h = new HandoffHarness();
    await h.queue('c1');
    h.clock.advance(90_000);
    const taken = await h.desk.accept('c1', 'alice');
    expect(taken).toMatchObject({ status: 'accepted', entry: { agent: 'alice', status: 'accepted' } });
    expect(h.proactive.delivered()).toEqual(['工作人员已接入，接下来将由人工为您服务。']);
    expect(await h.desk.accept('c1', 'bob')).toEqual({ status: 'held_by_other' });
    expect(h.proactive.delivered()).toEqual([]);
    const accepted = h.transcript.records.find((a) => a.name === 'handoff.accepted');
    expect(accepted?.value).toMatchObject({ agent: 'alice', waitedSeconds: 90 });
    expect(h.desk.waitingSeconds(await h.entry('c1'))).toBe(90);
  });

  it('keeps what the person writes while queued, and offers a callback once they waited long enough', async () => {
    const h = new HandoffHarness({ callbackAfterSeconds: 60 });
    await h.queue('c1');
    const early = await h.turn('c1', '还要等多久？', async (ctx) =>
      h.desk.holdMessage(ctx, await h.entry('c1')),
    );
    expect(early).toEqual([]);
    h.clock.advance(61_000);
    const late = await h.turn('c1', '有人吗', async (ctx) => h.desk.holdMessage(ctx, await h.entry('c1')));
    expect(late.map((a) => a.text)).toEqual([expect.stringContaining('需要我们稍后给您回电吗')]);
    expect((await h.entry('c1')).callback).toBe('offered');
    expect((await h.messages(await h.entry('c1'))).map((m) => m.from)).toEqual(['person', 'person', 'bot']);
  });

  it('hears "确认" after the offer as a callback request, and anything else as a message left', async () => {
    const h = new HandoffHarness({ agentHours: '00:00-00:01 Asia/Shanghai' });
    for (const [id, answer, step] of [
      ['c1', '确认', 'handoff.callback_requested'],
      ['c2', '不用回电，我明天再来', 'handoff.message_left'],
    ] as const) {
      await h.queue(id);
      await h.turn(id, '你好', async (ctx) => h.desk.holdMessage(ctx, await h.entry(id)));
      expect((await h.entry(id)).callback).toBe('offered');
      const sent = await h.turn(id, answer, async (ctx) => h.desk.holdMessage(ctx, await h.entry(id)));
      expect(sent.map((a) => a.text)).toEqual([expect.stringContaining('您的留言已收到并记录')]);
      expect((await h.entry(id)).callback).toBe(
        step === 'handoff.callback_requested' ? 'requested' : 'message_left',
      );
      expect(h.steps(id)).toEqual(['handoff.callback_offered', step]);
    }
  });

  it('keeps an attachment-only message as a note for the agent and ignores an empty one', async () => {
    const h = new HandoffHarness();
    await h.queue('c1');
    const file = { contentType: 'image/png', contentUrl: 'https://example.test/a.png' };
    await h.turn('c1', { type: 'message', text: '', attachments: [file, file] }, async (ctx) =>
      h.desk.holdMessage(ctx, await h.entry('c1')),
    );
    await h.turn('c1', { type: 'message', text: '   ' }, async (ctx) =>
      h.desk.holdMessage(ctx, await h.entry('c1')),
    );
    expect(await h.messages(await h.entry('c1'))).toEqual([{ from: 'person', text: '[2 attachment(s)]' }]);
  });

  it('offers the callback proactively to everyone queued outside agent hours, once, and counts only deliveries', async () => {
    const h = new HandoffHarness({ agentHours: '00:00-00:01 Asia/Shanghai' });
    await h.queue('c1');
    await h.queue('c2');
    await h.store.enqueue({ ...(await h.entry('c1')), conversationId: 'gone' }, h.clock.now());
    expect(h.desk.onDuty()).toBe(false);
    expect(await h.desk.offerDueCallbacks()).toBe(2);
    expect(h.proactive.delivered()).toHaveLength(2);
    expect(await h.desk.offerDueCallbacks()).toBe(0);
    expect((await h.store.open('gone'))?.callback).toBe('offered');
  });

  it('returns the conversation to the bot when its agent releases it, and refuses anyone else', async () => {
    const h = new HandoffHarness();
    await h.queue('c1');
    await h.desk.accept('c1', 'alice');
    h.proactive.delivered();
    expect(await h.desk.release('c1', 'bob', 'paid')).toEqual({ status: 'not_holder' });
    const released = await h.desk.release('c1', 'alice', '已约定本周五还款');
    expect(released).toMatchObject({ status: 'released', entry: { outcome: '已约定本周五还款' } });
    expect(h.proactive.delivered()).toEqual([expect.stringContaining('人工服务已结束')]);
    expect(await h.store.open('c1')).toBeUndefined();
    expect(await h.desk.release('c1', 'alice', 'again')).toEqual({ status: 'not_open' });
    expect(h.steps('c1')).toEqual(['handoff.accepted', 'handoff.released']);
  });

  it("sends nothing when the agent's conversation was released while the text was being checked (staffsec20)", async () => {
    // the release lands during the check, as it can during a model judge's seconds
    let release: (() => Promise<unknown>) | undefined;
    const slowCheck: CheckFn = (text, context) => {
      const during = release;
      release = undefined;
      void during?.();
      return guardrailCheck(text, context);
    };
    const h = new HandoffHarness({ check: slowCheck });
    await h.queue('c1');
    await h.desk.accept('c1', 'alice');
    h.proactive.delivered();
    const held = await h.entry('c1');
    release = () => h.desk.release('c1', 'alice', 'resolved');
    expect(await h.desk.agentMessage(held, 'alice', '您好，我来帮您看一下。')).toEqual({ status: 'closed' });
    const delivered = h.proactive.delivered();
    expect(delivered).not.toContain('您好，我来帮您看一下。');
    expect((await h.messages(held)).filter((m) => m.from === 'agent')).toEqual([]);
    // while held, the same text goes
    await h.queue('c2');
    await h.desk.accept('c2', 'alice');
    const sent = await h.desk.agentMessage(await h.entry('c2'), 'alice', '您好，我来帮您看一下。');
    expect(sent.status).toBe('sent');
  });
});
