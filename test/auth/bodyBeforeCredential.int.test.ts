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
  // each test starts with the sign-in throttle's failures forgotten (they lapse after a day)
  app.clock.advance(25 * 3600_000);
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
    '%s: a chunked oversized body: the right credential is checked once, then 413 as soon as it passes the limit',
    async (path, _limit) => {
      const a = await post(
        path,
        path.includes('review') ? RIGHT_REVIEWER : RIGHT_AGENT,
        true,
        2 * 1024 * 1024,
      );
      expect(a.status).toBe(413);
      // the client keeps writing into socket buffers while the password check (scrypt) runs;
      // the service itself reads no more than the limit, and answers long before 2 MiB
      expect(a.sentAtAnswer).toBeLessThan(1024 * 1024);
      expect(verify).toHaveBeenCalledTimes(1);
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

// sec18: a staff route read up to 16 KiB from anyone before it looked at the credential, which
// travels in a header or a cookie: now a missing or wrong one is refused before any body byte.
describe('staff routes: a header or cookie credential refused before the body is read', () => {
  const GHOST = basic('nobody-here', 'not-the-password-0');
  const REFUSED: [string, string, string, number, string][] = [
    ['no credential', '/api/agent/conversations/c-1/messages', '', 401, 'Unauthorized'],
    ['a wrong password', '/api/agent/conversations/c-1/messages', WRONG, 401, 'Unauthorized'],
    ['an unknown name', '/api/agent/conversations/c-1/messages', GHOST, 401, 'Unauthorized'],
    [
      'a bearer token',
      '/api/agent/conversations/c-1/messages',
      'Authorization: Bearer abc.def\r\n',
      401,
      'Unauthorized',
    ],
    [
      'an unknown session cookie',
      '/api/review/conversations/c-1/reveal',
      'Cookie: collections_session=forged\r\n',
      401,
      'Unauthorized',
    ],
    ['another role', '/api/review/conversations/c-1/reveal', RIGHT_AGENT, 403, 'Forbidden'],
    [
      'a wrong password at sign-in',
      '/api/review/session',
      basic('rev', 'not-the-password-0'),
      401,
      'Unauthorized',
    ],
  ];

  it.each(REFUSED)(
    '%s (%s): refused in the house shape with no body byte sent, and the connection closes',
    async (_name, path, credentials, status, code) => {
      for (const framing of ['Content-Length: 4000', 'Transfer-Encoding: chunked']) {
        const poured = await pourBody(running.url, head(path, credentials, framing), {
          chunked: false,
          maxBytes: 0,
          headOnly: true,
          safetyMs: 5000,
        });
        expect(poured.answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
        expect(poured.answer).toMatch(/Connection: close/i);
        const body = poured.answer.slice(poured.answer.indexOf('\r\n\r\n') + 4);
        expect(JSON.parse(body)).toEqual({ error: { code, message: expect.any(String) } });
        // closed by the service (lingering close: about a second), not by the 5 s safety
        expect(poured.openMs).toBeLessThan(3000);
      }
      // one password check per request with a Basic name, none for a cookie, a bearer or nothing
      expect(verify).toHaveBeenCalledTimes(credentials.startsWith('Authorization: Basic') ? 2 : 0);
    },
  );
});
