import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { SqliteHandoffStore, type NewHandoff } from '../../src/handoff/index.js';
import { openMemoryDatabase } from '../../src/store/db.js';
import type { HandoffStore } from '../../src/handoff/types.js';
import type { AsyncOf } from '../../src/store/pg/asyncOf.js';

const T0 = new Date('2026-11-28T02:00:00Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

function handoff(conversationId: string, over: Partial<NewHandoff> = {}): NewHandoff {
  return {
    conversationId,
    channelId: 'test',
    accountId: 'A-1001',
    reason: 'requested',
    priority: 1,
    summary: 'A-1001 · verified · requested: the person asked for a human',
    locale: 'zh-CN',
    verified: true,
    guard: {
      facts: { currency: 'CNY', balanceCents: 1_234_567, amountsCents: [], dates: ['2026-10-24'] },
      authorised: ['installments'],
    },
    ...over,
  };
}

let store: SqliteHandoffStore;
beforeEach(() => {
  store = new SqliteHandoffStore(openMemoryDatabase());
});

describe('the handoff queue on SQLite', () => {
  it('queues a conversation once; a second escalation while it waits keeps the one entry', async () => {
    const first = await store.enqueue(handoff('c1'), T0);
    const again = await store.enqueue(handoff('c1', { reason: 'impasse', priority: 2 }), at(5));
    expect(first.status).toBe('queued');
    expect(again).toMatchObject({
      status: 'already_open',
      entry: { handoffId: first.entry.handoffId, reason: 'requested' },
    });
    expect(await store.queued()).toHaveLength(1);
    expect((await store.open('c1'))?.guard).toEqual({
      facts: { currency: 'CNY', balanceCents: 1_234_567, amountsCents: [], dates: ['2026-10-24'] },
      authorised: ['installments'],
    });
  });

  it('raises a waiting conversation to a more urgent reason (distress goes first)', async () => {
    await store.enqueue(handoff('c1'), T0);
    await store.enqueue(handoff('c1', { reason: 'distress', priority: 0 }), at(5));
    expect(await store.open('c1')).toMatchObject({ reason: 'distress', priority: 0 });
  });

  it('lists the queue most urgent first, then longest waiting', async () => {
    await store.enqueue(handoff('late-request', { priority: 1 }), at(30));
    await store.enqueue(handoff('impasse', { reason: 'impasse', priority: 2 }), T0);
    await store.enqueue(handoff('early-request', { priority: 1 }), at(10));
    await store.enqueue(handoff('distress', { reason: 'distress', priority: 0 }), at(60));
    expect((await store.queued()).map((e) => e.conversationId)).toEqual([
      'distress',
      'early-request',
      'late-request',
      'impasse',
    ]);
  });

  it('tells reminders an account is with a human while its handoff is queued or accepted', async () => {
    await store.enqueue(handoff('c1'), T0);
    expect((await store.openForAccount('A-1001'))?.conversationId).toBe('c1');
    await store.accept('c1', 'alice', at(1));
    expect((await store.openForAccount('A-1001'))?.status).toBe('accepted');
    await store.release('c1', 'alice', 'resolved', at(2));
    expect(await store.openForAccount('A-1001')).toBeUndefined();
    expect(await store.openForAccount('A-2002')).toBeUndefined();
  });

  it('lets exactly one of two agents accept a conversation', async () => {
    await store.enqueue(handoff('c1'), T0);
    expect((await store.accept('c1', 'alice', at(20))).status).toBe('accepted');
    expect(await store.accept('c1', 'bob', at(21))).toEqual({ status: 'held_by_other' });
    expect((await store.accept('c1', 'alice', at(22))).status).toBe('already_yours');
    expect(await store.queued()).toHaveLength(0);
    expect((await store.heldBy('alice')).map((e) => e.conversationId)).toEqual(['c1']);
    expect(await store.heldBy('bob')).toEqual([]);
  });

  it('lets one of two agents accepting at the same moment win, and tells the other it is taken', async () => {
    await store.enqueue(handoff('c1'), T0);
    const [alice, bob] = await Promise.all([
      store.accept('c1', 'alice', at(20)),
      store.accept('c1', 'bob', at(20)),
    ]);
    expect([alice.status, bob.status].sort()).toEqual(['accepted', 'held_by_other']);
    const winner = alice.status === 'accepted' ? 'alice' : 'bob';
    expect((await store.open('c1'))?.agent).toBe(winner);
  });

  it('leaves one open handoff when two escalations of one conversation are queued at once', async () => {
    const outcomes = await Promise.all([
      store.enqueue(handoff('c1'), T0),
      store.enqueue(handoff('c1', { reason: 'distress', priority: 0 }), T0),
      store.enqueue(handoff('c1', { reason: 'impasse', priority: 2 }), T0),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['already_open', 'already_open', 'queued']);
    expect(new Set(outcomes.map((o) => o.entry.handoffId)).size).toBe(1);
    expect(await store.queued()).toHaveLength(1);
    expect(await store.open('c1')).toMatchObject({ reason: 'distress', priority: 0 });
  });

  it('releases once when the holder releases twice at the same moment', async () => {
    await store.enqueue(handoff('c1'), T0);
    await store.accept('c1', 'alice', at(1));
    const outcomes = await Promise.all([
      store.release('c1', 'alice', 'resolved', at(2)),
      store.release('c1', 'alice', 'resolved', at(2)),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['not_open', 'released']);
  });

  it('gives read and write access only to the agent who accepted', async () => {
    await store.enqueue(handoff('c1'), T0);
    expect(await store.access('c1', 'alice')).toEqual({ status: 'not_holder' });
    await store.accept('c1', 'alice', at(1));
    expect((await store.access('c1', 'alice')).status).toBe('ok');
    expect(await store.access('c1', 'bob')).toEqual({ status: 'not_holder' });
    expect(await store.access('nobody', 'alice')).toEqual({ status: 'not_open' });
  });

  it('releases only for the holder, with the outcome, and then the conversation can be queued again', async () => {
    await store.enqueue(handoff('c1'), T0);
    await store.accept('c1', 'alice', at(1));
    expect(await store.release('c1', 'bob', 'resolved', at(2))).toEqual({ status: 'not_holder' });
    const released = await store.release('c1', 'alice', 'plan_agreed', at(3));
    expect(released).toMatchObject({
      status: 'released',
      entry: { status: 'released', outcome: 'plan_agreed', agent: 'alice' },
    });
    expect(await store.open('c1')).toBeUndefined();
    expect(await store.release('c1', 'alice', 'resolved', at(4))).toEqual({ status: 'not_open' });
    expect((await store.enqueue(handoff('c1', { reason: 'dispute' }), at(5))).status).toBe('queued');
  });

  it('keeps messages in order per handoff and pages them after a cursor', async () => {
    const { entry } = await store.enqueue(handoff('c1'), T0);
    const other = (await store.enqueue(handoff('c2'), T0)).entry;
    const m1 = await store.appendMessage(entry.handoffId, 'person', '我想找人工', at(1));
    await store.appendMessage(other.handoffId, 'person', '别的会话', at(1));
    const m2 = await store.appendMessage(entry.handoffId, 'bot', '已为您转接人工服务', at(2));
    const m3 = await store.appendMessage(entry.handoffId, 'agent', '您好，我是客服小李', at(3), 'alice');
    expect((await store.messages(entry.handoffId, 0, 100)).map((m) => m.text)).toEqual([
      '我想找人工',
      '已为您转接人工服务',
      '您好，我是客服小李',
    ]);
    expect((await store.messages(entry.handoffId, m1.seq, 100)).map((m) => m.id)).toEqual([m2.id, m3.id]);
    expect(await store.messages(entry.handoffId, m3.seq, 100)).toEqual([]);
    expect(m3).toMatchObject({ from: 'agent', agent: 'alice', timestamp: '2026-11-28T02:00:03.000Z' });
  });

  it('finds the people due a callback offer and moves each offer on only once', async () => {
    const { entry } = await store.enqueue(handoff('c1'), T0);
    await store.enqueue(handoff('c2'), at(200));
    expect(await store.dueForCallbackOffer(at(299), 300)).toEqual([]);
    expect((await store.dueForCallbackOffer(at(300), 300)).map((e) => e.conversationId)).toEqual(['c1']);
    expect(await store.setCallback(entry.handoffId, 'none', 'offered', at(300))).toBe(true);
    expect(await store.setCallback(entry.handoffId, 'none', 'offered', at(301))).toBe(false);
    expect((await store.dueForCallbackOffer(at(600), 300)).map((e) => e.conversationId)).toEqual(['c2']);
    expect(await store.setCallback(entry.handoffId, 'offered', 'requested', at(320))).toBe(true);
    expect(await store.open('c1')).toMatchObject({
      callback: 'requested',
      callbackAt: '2026-11-28T02:05:20.000Z',
    });
  });
});

describe('the handoff store interface as PostgreSQL implements it', () => {
  it('is its own AsyncOf: same methods and parameters, each result already a Promise', () => {
    expectTypeOf<AsyncOf<HandoffStore>>().toEqualTypeOf<HandoffStore>();
  });
});
