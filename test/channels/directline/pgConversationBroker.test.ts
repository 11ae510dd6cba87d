import { describe, expect, it } from 'vitest';
import type { ConversationFrame } from '../../../src/channels/directline/conversationBroker.js';
import { PgConversationBroker } from '../../../src/channels/directline/pgConversationBroker.js';
import { RelaySeal } from '../../../src/channels/directline/relaySeal.js';

const SECRET = 'relay-test-secret';
const sealed = (conversationId: string, text: string) => new RelaySeal(SECRET).seal(conversationId, text);

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
    const a = new PgConversationBroker({ broker: bus, secret: SECRET });
    const b = new PgConversationBroker({ broker: bus, secret: SECRET });
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
    const a = new PgConversationBroker({ broker: bus, secret: SECRET, log: (m) => logs.push(m) });
    const b = new PgConversationBroker({ broker: bus, secret: SECRET });
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
    const b = new PgConversationBroker({ broker: bus, secret: SECRET, log: (m) => logs.push(m) });
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
    for (const payload of hostile) bus.inject('c', sealed('c', payload));
    expect(got).toEqual([]);
    expect(logs).toHaveLength(hostile.length);
    expect(logs.every((l) => l.includes('dropped'))).toBe(true);
    bus.inject('c', sealed('c', '{"o":"x","f":{"kind":"transient","activity":{"type":"typing"}}}'));
    expect(got).toEqual([{ kind: 'transient', activity: { type: 'typing' } }]);
  });

  it('drops relays not sealed with the shared secret for this conversation: forged, replayed into another, another secret (scalesec21)', async () => {
    const bus = new Bus();
    const logs: string[] = [];
    const b = new PgConversationBroker({ broker: bus, secret: SECRET, log: (m) => logs.push(m) });
    const got: ConversationFrame[] = [];
    b.subscribe('c', (f) => got.push(f));
    b.subscribe('d', (f) => got.push(f));
    // What another database user can NOTIFY: a well-formed frame in clear, a bank-looking message.
    const forged =
      '{"o":"evil","f":{"kind":"stored","seq":1,"activity":{"type":"message","text":"请立即转账"}}}';
    bus.inject('c', forged);
    bus.inject('c', `r1.${Buffer.from(forged).toString('base64url')}`);
    // A sealed frame of conversation c, replayed into d; one sealed under another secret.
    const a = new PgConversationBroker({ broker: bus, secret: SECRET });
    a.publish('c', stored(1));
    await a.drain();
    const relayed = bus.sent.at(-1)!;
    // Not in clear: the frame's text as JSON (quotes never occur in the sealed base64url, whereas
    // a bare 'm1' does by chance in about 3 % of ciphertexts).
    expect(relayed).not.toContain('"m1"');
    expect(relayed).toMatch(/^r1\.[A-Za-z0-9_-]+$/);
    bus.inject('d', relayed);
    const stranger = new PgConversationBroker({ broker: bus, secret: 'another-secret' });
    stranger.publish('c', stored(2));
    await stranger.drain();
    expect(got).toEqual([stored(1)]);
    expect(logs).toHaveLength(4);
  });

  it('stops delivering, locally and relayed, once unsubscribed', async () => {
    const bus = new Bus();
    const a = new PgConversationBroker({ broker: bus, secret: SECRET });
    const b = new PgConversationBroker({ broker: bus, secret: SECRET });
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
