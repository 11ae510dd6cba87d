import type { Activity } from 'botbuilder';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SqliteDirectLineStore } from '../../../src/channels/directline/directLineStore.js';
import { WriteAheadDirectLineStore } from '../../../src/channels/directline/writeAheadStore.js';
import { openMemoryDatabase } from '../../../src/store/db.js';
import type { DirectLineStore } from '../../../src/channels/directline/directLineStore.js';
import type { AsyncOf } from '../../../src/store/pg/asyncOf.js';

const NOW = new Date('2026-11-28T02:00:00Z');

const message =
  (text: string, role: 'user' | 'bot') =>
  (id: string): Partial<Activity> => ({ id, type: 'message', text, from: { id: role, name: role, role } });

describe('the Direct Line store on SQLite, with callers that await', () => {
  it('gives twenty appends started at once twenty consecutive watermarks, none shared', async () => {
    const store = new SqliteDirectLineStore(openMemoryDatabase());
    const { conversationId } = await store.conversationForUser('u1', NOW);
    const stored = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.append(conversationId, NOW, message(`第${i + 1}条`, 'bot'))),
    );
    expect(stored.map((s) => s.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(await store.latestWatermark(conversationId)).toBe(20);
    expect((await store.after(conversationId, 18, 10)).map((s) => s.activity.text)).toEqual([
      '第19条',
      '第20条',
    ]);
  });

  it('gives a user one conversation when two link exchanges ask at the same moment', async () => {
    const store = new SqliteDirectLineStore(openMemoryDatabase());
    const [a, b] = await Promise.all([
      store.conversationForUser('u1', NOW),
      store.conversationForUser('u1', NOW),
    ]);
    expect(a.conversationId).toBe(b.conversationId);
    const started = await Promise.all([
      store.markStarted(a.conversationId, NOW, 'zh-CN'),
      store.markStarted(a.conversationId, NOW, 'zh-CN'),
    ]);
    expect(started.sort()).toEqual([false, true]);
  });
});

describe('the write-ahead store', () => {
  it('has the person’s message in the transcript by the time append resolves, and the bot’s not', async () => {
    const db = openMemoryDatabase();
    const recorded: (string | undefined)[] = [];
    const store = new WriteAheadDirectLineStore(new SqliteDirectLineStore(db), db, (activity) => {
      recorded.push(activity.text);
    });
    const { conversationId } = await store.conversationForUser('u1', NOW);
    await store.append(conversationId, NOW, message('我想分期', 'user'), { accountId: 'A-1001' });
    expect(recorded).toEqual(['我想分期']);
    await store.append(conversationId, NOW, message('好的', 'bot'));
    expect(recorded).toEqual(['我想分期']);
  });

  it('stores nothing for the channel when the transcript cannot write', async () => {
    const db = openMemoryDatabase();
    const store = new WriteAheadDirectLineStore(new SqliteDirectLineStore(db), db, () => {
      throw new Error('disk full');
    });
    const { conversationId } = await store.conversationForUser('u1', NOW);
    await expect(store.append(conversationId, NOW, message('你好', 'user'))).rejects.toThrow('disk full');
    expect(await store.latestWatermark(conversationId)).toBe(0);
  });
});

describe('the Direct Line store interface as PostgreSQL implements it', () => {
  it('is its own AsyncOf: same methods and parameters, each result already a Promise', () => {
    expectTypeOf<AsyncOf<DirectLineStore>>().toEqualTypeOf<DirectLineStore>();
  });
});
