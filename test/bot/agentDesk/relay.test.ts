import type { Middleware } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { CheckFn } from '../../../src/bot/middleware/guardedSend.js';
import { HandoffHarness } from '../../support/handoffHarness.js';
import type { VerifiedAudience } from '../../../src/bot/agentDesk/verifiedAudience.js';
import { channelTurnOf } from '../../../src/channels/host.js';

/** The relay: the bot's handoff notes and the agent's own text, on the person's channel. */
const HELLO = '您好，我是人工客服，正在为您查询，请稍等。';

describe('HandoffRelay', () => {
  it("delivers an agent's allowed text proactively and keeps it in the handoff's messages", async () => {
    const h = new HandoffHarness();
    const entry = await h.queue('c1');
    const sent = await h.relay.sendAgentText(entry, 'alice', '您好，我是人工客服小王，请问有什么可以帮您？');
    expect(sent).toMatchObject({ status: 'sent', message: { from: 'agent', agent: 'alice' } });
    expect(h.proactive.delivered()).toEqual(['您好，我是人工客服小王，请问有什么可以帮您？']);
    expect(await h.messages(entry)).toEqual([
      { from: 'agent', text: '您好，我是人工客服小王，请问有什么可以帮您？' },
    ]);
  });

  it('never sends blocked text: the agent gets the verdict and the transcript records the attempt', async () => {
    const h = new HandoffHarness();
    const entry = await h.queue('c1');
    const sent = await h.relay.sendAgentText(entry, 'alice', '再不还钱就去你单位找你领导，让你丢工作');
    expect(sent.status).toBe('blocked');
    if (sent.status === 'blocked') expect(sent.verdict.violations.length).toBeGreaterThan(0);
    expect(h.proactive.delivered()).toEqual([]);
    expect(await h.messages(entry)).toEqual([]);
    expect(h.steps('c1')).toEqual(['handoff.blocked']);
  });

  it('checks an unverified conversation as unverified and a verified one with its facts, as an agent', async () => {
    const h = new HandoffHarness();
    const guard = { facts: { currency: 'CNY', balanceCents: 500_000 }, authorised: [] };
    const before = h.relay.guardContext(await h.queue('c1', { guard }));
    const after = h.relay.guardContext(await h.queue('c2', { verified: true, guard }));
    expect(before).toMatchObject({ verified: false, speaker: 'agent', serviceNumbers: ['95555'] });
    expect(before.facts).toBeUndefined();
    expect(after).toMatchObject({ verified: true, speaker: 'agent', facts: guard.facts });
  });

  it('treats a check that throws as a block, so nothing unchecked leaves', async () => {
    const broken: CheckFn = () => {
      throw new Error('classifier missing');
    };
    const h = new HandoffHarness({ check: broken });
    const sent = await h.relay.sendAgentText(await h.queue('c1'), 'alice', HELLO);
    expect(sent).toMatchObject({ status: 'blocked', verdict: { status: 'error' } });
    expect(h.proactive.delivered()).toEqual([]);
  });

  it("says the agent's text was not delivered when the channel is gone, fails, or the send path drops it", async () => {
    const dropAll: Middleware = {
      onTurn: async (ctx, next) => {
        ctx.onSendActivities(async () => []);
        await next();
      },
    };
    const h = new HandoffHarness({ sendPath: dropAll });
    const gone = (await h.store.enqueue({ ...(await h.queue('x')), conversationId: 'gone' }, h.clock.now()))
      .entry;
    expect(await h.relay.sendAgentText(gone, 'alice', HELLO)).toEqual({
      status: 'not_delivered',
      reason: 'no_conversation',
    });
    const entry = await h.queue('c1');
    expect(await h.relay.sendAgentText(entry, 'alice', HELLO)).toEqual({
      status: 'not_delivered',
      reason: 'dropped by the send path',
    });
    h.proactive.failing = 'socket closed';
    expect(await h.relay.sendAgentText(entry, 'alice', HELLO)).toEqual({
      status: 'not_delivered',
      reason: 'socket closed',
    });
    expect(await h.messages(entry)).toEqual([]);
    expect(h.steps('c1')).toEqual(['handoff.not_delivered', 'handoff.not_delivered']);
  });

  it("words handoff notes from acts in the person's language, in the turn or proactively", async () => {
    const h = new HandoffHarness();
    const en = await h.queue('c1', { locale: 'en' });
    const inTurn = await h.turn('c1', 'hello?', (ctx) =>
      h.relay.sayInTurn(ctx, en, { kind: 'handoff_accepted' }),
    );
    expect(inTurn.map((a) => a.locale)).toEqual(['en']);
    expect(await h.relay.sayProactively(en, { kind: 'handoff_message_left' })).toEqual({ status: 'sent' });
    expect(h.proactive.delivered()).toHaveLength(1);
    expect((await h.messages(en)).map((m) => m.from)).toEqual(['bot', 'bot']);
    h.proactive.failing = 'down';
    expect(await h.relay.sayProactively(en, { kind: 'handoff_accepted' })).toMatchObject({
      status: 'failed',
    });
    expect(await h.messages(en)).toHaveLength(2);
  });

  it('records each step as a handoff trace carrying the handoff, its reason and the account', async () => {
    const h = new HandoffHarness();
    const entry = await h.queue('c1', { reason: 'distress', priority: 0 });
    h.relay.trace(entry, 'queued', { onDuty: true });
    const trace = h.transcript.conversationRecords('c1')[0];
    expect(trace).toMatchObject({
      type: 'trace',
      name: 'handoff.queued',
      channelData: { accountId: 'A-1001' },
      value: { handoffId: entry.handoffId, reason: 'distress', priority: 0, onDuty: true },
    });
  });

  describe('with two sessions of one conversation (SECURITY.md)', () => {
    const guard = { facts: { currency: 'CNY', balanceCents: 500_000 }, authorised: [] };
    const FIGURE = '您目前的欠款为5,000.00元。';

    /** A harness whose send path records the session each proactive message is sent for. */
    function harness(audience: VerifiedAudience): {
      h: HandoffHarness;
      sessions: (string | undefined)[];
      reads: () => number;
    } {
      const sessions: (string | undefined)[] = [];
      let reads = 0;
      const recorder: Middleware = {
        onTurn: async (ctx, next) => {
          ctx.onSendActivities(async (c, activities, send) => {
            for (const a of activities) if (a.type === 'message') sessions.push(channelTurnOf(c).sessionId);
            return send();
          });
          await next();
        },
      };
      const h = new HandoffHarness({
        sendPath: recorder,
        audience: () => {
          reads += 1;
          return Promise.resolve(audience);
        },
      });
      return { h, sessions, reads: () => reads };
    }

    it("sends a verified agent's figure for the session that verified only", async () => {
      const { h, sessions } = harness({ kind: 'session', sessionId: 'tok-A' });
      const entry = await h.queue('c1', { verified: true, guard });
      expect(await h.relay.sendAgentText(entry, 'alice', FIGURE)).toMatchObject({ status: 'sent' });
      expect(h.proactive.delivered()).toEqual([FIGURE]);
      expect(sessions).toEqual(['tok-A']);
    });

    it('holds back a figure when nobody is verified now, and sends a greeting to every session', async () => {
      const { h, sessions } = harness({ kind: 'nobody', why: 'lapsed' });
      const entry = await h.queue('c1', { verified: true, guard });
      const held = await h.relay.sendAgentText(entry, 'alice', FIGURE);
      expect(held).toMatchObject({ status: 'not_verified' });
      expect(h.proactive.delivered()).toEqual([]);
      expect(await h.messages(entry)).toEqual([]);
      expect(h.steps('c1')).toEqual(['handoff.not_delivered']);
      expect(await h.relay.sendAgentText(entry, 'alice', HELLO)).toMatchObject({ status: 'sent' });
      expect(h.proactive.delivered()).toEqual([HELLO]);
      expect(sessions).toEqual([undefined]);
    });

    it('reads no session for an unverified handoff, and words notes as unverified when nobody is verified', async () => {
      const plain = harness({ kind: 'session', sessionId: 'tok-A' });
      const entry = await plain.h.queue('c1');
      expect(await plain.h.relay.sendAgentText(entry, 'alice', HELLO)).toMatchObject({ status: 'sent' });
      expect(plain.reads()).toBe(0);
      expect(plain.sessions).toEqual([undefined]);

      const lapsed = harness({ kind: 'nobody', why: 'lapsed' });
      const verified = await lapsed.h.queue('c2', { verified: true, guard });
      expect(await lapsed.h.relay.sayProactively(verified, { kind: 'handoff_accepted' })).toEqual({
        status: 'sent',
      });
      expect(lapsed.reads()).toBe(1);
      expect(lapsed.sessions).toEqual([undefined]);
    });
  });
});
