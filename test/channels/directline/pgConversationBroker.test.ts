import { describe, expect, it } from 'vitest';
import type { ConversationFrame } from '../../../src/channels/directline/conversationBroker.js';
import { PgConversationBroker } from '../../../src/channels/directline/pgConversationBroker.js';

/** Stands in for PgBroker's surface: subscribers by conversation, publishes that can be slowed or fail. */
class Bus {
  readonly handlers = new Map<string, Set<(payload: string) => void>>();
  readonly sent: string[] = [];
  delays: number[] = [];
  failNext = false;
  publish = async (conversationId: string, payload: string): Promise<void> => {
    const wait = this.delays.shift() ?? 0;
    if (wait) await new Promise((r) => setTimeout(r, wait));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('connection terminated');
    }
    this.sent.push(payload);
    for (const h of this.handlers.get(conversationId) ?? []) h(payload);
  };
  subscribe = (conversationId: string, handler: (payload: string) => void): (() => void) => {
    let set = this.handlers.get(conversationId);
    if (!set) this.handlers.set(conversationId, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  };
  onResync = (): (() => void) => () => undefined;
  inject(conversationId: string, payload: string): void {
    for (const h of this.handlers.get(conversationId) ?? []) h(payload);
  }
}

const stored = (seq: number): ConversationFrame => ({ kind: 'stored', seq, activity: { text: `m${seq}` } });
const seqOf = (f: ConversationFrame) => (f.kind === 'stored' ? f.seq : 0);

describe('the PostgreSQL conversation broker adapter', () => {
  it('delivers locally at once, relays in publish order even when an earlier relay is slower, and skips its own relays', async () => {
    const bus = new Bus();
    const a = new PgConversationBroker({ broker: bus });
    const b = new PgConversationBroker({ broker: bus });
    const onA: number[] = [];
    const onB: number[] = [];
    a.subscribe('c', (f) => onA.push(seqOf(f)));
    b.subscribe('c', (f) => onB.push(seqOf(f)));
    bus.delays = [30, 0, 0];
    a.publish('c', stored(1));
    a.publish('c', stored(2));
    a.publish('c', stored(3));
    expect(onA).toEqual([1, 2, 3]);
    await a.drain();
    expect(onB).toEqual([1, 2, 3]);
    expect(onA).toEqual([1, 2, 3]);
  });

  it('logs a failed relay and keeps relaying the next ones', async () => {
    const bus = new Bus();
    const logs: string[] = [];
    const a = new PgConversationBroker({ broker: bus, log: (m) => logs.push(m) });
    const b = new PgConversationBroker({ broker: bus });
    const onB: number[] = [];
    b.subscribe('c', (f) => onB.push(seqOf(f)));
    bus.failNext = true;
    a.publish('c', stored(1));
    a.publish('c', stored(2));
    await a.drain();
    expect(onB).toEqual([2]);
    expect(logs).toEqual(['directline: relay failed (connection terminated)']);
  });

  it('drops hostile or malformed relays without calling the hub', () => {
    const bus = new Bus();
    const logs: string[] = [];
    const b = new PgConversationBroker({ broker: bus, log: (m) => logs.push(m) });
    const got: ConversationFrame[] = [];
    b.subscribe('c', (f) => got.push(f));
    const hostile = [
      'not json',
      'null',
      '[]',
      '{"o":1,"f":{}}',
      '{"o":"x"}',
      '{"o":"x","f":{"kind":"stored","seq":"3","activity":{}}}',
      '{"o":"x","f":{"kind":"stored","seq":-1,"activity":{}}}',
      '{"o":"x","f":{"kind":"stored","seq":1e300,"activity":{}}}',
      '{"o":"x","f":{"kind":"stored","seq":2,"activity":[]}}',
      '{"o":"x","f":{"kind":"transient","activity":null}}',
      '{"o":"x","f":{"kind":"other","activity":{}}}',
      `{"o":"x","f":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    ];
    for (const payload of hostile) bus.inject('c', payload);
    expect(got).toEqual([]);
    expect(logs).toHaveLength(hostile.length);
    bus.inject('c', '{"o":"x","f":{"kind":"transient","activity":{"type":"typing"}}}');
    expect(got).toEqual([{ kind: 'transient', activity: { type: 'typing' } }]);
  });

  it('stops delivering, locally and relayed, once unsubscribed', async () => {
    const bus = new Bus();
    const a = new PgConversationBroker({ broker: bus });
    const b = new PgConversationBroker({ broker: bus });
    const got: number[] = [];
    const stopA = a.subscribe('c', (f) => got.push(seqOf(f)));
    stopA();
    b.publish('c', stored(1));
    a.publish('c', stored(2));
    await Promise.all([a.drain(), b.drain()]);
    expect(got).toEqual([]);
    expect(bus.handlers.get('c')?.size).toBe(0);
  });
});
