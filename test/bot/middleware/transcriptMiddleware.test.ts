import { ActivityEventNames, ActivityTypes, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { TranscriptMiddleware } from '../../../src/bot/middleware/transcriptMiddleware.js';
import { ManualClock } from '../../../src/core/clock.js';
import { openMemoryDatabase } from '../../../src/store/db.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import { TranscriptWriter, type WriteFailure } from '../../../src/store/transcripts/writer.js';

function setup() {
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const store = new SqliteTranscriptStore(openMemoryDatabase());
  const failures: WriteFailure[] = [];
  const writer = new TranscriptWriter({ store, clock, onFailure: (f) => failures.push(f) });
  return { clock, store, writer, failures };
}

describe('TranscriptMiddleware', () => {
  it('commits the inbound message before the bot runs, as the user, with the account it belongs to', async () => {
    const { clock, store, writer } = setup();
    const onDiskWhenBotRan: number[] = [];
    const adapter = new TestAdapter(async (context) => {
      onDiskWhenBotRan.push((await store.getRecords(context.activity.conversation.id)).length);
      await context.sendActivity('收到');
    }).use(
      new TranscriptMiddleware({
        writer,
        clock,
        accountOf: async (id) => (id === 'Convo1' ? 'ACC-1001' : undefined),
      }),
    );
    await adapter.send('我想分期').assertReply('收到');
    await writer.flush();
    expect(onDiskWhenBotRan).toEqual([1]);
    const records = await store.getRecords(adapter.conversation.conversation.id);
    expect(records.map((r) => [r.role, r.accountId, r.activity.text, r.activity.from?.role])).toEqual([
      ['user', 'ACC-1001', '我想分期', 'user'],
    ]);
  });

  it('logs events and conversation updates, but not the proactive ContinueConversation event', async () => {
    const { clock, store, writer } = setup();
    const adapter = new TestAdapter(async () => undefined).use(new TranscriptMiddleware({ writer, clock }));
    await adapter
      .send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user1', name: 'User1' }] })
      .startTest();
    await adapter
      .send({ type: ActivityTypes.Event, name: 'webchat/join', value: { locale: 'zh-CN' } })
      .startTest();
    await adapter
      .send({ type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation })
      .startTest();
    await writer.flush();
    const records = await store.getRecords(adapter.conversation.conversation.id);
    expect(records.map((r) => [r.type, r.activity.name ?? null])).toEqual([
      ['conversationUpdate', null],
      ['event', 'webchat/join'],
    ]);
  });

  it('fails the turn (nothing acknowledged, no reply) when the inbound message cannot be recorded', async () => {
    const errors: unknown[] = [];
    const turnErrors: unknown[] = [];
    const broken = {
      commit: () => {
        throw new Error('disk on fire');
      },
      wasCommitted: () => false,
    };
    let ran = false;
    const adapter = new TestAdapter(async (context) => {
      ran = true;
      await context.sendActivity('不该回复');
    }).use(
      new TranscriptMiddleware({ writer: broken, clock: new ManualClock(0), onError: (e) => errors.push(e) }),
    );
    adapter.onTurnError = async (_context, error) => {
      turnErrors.push(error);
    };
    await adapter.receiveActivity('你好');
    expect(ran).toBe(false);
    expect(adapter.activeQueue).toHaveLength(0);
    expect(errors.map((e) => (e as Error).message)).toEqual(['disk on fire']);
    expect(turnErrors).toHaveLength(1);
  });
  it('records a turn and runs the rest of it inside the turn scope, but not a proactive start (issue 19 pg15)', async () => {
    const { clock, store, writer } = setup();
    const scoped: string[] = [];
    let inScope = false;
    const ranInScope: boolean[] = [];
    const adapter = new TestAdapter(async () => {
      ranInScope.push(inScope);
    }).use(
      new TranscriptMiddleware({
        writer,
        clock,
        turnScope: async (id, turn) => {
          scoped.push(id);
          inScope = true;
          try {
            await turn();
          } finally {
            inScope = false;
          }
        },
      }),
    );
    await adapter.send('你好').startTest();
    await adapter
      .send({ type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation })
      .startTest();
    await writer.flush();
    expect(scoped).toEqual([adapter.conversation.conversation.id]);
    expect(ranInScope).toEqual([true, false]);
    expect(
      (await store.getRecords(adapter.conversation.conversation.id)).map((r) => r.activity.text),
    ).toEqual(['你好']);
  });
});
