import { describe, expect, it } from 'vitest';
import {
  LocalConversationBroker,
  type ConversationFrame,
} from '../../../src/channels/directline/conversationBroker.js';

const frame = (seq: number): ConversationFrame => ({
  kind: 'stored',
  seq,
  activity: { type: 'message', text: `m${seq}` },
});

describe('the in-process conversation broker', () => {
  it('delivers at once, in publish order, to the conversation’s subscribers only', () => {
    const broker = new LocalConversationBroker();
    const got: string[] = [];
    broker.subscribe('a', (f) => got.push(`a1:${f.kind === 'stored' ? f.seq : 't'}`));
    broker.subscribe('a', (f) => got.push(`a2:${f.kind === 'stored' ? f.seq : 't'}`));
    broker.subscribe('b', () => got.push('b'));
    broker.publish('a', frame(1));
    broker.publish('a', { kind: 'transient', activity: { type: 'typing' } });
    broker.publish('c', frame(9));
    expect(got).toEqual(['a1:1', 'a2:1', 'a1:t', 'a2:t']);
  });

  it('forgets a conversation once its last subscriber leaves, and one handler subscribed twice leaves once each', () => {
    const broker = new LocalConversationBroker();
    const got: number[] = [];
    const handler = (f: ConversationFrame) => got.push(f.kind === 'stored' ? f.seq : 0);
    const first = broker.subscribe('a', handler);
    const second = broker.subscribe('a', handler);
    broker.publish('a', frame(1));
    first();
    first();
    broker.publish('a', frame(2));
    expect(broker.conversations).toBe(1);
    second();
    broker.publish('a', frame(3));
    expect(got).toEqual([1, 1, 2]);
    expect(broker.conversations).toBe(0);
  });
});
