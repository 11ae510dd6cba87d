import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityClaimKey } from '../../src/store/activityClaims.js';
import { startServer, type Running } from '../support/http.js';
import { bindDemoAccountsOnTestChannel, createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let running: Running;

beforeAll(async () => {
  app = createTestApp({ MESSAGES_RATE_PER_SENDER_PER_MINUTE: '1000' });
  await bindDemoAccountsOnTestChannel(app);
  running = await startServer(app);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

interface Posted {
  status: number;
  text: string;
  retryAfter: string | null;
}

async function post(body: Record<string, unknown>): Promise<Posted> {
  const res = await fetch(`${running.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text(), retryAfter: res.headers.get('retry-after') };
}

function activity(conversationId: string, id: string | undefined, text: string): Record<string, unknown> {
  return {
    type: 'message',
    ...(id !== undefined ? { id } : {}),
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: 'demo-zh', name: 'demo-zh' },
    recipient: { id: 'bot', name: 'bot' },
    text,
  };
}

/** Inbound records of the person in a conversation's transcript (one per turn that ran). */
async function inboundCount(conversationId: string): Promise<number> {
  const records = await app.backend.transcripts.getRecords(conversationId);
  return records.filter((r) => r.activity.from?.role !== 'bot' && r.activity.type === 'message').length;
}

describe('POST /api/messages: one activity id, one turn', () => {
  it('runs one turn for 20 parallel posts of the same activity and gives all 20 the same answer', async () => {
    const same = activity('once-1', 'act-20', '你好');
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(same)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers[0]!.text).toContain('示例银行');
    expect(await inboundCount('once-1')).toBe(1);
  });

  it('replays the first answer to a repeat that comes later, without a second turn', async () => {
    const first = await post(activity('once-2', 'act-a', '你好'));
    const next = await post(activity('once-2', 'act-b', '我身份证后四位是1234'));
    const again = await post(activity('once-2', 'act-a', '你好'));
    expect(again).toEqual(first);
    expect(next.text).not.toEqual(first.text);
    expect(await inboundCount('once-2')).toBe(2);
  });

  it('tells apart the same id in another conversation or channel', async () => {
    await post(activity('once-3', 'shared-id', '你好'));
    await post(activity('once-4', 'shared-id', '你好'));
    await post({ ...activity('once-3', 'shared-id', '你好'), channelId: 'other' });
    expect(await inboundCount('once-3')).toBe(2);
    expect(await inboundCount('once-4')).toBe(1);
  });

  it('does not run again a turn whose instance died after it replied but before it recorded the answer', async () => {
    const first = await post(activity('once-7', 'act-died', '你好'));
    // As if the instance had died one statement too early: the claim still running, its lease over.
    const interrupted = app.db
      .prepare(
        "UPDATE activity_claims SET state = 'running', answer = NULL, lease_until = '2000-01-01T00:00:00.000Z' WHERE claim_key = ?",
      )
      .run(activityClaimKey('test', 'once-7', 'act-died'));
    expect(interrupted.changes).toBe(1);
    const retried = await post(activity('once-7', 'act-died', '你好'));
    expect(retried.status).toBe(200);
    const texts = (r: Posted) =>
      (JSON.parse(r.text) as { activities: { text: string }[] }).activities.map((a) => a.text);
    expect(texts(retried)).toEqual(texts(first));
    expect(retried.text).not.toContain('channelData');
    expect(await inboundCount('once-7')).toBe(1);
    expect(await post(activity('once-7', 'act-died', '你好'))).toEqual(retried);
  });

  it('runs every post without an id, as before', async () => {
    await Promise.all(Array.from({ length: 3 }, () => post(activity('once-5', undefined, '你好'))));
    expect(await inboundCount('once-5')).toBe(3);
  });

  it('takes hostile ids: 3 KB, NUL, quotes and emoji, each its own activity', async () => {
    const ids = ['x'.repeat(3000), 'a\u0000b', 'a\u0000c', "'; DROP TABLE activity_claims; --", '😊你好'];
    for (const id of ids) {
      expect((await post(activity('once-6', id, '你好'))).status, id.slice(0, 20)).toBe(200);
      expect((await post(activity('once-6', id, '你好'))).status).toBe(200);
    }
    expect(await inboundCount('once-6')).toBe(ids.length);
    const nested = await post({ ...activity('once-6', undefined, '你好'), id: { $gt: '' } });
    expect(nested.status).toBeLessThan(500);
  });
});

describe('verification answers racing on one account', () => {
  const policy = { maxAttempts: 3, lockMinutes: 30 };
  const attemptsLeft = async (): Promise<unknown> =>
    app.stores.verification.status('A-1001', policy, app.clock.now());

  it('counts two wrong answers sent at once from two conversations both, and a retry of one not again', async () => {
    await post(activity('race-a', 'race-a-1', '你好'));
    await post(activity('race-b', 'race-b-1', '你好'));
    const wrongA = activity('race-a', 'race-a-2', '我身份证后四位是0000');
    const wrongB = activity('race-b', 'race-b-2', '我身份证后四位是9999');
    const [a, b] = await Promise.all([post(wrongA), post(wrongB)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await attemptsLeft()).toEqual({ status: 'open', attemptsLeft: 1 });
    // A channel's retry of the same answer is the same answer: it does not use up another attempt.
    expect(await post(wrongA)).toEqual(a);
    expect(await attemptsLeft()).toEqual({ status: 'open', attemptsLeft: 1 });
    await post(activity('race-b', 'race-b-3', '我身份证后四位是8888'));
    expect(await attemptsLeft()).toMatchObject({ status: 'locked' });
  });
});
