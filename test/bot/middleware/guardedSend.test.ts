import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { GuardedSendMiddleware } from '../../../src/bot/middleware/guardedSend.js';
import { MemoryTranscriptSink } from '../../support/memoryTranscriptSink.js';
import { sendReply } from '../../../src/dialogs/outbound.js';
import { check } from '../../../src/guardrails/index.js';
import { systemClock } from '../../../src/core/clock.js';
import { safeMessage } from '../../../src/prompts/index.js';

function harness(transcript = new MemoryTranscriptSink()): {
  adapter: TestAdapter;
  transcript: MemoryTranscriptSink;
  received: () => Partial<Activity>[];
} {
  const adapter = new TestAdapter({
    channelId: 'test',
    serviceUrl: 'https://test.local',
    locale: 'zh-CN',
    user: { id: 'demo-zh', name: 'p' },
    bot: { id: 'bot', name: 'bot' },
    conversation: { id: 'send-path', isGroup: false, conversationType: 'personal', name: '' },
  });
  adapter.use(
    new GuardedSendMiddleware({
      check,
      safeMessage,
      transcript,
      logger: pino({ level: 'silent' }),
      serviceNumbers: ['400-000-0000'],
      clock: systemClock,
    }),
  );
  return {
    adapter,
    transcript,
    received: () => adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message),
  };
}

describe('the guarded send path', () => {
  it('never delivers a violating message sent straight from a dialog', async () => {
    const { adapter, transcript, received } = harness();
    const threat = '你这个老赖，再不还钱我们就去你单位找你领导';
    await adapter.processActivity('hi', async (context: TurnContext) => {
      await context.sendActivity(threat);
    });
    const out = received();
    expect(out).toHaveLength(1);
    expect(out[0]?.text).not.toContain('老赖');
    expect(out[0]?.text).toBe(safeMessage('zh-CN'));
    const trace = transcript.records.find((r) => r.type === 'trace');
    const value = trace?.value as { blockedDrafts: { text: string }[]; sendPath: string };
    expect(value.sendPath).toBe('safe_message');
    expect(value.blockedDrafts[0]?.text).toBe(threat);
  });

  it('drops a blocked agent message instead of sending a substitute', async () => {
    const { adapter, received } = harness();
    await adapter.processActivity('hi', async (context: TurnContext) => {
      await sendReply(
        context,
        { type: 'message', text: 'You deadbeat, pay now or we call your boss' },
        { source: 'agent', onBlock: 'drop', agent: 'amy' },
      );
    });
    expect(received()).toHaveLength(0);
  });

  it('blocks an account detail to an unverified person even without an act', async () => {
    const { adapter, received } = harness();
    await adapter.processActivity('hi', async (context: TurnContext) => {
      await context.sendActivity('您的欠款为12,345.67元，已逾期35天。');
    });
    expect(received()[0]?.text).toBe(safeMessage('zh-CN'));
  });

  it('lets a compliant message through unchanged and strips private metadata', async () => {
    const { adapter, transcript, received } = harness();
    const text = '您好，我是示例银行的智能助手。我们不会联系您的家人或单位。';
    await adapter.processActivity('hi', async (context: TurnContext) => {
      await sendReply(context, { type: 'message', text }, { source: 'bot' });
    });
    const out = received();
    expect(out[0]?.text).toBe(text);
    expect(JSON.stringify(out[0])).not.toContain('__collections');
    expect(transcript.records.filter((r) => r.type === 'message')).toHaveLength(1);
  });

  it('buffers an expectReplies reply whose record rides in the turn transaction, and takes it back out if that record is lost', async () => {
    let lose: ((error: unknown) => void) | undefined;
    const transcript = Object.assign(new MemoryTranscriptSink(), {
      commitWithTurn: (_items: readonly unknown[], lost: (error: unknown) => void) => ((lose = lost), true),
    });
    const { adapter } = harness(transcript);
    const messages = (context: TurnContext) =>
      context.bufferedReplyActivities.filter((a) => a.type === ActivityTypes.Message);
    await adapter.processActivity(
      { type: 'message', text: 'hi', deliveryMode: 'expectReplies' },
      async (context: TurnContext) => {
        await context.sendActivity('您好，我是示例银行的智能助手。');
        expect(messages(context)).toHaveLength(1);
        expect(transcript.records).toHaveLength(0); // not committed on its own: it waits for the turn's transaction
        lose?.(new Error('the turn transaction rolled back'));
        expect(messages(context)).toHaveLength(0);
      },
    );
  });

  it('commits a reply on its own when the store cannot take it into the turn, or when it is delivered at once', async () => {
    const offered: number[] = [];
    const transcript = Object.assign(new MemoryTranscriptSink(), {
      commitWithTurn: (items: readonly unknown[]) => (offered.push(items.length), false),
    });
    const { adapter } = harness(transcript);
    await adapter.processActivity(
      { type: 'message', text: 'hi', deliveryMode: 'expectReplies' },
      async (context) => {
        await context.sendActivity('您好，我是示例银行的智能助手。');
      },
    );
    await adapter.processActivity('hi', async (context: TurnContext) => {
      await context.sendActivity('您好，我是示例银行的智能助手。');
    });
    expect(offered).toEqual([2]); // the message and its trace, for the expectReplies turn only
    expect(transcript.records.filter((r) => r.type === 'message')).toHaveLength(2);
  });
});
