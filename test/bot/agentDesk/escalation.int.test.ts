import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import type { Handoff } from '../../../src/bot/agentDesk/index.js';
import { HANDOFF_INITIATE, TRANSCRIPT_CONTENT_TYPE } from '../../../src/bot/agentDesk/index.js';
import { MemoryTranscriptSink } from '../../support/memoryTranscriptSink.js';
import type { Act } from '../../../src/core/act.js';
import type { Reply, Responder, RespondContext } from '../../../src/language/responder.js';
import { TemplateResponder } from '../../../src/language/templateResponder.js';
import { bankWording } from '../../../src/bot/app.js';
import type { Chat } from '../../support/chat.js';
import { createTestApp, testConfig, type TestApp } from '../../support/testApp.js';
import { People, sendAll, wireHandoff } from './support.js';

const AGENTS = { AGENT_USERS: 'alice:alice-pass,bob:bob-pass' };

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function start(
  env: Record<string, string> = {},
  responder?: Responder,
): { app: TestApp; handoff: Handoff; people: People; transcript: MemoryTranscriptSink } {
  const transcript = new MemoryTranscriptSink();
  app = createTestApp({ ...AGENTS, ...env }, { transcript, ...(responder ? { responder } : {}) });
  const handoff = wireHandoff(app);
  return { app, handoff, people: new People(app), transcript };
}

const texts = (activities: Partial<Activity>[]): string =>
  activities
    .filter((a) => a.type === 'message')
    .map((a) => a.text ?? '')
    .join('\n---\n');

async function verified(chat: Chat, digits = '1234'): Promise<void> {
  await chat.say('你好');
  await chat.say(`我身份证后四位是${digits}`);
}

describe('each trigger hands the conversation to the agent queue', () => {
  it('a request for a person: queued, told roughly how long, and the handoff event carries summary and transcript', async () => {
    const { handoff, people } = start();
    const chat = people.chat('demo-zh');
    await chat.say('你好');
    const activities = await sendAll(chat, '转人工');

    expect(texts(activities)).toBe(
      '好的，已为您转接人工服务。目前正在排队，预计约十分钟内会有工作人员接入，接入后会第一时间回复您，请您稍候。',
    );
    const event = activities.find((a) => a.type === 'event');
    expect(event?.name).toBe(HANDOFF_INITIATE);
    expect(event?.value).toEqual({
      summary:
        'A-1001 · NOT verified (do not discuss the account) · requested: the person asked for a human · said: "转人工"',
      reason: 'requested',
      priority: 2,
    });
    const attachment = event?.attachments?.[0];
    expect(attachment?.contentType).toBe(TRANSCRIPT_CONTENT_TYPE);
    const transcript = attachment?.content as Partial<Activity>[];
    expect(transcript.some((a) => a.type === 'message' && (a.text ?? '').includes('示例银行'))).toBe(true);
    expect(transcript.every((a) => a.type === 'message')).toBe(true);
    expect(JSON.stringify(transcript)).not.toContain('__collections');

    expect((await handoff.store.queued()).map((e) => [e.conversationId, e.reason, e.priority])).toEqual([
      [chat.conversationId, 'requested', 2],
    ]);
    expect((await app?.stores.escalations.listFor(chat.conversationId))?.map((e) => e.reason)).toEqual([
      'requested',
    ]);
  });

  it('a dispute, after the dispute is recorded', async () => {
    const { handoff, people } = start();
    const chat = people.chat('demo-zh');
    await verified(chat);
    const reply = await chat.say('这笔账不对，我没有消费过');
    expect(reply).toContain('关于您提出的异议，已为您转接人工服务。');
    expect(await app?.stores.disputes.hasOpen('A-1001')).toBe(true);
    expect(await handoff.store.open(chat.conversationId)).toMatchObject({
      reason: 'dispute',
      verified: true,
      priority: 2,
    });
  });

  it('distress goes to the front of the queue, after the crisis line', async () => {
    const { handoff, people } = start();
    const first = people.chat('demo-en');
    await first.say('Hello');
    await first.say('agent');
    const chat = people.chat('demo-zh');
    await chat.say('你好');
    const reply = await chat.say('我真的撑不下去了，不想活了');
    expect(reply).toContain('12356');
    expect(reply).not.toMatch(/欠款|逾期|12,345\.67/);
    expect((await handoff.store.queued()).map((e) => [e.reason, e.priority])).toEqual([
      ['distress', 0],
      ['requested', 2],
    ]);
  });

  it('three failed verifications, with nothing about the account in the summary but the account id', async () => {
    const { handoff, people } = start();
    const chat = people.chat('demo-zh');
    await chat.say('你好');
    await chat.say('0000');
    await chat.say('1111');
    const locked = await chat.say('2222');
    expect(locked).toContain('三十分钟后再试');
    expect(locked).toContain('由于身份验证未能完成，已为您转接人工服务。');
    const entry = await handoff.store.open(chat.conversationId);
    expect(entry).toMatchObject({ reason: 'verification_failed', verified: false, guard: undefined });
    expect(entry?.summary).toBe(
      'A-1001 · NOT verified (do not discuss the account) · verification_failed: 3 failed attempts · said: "2222"',
    );
  });

  it('an impasse in the negotiation', async () => {
    const { handoff, people } = start();
    const chat = people.chat('demo-zh');
    await verified(chat);
    let reply = '';
    for (let i = 0; i < 6 && !(await handoff.store.open(chat.conversationId)); i++)
      reply = await chat.say('每个月最多只能还10块');
    expect(await handoff.store.open(chat.conversationId)).toMatchObject({
      reason: 'impasse',
      verified: true,
      priority: 3,
    });
    expect(reply).toContain('已为您转接人工服务');
    expect((await handoff.store.open(chat.conversationId))?.summary).toMatch(
      /^A-1001 · verified · impasse: .* · offered: /,
    );
  });

  it('repeated guardrail fallbacks', async () => {
    const config = testConfig();
    const { handoff, people } = start(
      {},
      new FallingBackResponder(new TemplateResponder(bankWording(config))),
    );
    const chat = people.chat('demo-zh');
    await chat.say('你好');
    await chat.say('嗯');
    expect(await handoff.store.open(chat.conversationId)).toMatchObject({
      reason: 'guardrail_fallbacks',
      priority: 4,
    });
  });

  it('outside agent hours: still queued, and the callback is offered at once', async () => {
    // The test clock is 10:00 in Shanghai.
    const { handoff, people } = start({ AGENT_HOURS: '13:00-18:00 Asia/Shanghai' });
    const chat = people.chat('demo-zh');
    await chat.say('你好');
    const reply = await chat.say('转人工');
    expect(reply).toBe(
      '好的，已为您转接人工服务。目前正在排队，稍后会有工作人员接入，接入后会第一时间回复您，请您稍候。\n---\n' +
        '抱歉让您久等了，目前工作人员都在忙。请问需要我们稍后给您回电吗？\n\n需要回电请回复"确认"；您也可以直接在这里留言，工作人员会尽快回复您。',
    );
    expect(await handoff.store.open(chat.conversationId)).toMatchObject({
      status: 'queued',
      callback: 'offered',
    });
  });
});

describe('without AGENT_USERS there is nobody to hand over to', () => {
  it('records the escalation and the bot keeps answering', async () => {
    const { handoff, people } = start({ AGENT_USERS: '' });
    const chat = people.chat('demo-zh');
    await chat.say('你好');
    expect(await chat.say('转人工')).toMatch(/已收到您的请求/);
    expect(await handoff.store.queued()).toEqual([]);
    expect((await app?.stores.escalations.listFor(chat.conversationId))?.map((e) => e.reason)).toEqual([
      'requested',
    ]);
    expect(await chat.say('我身份证后四位是1234')).toContain('身份验证已通过');
  });
});

/** Wraps the template responder and reports every reply as a guardrail fallback. */
class FallingBackResponder implements Responder {
  constructor(private readonly inner: Responder) {}
  async respond(act: Act, context: RespondContext): Promise<Reply> {
    const reply = await this.inner.respond(act, context);
    return { ...reply, trace: { ...reply.trace, sent: 'safe_message' } };
  }
}
