import { beforeEach, expect, it } from 'vitest';
import type { HandoffStore, NewHandoff } from '../../src/handoff/types.js';
import type { AsyncOf } from '../../src/store/pg/asyncOf.js';

export interface HandoffHarness {
  /** Empties the tables. */
  reset(): Promise<void>;
  /** Another instance on the same database. */
  open(): AsyncOf<HandoffStore>;
}

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

/** The contract of the handoff queue, run against every backend. */
export function handoffStoreContract(h: HandoffHarness): void {
  beforeEach(() => h.reset());

  it('queues a conversation once, raising it to a more urgent reason, and keeps the guard', async () => {
    const store = h.open();
    const first = await store.enqueue(handoff('c1'), T0);
    expect(first).toMatchObject({
      status: 'queued',
      entry: {
        status: 'queued',
        queuedAt: T0.toISOString(),
        verified: true,
        callback: 'none',
        agent: undefined,
      },
    });
    const again = await store.enqueue(handoff('c1', { reason: 'impasse', priority: 2 }), at(5));
    expect(again).toMatchObject({
      status: 'already_open',
      entry: { handoffId: first.entry.handoffId, reason: 'requested' },
    });
    const raised = await store.enqueue(handoff('c1', { reason: 'distress', priority: 0 }), at(6));
    expect(raised.entry).toMatchObject({ handoffId: first.entry.handoffId, reason: 'distress', priority: 0 });
    expect(await store.queued()).toHaveLength(1);
    expect((await store.open('c1'))?.guard).toEqual(handoff('c1').guard);
    expect(await store.open('c1')).toEqual(raised.entry);
  });

  it('lists the queue most urgent first, then longest waiting', async () => {
    const store = h.open();
    await store.enqueue(handoff('late-request', { priority: 1 }), at(30));
    await store.enqueue(handoff('impasse', { reason: 'impasse', priority: 2 }), T0);
    await store.enqueue(
      handoff('early-request', { priority: 1, accountId: undefined, guard: undefined }),
      at(10),
    );
    await store.enqueue(handoff('distress', { reason: 'distress', priority: 0 }), at(60));
    expect((await store.queued()).map((e) => e.conversationId)).toEqual([
      'distress',
      'early-request',
      'late-request',
      'impasse',
    ]);
    expect(await store.open('early-request')).toMatchObject({ accountId: undefined, guard: undefined });
  });

  it('accepts for one agent, gives access to that agent only, releases with the outcome, and queues again', async () => {
    const store = h.open();
    await store.enqueue(handoff('c1'), T0);
    expect(await store.access('c1', 'alice')).toEqual({ status: 'not_holder' });
    expect(await store.accept('nobody', 'alice', at(1))).toEqual({ status: 'not_queued' });
    const accepted = await store.accept('c1', 'alice', at(1));
    expect(accepted).toMatchObject({
      status: 'accepted',
      entry: { agent: 'alice', acceptedAt: at(1).toISOString() },
    });
    expect(await store.accept('c1', 'bob', at(2))).toEqual({ status: 'held_by_other' });
    expect((await store.accept('c1', 'alice', at(2))).status).toBe('already_yours');
    expect((await store.heldBy('alice')).map((e) => e.conversationId)).toEqual(['c1']);
    expect((await store.openForAccount('A-1001'))?.status).toBe('accepted');
    expect((await store.access('c1', 'alice')).status).toBe('ok');
    expect(await store.access('c1', 'bob')).toEqual({ status: 'not_holder' });
    expect(await store.release('c1', 'bob', 'resolved', at(3))).toEqual({ status: 'not_holder' });
    expect(await store.release('c1', 'alice', 'plan_agreed', at(4))).toMatchObject({
      status: 'released',
      entry: { status: 'released', outcome: 'plan_agreed', agent: 'alice', releasedAt: at(4).toISOString() },
    });
    expect(await store.open('c1')).toBeUndefined();
    expect(await store.openForAccount('A-1001')).toBeUndefined();
    expect(await store.release('c1', 'alice', 'resolved', at(5))).toEqual({ status: 'not_open' });
    expect((await store.enqueue(handoff('c1', { reason: 'dispute' }), at(6))).status).toBe('queued');
  });

  it('lets exactly one of many agents on several instances accept a conversation at once', async () => {
    const instances = [h.open(), h.open(), h.open()];
    await instances[0]!.enqueue(handoff('race'), T0);
    const outcomes = await Promise.all(
      Array.from({ length: 9 }, (_, i) => instances[i % 3]!.accept('race', `agent-${i}`, at(1))),
    );
    expect(outcomes.filter((o) => o.status === 'accepted')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'held_by_other')).toHaveLength(8);
  });

  it('keeps one open handoff per conversation when instances escalate it at once', async () => {
    const instances = [h.open(), h.open(), h.open()];
    const outcomes = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        instances[i % 3]!.enqueue(
          handoff('twice', { priority: 9 - i, reason: i === 8 ? 'distress' : 'requested' }),
          at(i),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'queued')).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.entry.handoffId)).size).toBe(1);
    expect(await instances[0]!.queued()).toHaveLength(1);
    expect((await instances[1]!.open('twice'))?.priority).toBe(1);
  });

  it('numbers messages per handoff in order, pages them after a cursor, and loses none to concurrent writers', async () => {
    const [a, b] = [h.open(), h.open()];
    const { entry } = await a.enqueue(handoff('c1'), T0);
    const other = (await a.enqueue(handoff('c2'), T0)).entry;
    const m1 = await a.appendMessage(entry.handoffId, 'person', '我想找人工 \u0000', at(1));
    await b.appendMessage(other.handoffId, 'person', '别的会话', at(1));
    const m2 = await b.appendMessage(entry.handoffId, 'agent', '您好，我是客服小李', at(2), 'alice');
    expect(m2).toMatchObject({ from: 'agent', agent: 'alice', timestamp: at(2).toISOString() });
    expect((await a.messages(entry.handoffId, 0, 100)).map((m) => m.id)).toEqual([m1.id, m2.id]);
    expect(await a.messages(entry.handoffId, m2.seq, 100)).toEqual([]);
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).appendMessage(entry.handoffId, 'person', `m${i}`, at(3)),
      ),
    );
    const all = await b.messages(entry.handoffId, m2.seq, 100);
    expect(all.map((m) => m.id).sort()).toEqual(burst.map((m) => m.id).sort());
    expect(all.map((m) => m.seq)).toEqual([...all.map((m) => m.seq)].sort((x, y) => x - y));
    expect((await a.messages(entry.handoffId, 0, 2)).map((m) => m.id)).toEqual([m1.id, m2.id]);
  });

  it('answers hostile ids (NUL, huge, unicode) with nothing found, never a failed query', async () => {
    const store = h.open();
    for (const id of ['c\u0000', 'x'.repeat(50_000), '会话🙂']) {
      expect(await store.open(id)).toBeUndefined();
      expect(await store.accept(id, 'alice\u0000', T0)).toEqual({ status: 'not_queued' });
      expect(await store.release(id, 'alice', 'done', T0)).toEqual({ status: 'not_open' });
      expect(await store.messages(id, 0, 10)).toEqual([]);
      expect(await store.setCallback(id, 'none', 'offered', T0)).toBe(false);
    }
    expect(await store.openForAccount('A-\u0000')).toBeUndefined();
    expect(await store.heldBy('\u0000')).toEqual([]);
  });

  it('finds the people due a callback offer and moves each offer on only once', async () => {
    const store = h.open();
    const { entry } = await store.enqueue(handoff('c1'), T0);
    await store.enqueue(handoff('c2'), at(200));
    expect(await store.dueForCallbackOffer(at(299), 300)).toEqual([]);
    expect((await store.dueForCallbackOffer(at(300), 300)).map((e) => e.conversationId)).toEqual(['c1']);
    const twice = await Promise.all([
      store.setCallback(entry.handoffId, 'none', 'offered', at(300)),
      h.open().setCallback(entry.handoffId, 'none', 'offered', at(301)),
    ]);
    expect(twice.filter(Boolean)).toHaveLength(1);
    expect((await store.dueForCallbackOffer(at(600), 300)).map((e) => e.conversationId)).toEqual(['c2']);
    expect(await store.setCallback(entry.handoffId, 'offered', 'requested', at(320))).toBe(true);
    expect(await store.open('c1')).toMatchObject({
      callback: 'requested',
      callbackAt: at(320).toISOString(),
    });
  });
}
