import { describe, expect, it } from 'vitest';
import { DEMO_SECRETS } from '../../support/chat.js';
import { serveDirectLine, type DlSession } from '../../support/directLine.js';
import { call, StreamRecorder } from './dlClient.js';

const service = serveDirectLine({ DIRECTLINE_TOKEN_TTL_SECONDS: '7200' });

const open = (): Promise<DlSession> => service.open('demo-zh');

async function say(s: DlSession, text: string): Promise<void> {
  expect((await service.post(s, text, { id: 'x' })).status).toBe(200);
}

const history = (s: DlSession): Promise<string> => service.polled(s);

const leaks = (text: string): string[] =>
  (DEMO_SECRETS['demo-zh'] ?? []).filter((secret) => text.includes(secret));

describe('verified sessions', () => {
  it('a new link for an account verified earlier replays no account detail and asks to verify again', async () => {
    const first = await open();
    await say(first, '身份证后四位是1234');
    await say(first, '我还欠多少钱？');
    expect(leaks(await history(first)).length).toBeGreaterThan(0); // verified: the balance was shown

    const second = await open();
    expect(second.conversationId).toBe(first.conversationId);
    const replayed = await history(second);
    expect(leaks(replayed)).toEqual([]);
    expect(replayed).toMatch(/后四位/);
    await say(second, '我还欠多少钱？');
    const after = await history(second);
    expect(leaks(after)).toEqual([]);
    expect(after).toMatch(/后四位/);
    // The stream replays from the same floor: its token carries the session's history start.
    const resumed = await call<{ streamUrl: string }>(
      service.url,
      'GET',
      `/conversations/${second.conversationId}?watermark=0`,
      second.token,
    );
    expect(resumed.status).toBe(200);
  });

  it('verification lapses after VERIFIED_SESSION_MINUTES without a message, even in the same session', async () => {
    const s = await open();
    await say(s, '身份证后四位是1234');
    service.app.clock.advance(31 * 60_000);
    await say(s, '我还欠多少钱？');
    const text = await history(s);
    const lastReply = text.split('\n').slice(-2).join('\n');
    expect(leaks(lastReply)).toEqual([]);
    expect(lastReply).toMatch(/后四位/);
  });

  it('another session open on the same conversation never receives the replies of a session that verified', async () => {
    const holder = await open();
    const other = await open(); // a second link exchange: a copied link, another device
    const resumed = await call<{ streamUrl: string }>(
      service.url,
      'GET',
      `/conversations/${other.conversationId}`,
      other.token,
    );
    const watching = new StreamRecorder(resumed.body.streamUrl);
    await watching.opened;
    try {
      // The holder verifies after the other session opened, and asks for the balance.
      await say(holder, '身份证后四位是1234');
      await say(holder, '我还欠多少钱？');
      const holderSees = await history(holder);
      expect(leaks(holderSees).length).toBeGreaterThan(0);
      // Neither the other session's poll nor its live stream carries any of it.
      expect(leaks(await history(other))).toEqual([]);
      await say(other, '在吗');
      await watching.waitFor(() => watching.activities().some((a) => a.text === '在吗'));
      const streamed = watching
        .activities()
        .map((a) => a.text ?? '')
        .join('\n');
      expect(streamed).toContain('在吗');
      expect(leaks(streamed)).toEqual([]);
    } finally {
      watching.close();
    }
  });
});
