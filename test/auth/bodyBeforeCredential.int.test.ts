import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pourBody } from '../support/pourBody.js';
import { mounts } from '../../src/bot/mounts.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec17: a staff route with Basic credentials ran the scrypt password check (and counted a
// failure) before its body limit applied, so an oversized body cost a password check first and
// its 413 came only after it (or a 401 for a wrong password).
let app: TestApp;
let running: Running;
const basic = (user: string, pass: string) =>
  `Authorization: Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}\r\n`;
const RIGHT_AGENT = basic('ag', 'Agent-pass-123456');
const RIGHT_REVIEWER = basic('rev', 'Review-pass-123456');
const WRONG = basic('ag', 'not-the-password-0');

beforeAll(async () => {
  app = createTestApp({
    AGENT_USERS: 'ag:Agent-pass-123456',
    REVIEWER_USERS: 'rev:Review-pass-123456',
  });
  running = await startServer(app, mounts);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});
let verify: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  verify?.mockRestore();
  verify = vi.spyOn(app.auth.credentials, 'verify');
});

const head = (path: string, credentials: string, framing: string) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
  `Origin: http://127.0.0.1\r\n${credentials}${framing}\r\n\r\n`;

/** The status line, the JSON answer, and how much body had been sent when it came. */
async function post(path: string, credentials: string, chunked: boolean, bytes: number) {
  const framing = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${bytes}`;
  const poured = await pourBody(running.url, head(path, credentials, framing), {
    chunked,
    maxBytes: bytes,
    chunkBytes: 1024,
    safetyMs: 8000,
  });
  const body = poured.answer.slice(poured.answer.indexOf('\r\n\r\n') + 4);
  return {
    status: Number(/^HTTP\/1\.1 (\d+)/.exec(poured.answer)?.[1]),
    json: JSON.parse(body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1)) as unknown,
    sentAtAnswer: poured.sentAtAnswer,
  };
}

const ROUTES: [string, number][] = [
  ['/api/agent/conversations/c-1/messages', 16 * 1024],
  ['/api/agent/conversations/c-1/accept', 16 * 1024],
  ['/api/agent/session', 4096],
  ['/api/review/session', 4096],
  ['/api/review/conversations/c-1/reveal', 4096],
];

describe('staff routes: the body limit before the password check', () => {
  it.each(ROUTES)(
    '%s: a declared oversized body is 413 at once for a right, wrong or missing credential alike, with no password check',
    async (path, limit) => {
      const before = (await app.auth.loginLog.list(1000)).length;
      const answers = [];
      for (const credentials of [path.includes('review') ? RIGHT_REVIEWER : RIGHT_AGENT, WRONG, ''])
        answers.push(await post(path, credentials, false, limit + 1024));
      for (const a of answers) {
        expect(a.status).toBe(413);
        expect(a.sentAtAnswer).toBeLessThan(limit);
      }
      // the same answer whatever the credential: nothing learnt about it
      expect(new Set(answers.map((a) => JSON.stringify(a.json))).size).toBe(1);
      expect(answers[0]?.json).toEqual({
        error: { code: 'PayloadTooLarge', message: expect.stringContaining(String(limit)) },
      });
      expect(verify).not.toHaveBeenCalled();
      // nothing counted or recorded as a sign-in failure
      expect((await app.auth.loginLog.list(1000)).length).toBe(before);
    },
  );

  it.each(ROUTES)(
    '%s: a chunked body is 413 as soon as it passes the limit, before the password check',
    async (path, limit) => {
      for (const credentials of [path.includes('review') ? RIGHT_REVIEWER : RIGHT_AGENT, WRONG]) {
        const a = await post(path, credentials, true, 2 * 1024 * 1024);
        expect(a.status).toBe(413);
        expect(a.sentAtAnswer).toBeLessThan(limit + 256 * 1024);
      }
      expect(verify).not.toHaveBeenCalled();
    },
  );

  it('a body within the limit still has its credential checked: wrong → 401, right → served', async () => {
    const signIn = (pass: string) =>
      fetch(`${running.url}/api/review/session`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`rev:${pass}`).toString('base64')}`,
          origin: running.url,
          'content-type': 'application/json',
        },
        body: '{}',
      });
    expect((await signIn('wrong-password-000')).status).toBe(401);
    expect((await signIn('Review-pass-123456')).status).toBe(200);
    expect(verify).toHaveBeenCalledTimes(2);
  });
});
