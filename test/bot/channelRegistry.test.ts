import { ActivityEventNames, ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ChannelRegistryError, GuardedChannelRegistry } from '../../src/bot/channelRegistry.js';
import { turnErrorHandler } from '../../src/bot/pipeline.js';
import type { ChannelAdapter } from '../../src/channels/host.js';
import { MemoryTranscriptSink } from '../support/memoryTranscriptSink.js';
import { sendReply } from '../../src/dialogs/outbound.js';
import { safeMessage } from '../../src/prompts/index.js';
import { TranscriptUnavailableError } from '../../src/store/transcripts/index.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/**
 * The channel registry guards by structure: an adapter reaches people only after it is
 * registered, and registering gives it the one middleware list (guarded send path included)
 * and the one turn-error handler. Nothing a channel or a proactive job sends can skip them.
 */
let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const THREAT = '你这个老赖，再不还钱我们就去你单位找你领导';

interface Person {
  adapter: TestAdapter;
  conversationId: string;
  received(): Partial<Activity>[];
}

/** A bare channel: a TestAdapter whose proactive turns run as ContinueConversation events. */
function bareChannel(conversationId: string, locale = 'zh-CN'): Person & { channel: ChannelAdapter } {
  const adapter = new TestAdapter({
    channelId: 'bare',
    serviceUrl: 'https://bare.local',
    locale,
    user: { id: 'demo-zh', name: 'p' },
    bot: { id: 'bot', name: 'bot' },
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
  });
  return {
    adapter,
    conversationId,
    received: () => adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message),
    channel: {
      adapter,
      continueConversation: async (_reference, logic) => {
        await adapter.processActivity(
          { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation },
          logic,
        );
      },
    },
  };
}

function start(): { app: TestApp; transcript: MemoryTranscriptSink } {
  const transcript = new MemoryTranscriptSink();
  app = createTestApp({}, { transcript });
  return { app, transcript };
}

async function remember(a: TestApp, conversationId: string): Promise<void> {
  await a.stores.conversations.save(
    {
      conversationId,
      channelId: 'bare',
      userId: 'demo-zh',
      accountId: 'A-1001',
      reference: { conversation: { id: conversationId }, channelId: 'bare', user: { id: 'demo-zh' } },
    },
    a.clock.now(),
    false,
  );
}

function sendPathTraces(
  transcript: MemoryTranscriptSink,
): { sendPath: string; blockedDrafts: { text: string }[] }[] {
  return transcript.records
    .filter((r) => r.type === 'trace' && r.name === 'collections.reply')
    .map((r) => r.value as { sendPath: string; blockedDrafts: { text: string }[] });
}

describe('an adapter registered through the channel registry', () => {
  it('cannot send a blocked text proactively: the person gets the safe message, and the draft is recorded', async () => {
    const { app: a, transcript } = start();
    const person = bareChannel('reg-proactive');
    a.channels.register('bare', person.channel);
    await remember(a, person.conversationId);

    const outcome = await a.proactive.continue(person.conversationId, async (context) => {
      await context.sendActivity(THREAT);
    });

    expect(outcome).toEqual({ status: 'sent' });
    const out = person.received();
    expect(out.map((m) => m.text)).toEqual([safeMessage('zh-CN')]);
    const [trace] = sendPathTraces(transcript);
    expect(trace?.sendPath).toBe('safe_message');
    expect(trace?.blockedDrafts.map((d) => d.text)).toContain(THREAT);
    const recorded = transcript.records.filter((r) => r.type === 'message').map((r) => r.text);
    expect(recorded).toEqual([safeMessage('zh-CN')]);
    expect(JSON.stringify(transcript.records)).not.toContain('老赖，再不还钱我们就去你单位找你领导"}');
  });

  it('drops a blocked agent text sent proactively instead of substituting it', async () => {
    const { app: a, transcript } = start();
    const person = bareChannel('reg-agent');
    a.channels.register('bare', person.channel);
    await remember(a, person.conversationId);

    let response: unknown = 'not sent';
    await a.proactive.continue(person.conversationId, async (context) => {
      response = await sendReply(
        context,
        { type: 'message', text: 'You deadbeat, pay now or we call your boss' },
        { source: 'agent', agent: 'amy', onBlock: 'drop' },
      );
    });

    expect(response).toBeUndefined();
    expect(person.received()).toEqual([]);
    expect(sendPathTraces(transcript)[0]?.sendPath).toBe('dropped');
  });

  it('guards its own turns too, and only once however often it is registered or guarded', async () => {
    const { app: a, transcript } = start();
    const person = bareChannel('reg-once');
    a.channels.guard(person.adapter);
    a.channels.register('bare', person.channel);
    a.channels.register('bare-again', person.channel);

    await person.adapter.processActivity({ type: 'message', text: 'hi' }, async (context: TurnContext) => {
      await context.sendActivity('您好，我是示例银行的智能助手。');
    });

    expect(person.received().map((m) => m.text)).toEqual(['您好，我是示例银行的智能助手。']);
    expect(transcript.records.filter((r) => r.type === 'message' && r.from?.role === 'bot')).toHaveLength(1);
    expect(sendPathTraces(transcript)).toHaveLength(1);
    expect(a.channels.isGuarded(person.adapter)).toBe(true);
  });

  it('apologises for a failed turn in the person’s language, through the send path', async () => {
    const { app: a, transcript } = start();
    const person = bareChannel('reg-error', 'en-US');
    a.channels.register('bare', person.channel);

    await person.adapter.processActivity({ type: 'message', text: 'hello', locale: 'en-US' }, async () => {
      throw new Error('the bot fell over');
    });

    expect(person.received().map((m) => m.text)).toEqual([safeMessage('en')]);
    expect(sendPathTraces(transcript)).toHaveLength(1);
  });
});

describe('the channel registry itself', () => {
  const handler = turnErrorHandler({ logger: pino({ level: 'silent' }), safeMessage });

  it('refuses to register or guard an adapter before its middleware list is sealed', () => {
    const registry = new GuardedChannelRegistry(handler);
    const person = bareChannel('early');
    expect(() => registry.register('bare', person.channel)).toThrow(ChannelRegistryError);
    expect(() => registry.guard(person.adapter)).toThrow(/no middleware yet/);
  });

  it('is sealed once', () => {
    const registry = new GuardedChannelRegistry(handler);
    registry.seal([]);
    expect(() => registry.seal([])).toThrow(expect.objectContaining({ code: 'CHANNELS_ALREADY_SEALED' }));
  });

  it('says which channel id it has no adapter for when there is no fallback', () => {
    const registry = new GuardedChannelRegistry(handler);
    registry.seal([]);
    expect(() => registry.get('fax')).toThrow(expect.objectContaining({ code: 'NO_CHANNEL' }));
  });

  it('does not apologise for a turn that could not be recorded: it fails the turn instead', async () => {
    const registry = new GuardedChannelRegistry(handler);
    registry.seal([]);
    const person = bareChannel('unrecorded');
    registry.register('bare', person.channel);
    await expect(
      person.adapter.processActivity({ type: 'message', text: 'hi' }, async () => {
        throw new TranscriptUnavailableError('disk full');
      }),
    ).rejects.toThrow(TranscriptUnavailableError);
    expect(person.received()).toEqual([]);
  });
});
