import { beforeEach, expect, it } from 'vitest';
import {
  activityId,
  type DirectLineStore,
  visibleTo,
} from '../../../src/channels/directline/directLineStore.js';
import type { AsyncOf } from '../../../src/store/pg/asyncOf.js';

export interface DirectLineHarness {
  reset(): Promise<void>;
  /** Another instance on the same database. */
  open(): AsyncOf<DirectLineStore>;
}

const T0 = new Date('2026-12-05T03:00:00.000Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);

const message = (role: string, text: string) => (id: string, seq: number) => ({
  type: 'message' as const,
  id,
  text,
  from: { id: role === 'user' ? 'dl_u' : 'bot', name: role, role },
  channelData: { seq },
});

/** The contract of the Direct Line store, run against every backend. */
export function directLineStoreContract(h: DirectLineHarness): void {
  beforeEach(() => h.reset());

  it('gives each user one conversation, also when instances ask for it at once', async () => {
    const [a, b] = [h.open(), h.open()];
    const all = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).conversationForUser('dl_alice', at(i))),
    );
    expect(new Set(all.map((c) => c.conversationId)).size).toBe(1);
    const [first] = all;
    expect(first).toMatchObject({ userId: 'dl_alice', locale: undefined, startedAt: undefined });
    expect(first?.conversationId).toMatch(/^dl-[\w-]{22}$/);
    expect(await b.get(first!.conversationId)).toEqual(first);
    expect((await a.conversationForUser('dl_bob', T0)).conversationId).not.toBe(first?.conversationId);
    expect(await a.get('dl-nobody')).toBeUndefined();
    expect(await a.get('dl-\u0000')).toBeUndefined();
  });

  it('marks a conversation started once, keeping the first locale', async () => {
    const store = h.open();
    const c = await store.conversationForUser('dl_u', T0);
    const started = await Promise.all([
      store.markStarted(c.conversationId, at(1), 'zh-CN'),
      h.open().markStarted(c.conversationId, at(2), 'en'),
    ]);
    expect(started.filter(Boolean)).toHaveLength(1);
    const after = await store.get(c.conversationId);
    expect(after?.startedAt).toMatch(/^2026-12-05T03:00:00\.00[12]Z$/);
    expect(['zh-CN', 'en']).toContain(after?.locale);
    expect(await store.markStarted('dl-nobody', at(3), 'en')).toBe(false);
  });

  it('numbers activities 1, 2, 3 per conversation, builds them with their id and watermark, and pages after one', async () => {
    const store = h.open();
    const c = (await store.conversationForUser('dl_u', T0)).conversationId;
    const other = (await store.conversationForUser('dl_v', T0)).conversationId;
    const one = await store.append(c, T0, message('user', '你好'));
    await store.append(other, T0, message('user', 'other'));
    const two = await store.append(c, at(1), message('bot', '您好，请问有什么可以帮您？'));
    expect(one).toEqual({ seq: 1, activity: message('user', '你好')(activityId(c, 1), 1) });
    expect(two.seq).toBe(2);
    expect(await store.latestWatermark(c)).toBe(2);
    expect(await store.latestWatermark('dl-nobody')).toBe(0);
    expect((await store.after(c, 0, 10)).map((s) => s.activity.text)).toEqual([
      '你好',
      '您好，请问有什么可以帮您？',
    ]);
    expect((await store.after(c, 1, 10)).map((s) => s.seq)).toEqual([2]);
    expect(await store.after(c, 2, 10)).toEqual([]);
    expect((await store.after(c, 0, 1)).map((s) => s.seq)).toEqual([1]);
    expect(await store.after(c, Number.MAX_SAFE_INTEGER, 10)).toEqual([]);
  });

  it('keeps a verified reply for the one session it is for', async () => {
    const store = h.open();
    const c = (await store.conversationForUser('dl_u', T0)).conversationId;
    await store.append(c, T0, message('bot', 'for everyone'));
    const mine = await store.append(c, T0, message('bot', 'balance 1,234.56'), { audience: 'session-A' });
    expect(mine.audience).toBe('session-A');
    const stored = await h.open().after(c, 0, 10);
    expect(stored.map((s) => s.audience)).toEqual([undefined, 'session-A']);
    expect(stored.filter((s) => visibleTo(s, 'session-B')).map((s) => s.activity.text)).toEqual([
      'for everyone',
    ]);
    expect(stored.filter((s) => visibleTo(s, 'session-A'))).toHaveLength(2);
  });

  it('keeps watermarks unique and gap-free when instances append to one conversation at once', async () => {
    const instances = [h.open(), h.open(), h.open()];
    const c = (await instances[0]!.conversationForUser('dl_busy', T0)).conversationId;
    const stored = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        instances[i % 3]!.append(c, at(i), message(i % 2 ? 'bot' : 'user', `m${i}`)),
      ),
    );
    expect(stored.map((s) => s.seq).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
    const read = await instances[1]!.after(c, 0, 100);
    expect(read.map((s) => s.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    for (const s of read) expect(s.activity.id).toBe(activityId(c, s.seq));
  });

  it('stores nothing and keeps the numbering when building the activity throws', async () => {
    const store = h.open();
    const c = (await store.conversationForUser('dl_u', T0)).conversationId;
    await store.append(c, T0, message('user', 'one'));
    await expect(
      store.append(c, T0, () => {
        throw new Error('bad activity');
      }),
    ).rejects.toThrow('bad activity');
    expect((await store.append(c, T0, message('user', 'two'))).seq).toBe(2);
  });
}
