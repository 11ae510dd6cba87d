import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewTranscript } from '../../src/review/reviewService.js';
import { sampleConversation } from './fixtures.js';
import { AGENT, basic, REVIEWER, startReviewServer, type ReviewServer } from './reviewServer.js';

let s: ReviewServer;

beforeAll(async () => {
  s = await startReviewServer();
  await s.seed(
    sampleConversation({
      conversationId: 'conv-dispute',
      accountId: 'ACC-1001',
      start: '2026-11-20T02:00:00Z',
    }),
  );
  await s.seed(
    sampleConversation({
      conversationId: 'conv-wechat',
      channelId: 'wechat',
      accountId: 'ACC-2002',
      start: '2026-11-10T08:00:00Z',
    }).slice(0, 5),
  );
});
afterAll(() => s.close());

const get = (path: string, headers: Record<string, string> = { authorization: basic(REVIEWER) }) =>
  fetch(`${s.url}${path}`, { headers });

describe('review API access', () => {
  it('asks for a credential (401 with WWW-Authenticate) when none is given', async () => {
    const res = await fetch(`${s.url}/api/review/conversations`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Session realm="collections", charset="UTF-8"');
    expect(await res.json()).toEqual({ error: { code: 'Unauthorized', message: 'sign in first' } });
  });

  it('refuses a wrong password with 401', async () => {
    const res = await get('/api/review/conversations', {
      authorization: basic({ name: 'alice', password: 'nope' }),
    });
    expect(res.status).toBe(401);
  });

  it('refuses an agent credential with 403', async () => {
    const res = await get('/api/review/conversations/conv-dispute', { authorization: basic(AGENT) });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: 'Forbidden', message: 'this needs the reviewer role' },
    });
  });

  it('gives an agent route 403 for a reviewer credential', async () => {
    const restify = (await import('restify')).default;
    const server = restify.createServer();
    server.get('/api/agent/queue', s.auth.requireRole('agent'), (_req, res, next) => {
      res.send(200, { ok: true });
      next();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${server.address().port}/api/agent/queue`;
    expect((await fetch(url, { headers: { authorization: basic(REVIEWER) } })).status).toBe(403);
    expect((await fetch(url, { headers: { authorization: basic(AGENT) } })).status).toBe(200);
    expect((await fetch(url)).status).toBe(401);
    server.close();
  });
});

describe('GET /api/review/conversations', () => {
  it('lists conversations newest first with account, channel, start and flags', async () => {
    const res = await get('/api/review/conversations');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { items: Record<string, unknown>[] };
    expect(
      body.items.map((i) => [i.conversationId, i.account, i.channel, i.startedAt, i.flags, i.outcome]),
    ).toEqual([
      [
        'conv-dispute',
        'ACC-1001',
        'directline',
        '2026-11-20T02:00:00.000Z',
        ['blocked', 'escalated', 'disputed'],
        'handoff',
      ],
      ['conv-wechat', 'ACC-2002', 'wechat', '2026-11-10T08:00:00.000Z', [], 'open'],
    ]);
  });

  it('filters by date range, account, channel, outcome and flags', async () => {
    const ids = async (query: string) =>
      (
        (await (await get(`/api/review/conversations?${query}`)).json()) as {
          items: { conversationId: string }[];
        }
      ).items.map((i) => i.conversationId);
    expect(await ids('from=2026-11-15')).toEqual(['conv-dispute']);
    expect(await ids('to=2026-11-10')).toEqual(['conv-wechat']);
    expect(await ids('from=2026-11-10&to=2026-11-20')).toEqual(['conv-dispute', 'conv-wechat']);
    expect(await ids('account=ACC-2002')).toEqual(['conv-wechat']);
    expect(await ids('channel=directline')).toEqual(['conv-dispute']);
    expect(await ids('outcome=open')).toEqual(['conv-wechat']);
    expect(await ids('blocked=true&disputed=true&escalated=true')).toEqual(['conv-dispute']);
    expect(await ids('optedOut=true')).toEqual([]);
    expect(await ids('blocked=false')).toEqual(['conv-wechat']);
  });

  it('pages with a continuation token', async () => {
    const first = (await (await get('/api/review/conversations?limit=1')).json()) as {
      items: { conversationId: string }[];
      continuationToken: string;
    };
    expect(first.items.map((i) => i.conversationId)).toEqual(['conv-dispute']);
    const second = (await (
      await get(`/api/review/conversations?limit=1&continuationToken=${first.continuationToken}`)
    ).json()) as {
      items: { conversationId: string }[];
      continuationToken?: string;
    };
    expect(second).toEqual({ items: [expect.objectContaining({ conversationId: 'conv-wechat' })] });
  });

  it('says which filter is wrong', async () => {
    const res = await get('/api/review/conversations?from=yesterday');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'BadQuery', message: 'from: expected YYYY-MM-DD or an ISO-8601 instant' },
    });
    expect((await get('/api/review/conversations?outcome=won')).status).toBe(400);
    expect((await get('/api/review/conversations?continuationToken=forged')).status).toBe(400);
  });
});

describe('GET /api/review/conversations/{id}', () => {
  it('masks personal data by default and puts the trace beside each bot message', async () => {
    const t = (await (await get('/api/review/conversations/conv-dispute')).json()) as ReviewTranscript;
    expect(t.masked).toBe(true);
    expect(t.integrity).toEqual({ ok: true, conversationId: 'conv-dispute', records: 15 });
    const user = t.steps.find((x) => x.seq === 4);
    expect(user).toMatchObject({
      role: 'user',
      from: '张*',
      text: '我是张三，手机号*******5678，身份证**************7777',
    });
    expect(t.steps.map((x) => [x.seq, x.role, x.trace?.act?.kind ?? null])).toEqual([
      [1, 'system', null],
      [2, 'bot', 'opening'],
      [4, 'user', null],
      [5, 'bot', 'account_summary'],
      [7, 'user', null],
      [8, 'bot', 'plan_offers'],
      [10, 'user', null],
      [11, 'bot', 'dispute_recorded'],
      [13, 'system', null],
      [14, 'agent', null],
    ]);
    const offer = t.steps.find((x) => x.seq === 8);
    expect(offer?.trace?.blockedDrafts).toEqual([
      {
        source: 'model',
        text: '再不还钱我们就通知你的单位',
        status: 'blocked',
        violations: [expect.objectContaining({ rule: 'threat.contact_third_party' })],
      },
    ]);
    expect(offer?.trace?.verdicts.map((v) => [v.source, v.allowed])).toEqual([
      ['model', false],
      ['send-path', true],
    ]);
    expect(t.steps.find((x) => x.seq === 14)?.trace?.agent).toBe('客服小李');
    expect(t.steps.find((x) => x.seq === 13)).toMatchObject({
      type: 'event',
      name: 'handoff.queued',
      value: { reason: 'dispute', etaMinutes: 10 },
    });
  });

  it('answers 404 for an unknown conversation', async () => {
    const res = await get('/api/review/conversations/nope');
    expect(res.status).toBe(404);
  });
});

describe('revealing personal data', () => {
  it('returns the text as stored (typed ID and phone numbers were masked before storage) and records who revealed which conversation, and when', async () => {
    s.clock.set('2026-11-21T09:30:00.000Z');
    const res = await fetch(`${s.url}/api/review/conversations/conv-dispute/reveal`, {
      method: 'POST',
      headers: { authorization: basic(REVIEWER), 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '监管调阅 2026-118' }),
    });
    expect(res.status).toBe(200);
    const t = (await res.json()) as ReviewTranscript;
    expect(t.masked).toBe(false);
    expect(t.steps.find((x) => x.seq === 4)).toMatchObject({
      from: '张三',
      text: '我是张三，手机号*******5678，身份证**************7777',
    });
    const audit = {
      conversationId: 'conv-dispute',
      reviewer: 'alice',
      revealedAt: '2026-11-21T09:30:00.000Z',
      reason: '监管调阅 2026-118',
    };
    expect(t.reveals).toEqual([expect.objectContaining(audit)]);
    const masked = (await (await get('/api/review/conversations/conv-dispute')).json()) as ReviewTranscript;
    expect(masked.masked).toBe(true);
    expect(masked.reveals).toEqual([expect.objectContaining(audit)]);
    const log = (await (await get('/api/review/reveals')).json()) as { items: unknown[] };
    expect(log.items).toEqual([expect.objectContaining(audit)]);
    expect(s.logs.at(-1)).toEqual({
      obj: { conversationId: 'conv-dispute', reviewer: 'alice' },
      msg: 'reviewer revealed a transcript',
    });
  });

  it('keeps the reveal audit append-only in the database', () => {
    expect(() => s.db.prepare('DELETE FROM transcript_reveals').run()).toThrow(
      'the reveal audit is append-only',
    );
  });
});

describe('console login session', () => {
  it('signs in with Basic, then works with the HttpOnly cookie and the CSRF token until it expires', async () => {
    const login = await fetch(`${s.url}/api/review/session`, {
      method: 'POST',
      headers: { authorization: basic(REVIEWER) },
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^collections_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=3600$/);
    const { csrfToken, name } = (await login.json()) as { csrfToken: string; name: string };
    expect(name).toBe('alice');
    const session = { cookie: cookie.split(';')[0] ?? '' };
    expect((await get('/api/review/conversations', session)).status).toBe(200);
    const reveal = (headers: Record<string, string>) =>
      fetch(`${s.url}/api/review/conversations/conv-wechat/reveal`, { method: 'POST', headers });
    expect((await reveal(session)).status).toBe(403);
    expect((await reveal({ ...session, 'x-csrf-token': csrfToken })).status).toBe(200);
    s.clock.advance(61 * 60_000);
    const expired = await get('/api/review/conversations', { ...session, 'x-console': '1' });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toBe('Session realm="collections", charset="UTF-8"');
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const login = await fetch(`${s.url}/api/review/session`, {
      method: 'POST',
      headers: { authorization: basic(REVIEWER) },
    });
    const session = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    expect((await get('/api/review/session', session)).status).toBe(200);
    const out = await fetch(`${s.url}/api/review/session`, {
      method: 'DELETE',
      headers: { ...session, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toBe(
      'collections_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0',
    );
    expect((await get('/api/review/conversations', session)).status).toBe(401);
  });

  it('does not start a session for an agent', async () => {
    const res = await fetch(`${s.url}/api/review/session`, {
      method: 'POST',
      headers: { authorization: basic(AGENT) },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('serves the console page with a strict content security policy', async () => {
    const res = await fetch(`${s.url}/review`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<title>合规审核台 · Compliance review</title>');
  });
});
