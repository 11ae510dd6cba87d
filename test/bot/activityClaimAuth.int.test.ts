import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { activityClaimKey, SqliteActivityClaims } from '../../src/store/activityClaims.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let running: Running;

beforeAll(async () => {
  app = createTestApp({
    MicrosoftAppId: '00000000-0000-0000-0000-000000000019',
    MicrosoftAppPassword: 'not-a-real-password',
    MESSAGES_RATE_PER_SENDER_PER_MINUTE: '1000',
    SERVICE_URL_ALLOWLIST: 'http://127.0.0.1:9/',
  });
  running = await startServer(app);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

async function post(
  id: string,
  authorization: string | undefined,
): Promise<{ status: number; body: string }> {
  const res = await fetch(`${running.url}/api/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization !== undefined ? { authorization } : {}),
    },
    body: JSON.stringify({
      type: 'message',
      id,
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: 'forged-conv' },
      from: { id: 'demo-zh' },
      recipient: { id: 'bot' },
      text: '你好',
    }),
  });
  return { status: res.status, body: await res.text() };
}

describe('the exactly-once claim on an authenticated endpoint (issue 19, pgturn)', () => {
  const forged = [
    ['no Authorization header', undefined],
    ['a bearer that is not a token', 'Bearer not-a-token'],
    [
      'a token signed by nobody the bot trusts',
      'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMTkiLCJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2lnbmVk',
    ],
    ['a Basic header', 'Basic dXNlcjpwYXNz'],
  ] as const;

  it.each(forged)('refuses a post with %s before it can claim its activity id', async (_, authorization) => {
    const id = `forged-${String(authorization).length}`;
    const claimed = vi.spyOn(SqliteActivityClaims.prototype, 'claim');
    const answer = await post(id, authorization);
    expect(claimed).not.toHaveBeenCalled();
    claimed.mockRestore();
    expect(answer.status, answer.body).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'Unauthorized' } });
    const claims = new SqliteActivityClaims(app.db);
    expect(await claims.look(activityClaimKey('test', 'forged-conv', id))).toBeUndefined();
  });
});
