import { afterAll, describe, expect, it } from 'vitest';
import { MemoryTranscriptSink } from '../support/memoryTranscriptSink.js';
import { Chat } from '../support/chat.js';
import { createTestApp } from '../support/testApp.js';

const transcript = new MemoryTranscriptSink();
const app = createTestApp({}, { transcript });
afterAll(() => app.close());

const scopes = (): unknown[] =>
  transcript.records
    .filter((r) => r.name === 'collections.cease_contact')
    .map((r) => (r.value as { scope: string }).scope);

describe('opt-outs from the person only', () => {
  it('an unverified STOP stops this chat address only, never the whole account, and the transcript says so', async () => {
    const chat = new Chat(app, 'demo-zh');
    await chat.say('别再联系我了');
    expect(await app.stores.contacts.hasCeased('A-1001')).toBe(false);
    expect(await app.stores.contacts.hasCeasedAddress('test', 'demo-zh')).toBe(true);
    expect(scopes()).toEqual(['address']);
  });

  it('a verified STOP covers the account', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say('the last four of my ID are 4321');
    await chat.say('STOP contacting me');
    expect(await app.stores.contacts.hasCeased('A-1002')).toBe(true);
    expect(scopes()).toEqual(['address', 'account']);
  });
});
