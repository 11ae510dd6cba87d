import { describe, expect, it } from 'vitest';
import { activityClaimKey } from '../../../src/store/activityClaims.js';
import { serveDirectLine, type DlSession } from '../../support/directLine.js';

const service = serveDirectLine({ DIRECTLINE_RATE_PER_MINUTE: '1000' });

async function post(session: DlSession, body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${service.url}/v3/directline/conversations/${session.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return `${res.status} ${await res.text()}`;
}

/** The person's messages the conversation holds (one per turn that ran). */
async function personMessages(session: DlSession): Promise<string[]> {
  const stored = await service.channel.store.after(session.conversationId, 0, 1000);
  return stored
    .filter((s) => s.activity.from?.role === 'user' && s.activity.type === 'message')
    .map((s) => s.activity.text ?? '');
}

describe('Direct Line: one turn per clientActivityID', () => {
  it('runs one turn for 10 parallel posts of one message (a double click, a resend) and answers all with its id', async () => {
    const session = await service.open('dl-once-1');
    const message = {
      type: 'message',
      text: '你好',
      channelData: { clientActivityID: 'web-1700000000-abc' },
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(session, message)));
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toMatch(/^200 \{"id":".+\|\d{7,}"\}$/);
    expect(await personMessages(session)).toEqual(['你好']);
    expect(await post(session, message)).toBe(answers[0]);
  });

  it('answers a retry with the first id when the instance died after replying, before recording its answer', async () => {
    const session = await service.open('dl-once-5');
    const clientId = 'web-1700000000123-13800138000';
    const message = { type: 'message', text: '你好', channelData: { clientActivityID: clientId } };
    const first = await post(session, message);
    const interrupted = service.app.db
      .prepare(
        "UPDATE activity_claims SET state = 'running', answer = NULL, lease_until = '2000-01-01T00:00:00.000Z' WHERE claim_key = ?",
      )
      .run(activityClaimKey('directline', session.conversationId, `client:${clientId}`));
    expect(interrupted.changes).toBe(1);
    expect(await post(session, message)).toBe(first);
    expect(await personMessages(session)).toEqual(['你好']);
  });

  it('runs every post without a clientActivityID, or with a new one, as before', async () => {
    const session = await service.open('dl-once-2');
    await post(session, { type: 'message', text: '你好' });
    await post(session, { type: 'message', text: '你好' });
    await post(session, { type: 'message', text: '1234', channelData: { clientActivityID: 'a' } });
    await post(session, { type: 'message', text: '1234', channelData: { clientActivityID: 'b' } });
    expect(await personMessages(session)).toEqual(['你好', '你好', '1234', '1234']);
  });

  it('does not let one conversation replay another one’s id, and ignores ids that are not strings', async () => {
    const mine = await service.open('dl-once-3');
    const theirs = await service.open('dl-once-4');
    const a = await post(mine, { type: 'message', text: '你好', channelData: { clientActivityID: 'same' } });
    const b = await post(theirs, {
      type: 'message',
      text: 'Hello',
      channelData: { clientActivityID: 'same' },
    });
    expect(a).not.toBe(b);
    expect(await personMessages(theirs)).toEqual(['Hello']);
    for (const odd of [{ $ne: '' }, ['x'], 42, '', 'x'.repeat(20_000), 'nul\u0000id']) {
      const res = await post(mine, { type: 'message', text: '谢谢', channelData: { clientActivityID: odd } });
      expect(res, JSON.stringify(odd).slice(0, 30)).toMatch(/^200 /);
    }
    expect(await personMessages(mine)).toHaveLength(7);
  });
});
