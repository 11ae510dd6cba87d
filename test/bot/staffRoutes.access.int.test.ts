import { describe, expect, it, vi } from 'vitest';
import { openDirectLine } from '../support/directLine.js';
import { received } from './agentDesk/support.js';
import { agentPath, basic, expectRefusal, serveStaff, STAFF, type Answer } from '../support/staffService.js';

// staffsec20 red team (SECURITY.md, "Red team, staffsec20"): who may act on what on the staff
// routes, sessions, and parallel staff requests, over real HTTP against the whole service.
const staff = serveStaff();
const { call, signIn, handedOver, getFrom } = staff;
const debtorTokens: string[] = [];

describe('who may do what on the staff routes', () => {
  it('another agent, the wrong role, a debtor token, bad cookies and CSRF breaches are refused, nothing sent', async () => {
    const alice = await signIn('agent', 'alice');
    const bob = await signIn('agent', 'bob');
    const rita = await signIn('review', 'rita');
    const chat = await handedOver(alice);
    const dl = await openDirectLine(staff.url(), staff.app, 'demo-en');
    debtorTokens.push(dl.token);
    const reveal = `/api/review/conversations/${encodeURIComponent(chat.conversationId)}/reveal`;
    const hi = '{"text":"您好"}';
    const tries: [string, Promise<Answer>, number, string][] = [
      ['bob reads', call(bob, 'GET', agentPath(chat, '/messages')), 403, 'not_your_conversation'],
      ['bob writes', call(bob, 'POST', agentPath(chat, '/messages'), hi), 403, 'not_your_conversation'],
      [
        'bob releases',
        call(bob, 'POST', agentPath(chat, '/release'), '{"outcome":"x"}'),
        403,
        'not_your_conversation',
      ],
      ['bob accepts', call(bob, 'POST', agentPath(chat, '/accept'), '{}'), 409, 'held_by_another_agent'],
      ['bob reads payments', call(bob, 'GET', agentPath(chat, '/commitments')), 403, 'NotHolder'],
      ['a reviewer on the agent API', call(rita, 'GET', agentPath(chat, '/messages')), 403, 'Forbidden'],
      ['an agent on transcripts', call(alice, 'GET', '/api/review/conversations'), 403, 'Forbidden'],
      ['an agent reveals', call(alice, 'POST', reveal, '{}'), 403, 'Forbidden'],
      ['an agent on insights', call(alice, 'GET', '/api/insights'), 403, 'Forbidden'],
      ['an agent on the sign-in log', call(alice, 'GET', '/api/review/logins'), 403, 'Forbidden'],
      ['an agent on the review session', call(alice, 'GET', '/api/review/session'), 403, 'Forbidden'],
      [
        'no CSRF token',
        call({ ...alice, csrf: '' }, 'POST', agentPath(chat, '/messages'), hi),
        403,
        'CsrfTokenMissing',
      ],
      [
        "bob's CSRF token",
        call({ ...alice, csrf: bob.csrf }, 'POST', agentPath(chat, '/messages'), hi),
        403,
        'CsrfTokenMissing',
      ],
      [
        'a sign-out without CSRF',
        call({ ...alice, csrf: '' }, 'DELETE', '/api/agent/session'),
        403,
        'CsrfTokenMissing',
      ],
      [
        'a foreign Origin',
        call(alice, 'POST', agentPath(chat, '/messages'), hi, { origin: 'https://evil.example' }),
        403,
        'CrossOriginRefused',
      ],
    ];
    const strangers: [string, Record<string, string>][] = [
      ['a Direct Line token as Bearer', { authorization: `Bearer ${dl.token}` }],
      ['a Direct Line token as the cookie', { cookie: `collections_session=${dl.token}` }],
      ['a bad escape', { cookie: 'collections_session=%' }],
      ['a cut UTF-8 escape', { cookie: 'collections_session=%E0%A4%A' }],
      ['9,000 characters', { cookie: `collections_session=${'A'.repeat(9000)}` }],
      ['a session cookie plus one letter', { cookie: `${alice.cookie}x` }],
      ['a forged cookie before the right one', { cookie: `collections_session=forged; ${alice.cookie}` }],
      ['prototype names', { cookie: '__proto__=1; collections_session=constructor' }],
    ];
    for (const [label, headers] of strangers)
      tries.push([
        label,
        call(undefined, 'GET', '/api/agent/queue', undefined, headers),
        401,
        'Unauthorized',
      ]);
    for (const [label, answer, status, code] of tries) {
      const a = await answer;
      expect([label, a.status, a.body.error?.code]).toEqual([label, status, code]);
    }
    expect(received(chat)).toEqual([]);
    const listed = (await call(alice, 'GET', agentPath(chat, '/messages'))).body.messages as {
      from: string;
    }[];
    expect(listed.filter((m) => m.from === 'agent')).toEqual([]);
  });

  it('sessions: a cookie chosen before sign-in is replaced; a signed-out or expired one is dead', async () => {
    const fixed = 'attacker-chosen-token-00000000000000000000000';
    const res = await fetch(`${staff.url()}/api/agent/session`, {
      method: 'POST',
      headers: {
        cookie: `collections_session=${fixed}`,
        authorization: basic('alice', STAFF.alice),
        origin: staff.url(),
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).not.toContain(fixed);
    const withFixed = { cookie: `collections_session=${fixed}`, csrf: '' };
    expectRefusal(await call(withFixed, 'GET', '/api/agent/queue'), 401, 'Unauthorized');
    const bob = await signIn('agent', 'bob');
    expect((await call(bob, 'DELETE', '/api/agent/session')).status).toBe(204);
    expectRefusal(await call(bob, 'GET', '/api/agent/queue'), 401, 'Unauthorized');
    const alice = await signIn('agent', 'alice');
    staff.clock.advance(8 * 3600_000 + 1000);
    expectRefusal(await call(alice, 'GET', '/api/agent/queue'), 401, 'Unauthorized');
  });
});

describe('parallel staff requests', () => {
  it('two agents accept at once: one wins; 20 parallel replies arrive once each; a reply after release is 404', async () => {
    const alice = await signIn('agent', 'alice');
    const bob = await signIn('agent', 'bob');
    const chat = await handedOver();
    const accepts = await Promise.all(
      [alice, bob].map((who) => call(who, 'POST', agentPath(chat, '/accept'), '{}')),
    );
    expect(accepts.map((a) => a.status).sort()).toEqual([200, 409]);
    const holder = accepts[0]?.status === 200 ? alice : bob;
    received(chat);
    const texts = Array.from({ length: 20 }, (_, i) => `您好，这是第${i + 1}条回复。`);
    const sent = await Promise.all(
      texts.map((text) => call(holder, 'POST', agentPath(chat, '/messages'), JSON.stringify({ text }))),
    );
    expect(sent.map((a) => a.status)).toEqual(texts.map(() => 201));
    expect(received(chat).sort()).toEqual([...texts].sort());
    const listed = (await call(holder, 'GET', agentPath(chat, '/messages'))).body.messages as {
      id: string;
      from: string;
      text: string;
    }[];
    expect(
      listed
        .filter((m) => m.from === 'agent')
        .map((m) => m.text)
        .sort(),
    ).toEqual([...texts].sort());
    expect(new Set(listed.map((m) => m.id)).size).toBe(listed.length);
    expect((await call(holder, 'POST', agentPath(chat, '/release'), '{"outcome":"resolved"}')).status).toBe(
      200,
    );
    received(chat);
    const late = await call(holder, 'POST', agentPath(chat, '/messages'), '{"text":"还有一件事。"}');
    expectRefusal(late, 404, 'not_in_handoff');
    expectRefusal(
      await call(holder, 'POST', agentPath(chat, '/release'), '{"outcome":"x"}'),
      404,
      'not_in_handoff',
    );
    expect(received(chat)).toEqual([]);
  });

  it('Basic: 12 parallel requests with the right password are all served; guesses lock the name and the address', async () => {
    staff.clock.advance(25 * 3600_000); // earlier failures forgotten
    const verify = vi.spyOn(staff.app.auth.credentials, 'verify');
    try {
      const right = basic('alice', STAFF.alice);
      const served = await Promise.all(
        Array.from({ length: 12 }, () => getFrom('127.0.0.1', '/api/agent/queue', right)),
      );
      expect(served).toEqual(served.map(() => 200)); // was 5 × 200, then 7 × 429
      expect(verify.mock.calls.length).toBeLessThan(12); // requests in flight together share one check
    } finally {
      verify.mockRestore();
    }
    // one name guessed from twelve addresses at once: five guesses are checked, then it is locked
    const byName = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        getFrom(`127.0.0.${i + 2}`, '/api/agent/queue', basic('bob', `guess-${i}`)),
      ),
    );
    expect(byName.filter((s) => s === 401)).toHaveLength(5);
    expect(byName.filter((s) => s === 429)).toHaveLength(7);
    expect(await getFrom('127.0.0.40', '/api/agent/queue', basic('bob', STAFF.bob))).toBe(429);
    // twelve names (look-alikes of alice among them) from one address: the address is locked
    const names = [
      '\u0430lice',
      'ａｌｉｃｅ',
      '\u202ealice',
      'alice ',
      ...Array.from({ length: 8 }, (_, i) => `user${i}`),
    ];
    const byAddress = await Promise.all(
      names.map((name) => getFrom('127.0.0.50', '/api/agent/queue', basic(name, STAFF.alice))),
    );
    expect(byAddress.filter((s) => s === 401)).toHaveLength(5);
    expect(byAddress.filter((s) => s === 429)).toHaveLength(7);
    expect(await getFrom('127.0.0.50', '/api/agent/queue', basic('alice', STAFF.alice))).toBe(429);
    expect(await getFrom('127.0.0.51', '/api/agent/queue', basic('alice', STAFF.alice))).toBe(200);
  });

  it('the service still answers; its log holds no password, session, CSRF or Direct Line token, nor account facts', async () => {
    expect((await fetch(`${staff.url()}/healthz`)).status).toBe(200);
    expect(staff.logs.length).toBeGreaterThan(0);
    expect(staff.leakedSecrets(debtorTokens)).toEqual([]);
    expect(staff.logs.filter((line) => /"level":(50|60)/.test(line))).toEqual([]);
  });
});
