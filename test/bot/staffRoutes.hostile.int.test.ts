import { describe, expect, it } from 'vitest';
import { received } from './agentDesk/support.js';
import type { Chat } from '../support/chat.js';
import { agentPath, expectRefusal, serveStaff, type StaffSession } from '../support/staffService.js';

// staffsec20 red team (SECURITY.md, "Red team, staffsec20"): hostile bodies and ids on the staff
// routes, sent as a signed-in agent or reviewer with this service's Origin and the session's
// CSRF token, so they reach the routes themselves (sec19's were refused at the Origin check).
const staff = serveStaff();
const { call, signIn, handedOver } = staff;

const deep = (n: number): string => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
const manyKeys = JSON.stringify(Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`k${i}`, i])));
/** label, body, extra headers, status and code of an agent message or a release. */
const HOSTILE: [string, string, Record<string, string>, number, string][] = [
  ['null', 'null', {}, 400, 'bad_request'],
  ['an array', '[{"text":"hi"}]', {}, 400, 'bad_request'],
  ['a string', '"hi"', {}, 400, 'bad_request'],
  ['no body', '', {}, 400, 'bad_request'],
  ['cut-off JSON', '{"text":', {}, 400, 'InvalidContent'],
  ['a BOM first', '\ufeff{"text":"hi"}', {}, 400, 'InvalidContent'],
  ['text as an object', '{"text":{"toString":"x"}}', {}, 400, 'bad_request'],
  [
    '__proto__ and constructor',
    '{"__proto__":{"text":"x"},"constructor":{"prototype":{"polluted":1}}}',
    {},
    400,
    'bad_request',
  ],
  ['text past 2,000 characters', JSON.stringify({ text: '您'.repeat(2001) }), {}, 400, 'bad_request'],
  ['60 KB', JSON.stringify({ text: 'x'.repeat(60_000) }), {}, 413, 'PayloadTooLarge'],
  ['6,000 keys', manyKeys, {}, 413, 'PayloadTooLarge'],
  ['200-deep nesting', deep(200), {}, 400, 'TooDeep'],
  ['text/plain', '{"text":"hi"}', { 'content-type': 'text/plain' }, 415, 'FormBodyRefused'],
  ['a form', 'text=hi', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'FormBodyRefused'],
  [
    'multipart',
    '--x\r\n\r\n--x--',
    { 'content-type': 'multipart/form-data; boundary=x' },
    415,
    'FormBodyRefused',
  ],
  ['no content type', '{"text":"hi"}', { 'content-type': '' }, 415, 'FormBodyRefused'],
  ['NUL in text', JSON.stringify({ text: '您好\u0000请稍等' }), {}, 400, 'bad_request'],
  ['a lone surrogate', '{"text":"您好 \\ud800 请稍等"}', {}, 400, 'bad_request'],
  ['a right-to-left override', JSON.stringify({ text: '您好\u202e，请稍等' }), {}, 400, 'bad_request'],
  ['a Cyrillic look-alike', JSON.stringify({ text: 'We will ѕue you' }), {}, 400, 'bad_request'],
];

const agentMessages = async (alice: StaffSession, chat: Chat): Promise<unknown[]> => {
  const listed = (await call(alice, 'GET', agentPath(chat, '/messages'))).body.messages as { from: string }[];
  return listed.filter((m) => m.from === 'agent');
};

describe('staff routes under hostile bodies, signed in with the right Origin and CSRF token', () => {
  it('an agent message or release: a 4xx in the house shape, nothing reaches the person, no prototype changed', async () => {
    const alice = await signIn('agent', 'alice');
    const chat = await handedOver(alice);
    for (const [label, body, headers, status, code] of HOSTILE) {
      for (const route of ['/messages', '/release']) {
        const answer = await call(alice, 'POST', agentPath(chat, route), body, headers);
        expect([label, route, answer.status, answer.body.error?.code]).toEqual([label, route, status, code]);
        expect(answer.body.error?.message).toEqual(expect.any(String));
      }
    }
    // the release's outcome is held to the same characters; the conversation stays held
    const outcome = await call(alice, 'POST', agentPath(chat, '/release'), '{"outcome":"resolved\\u0000"}');
    expectRefusal(outcome, 400, 'bad_request');
    expect(received(chat)).toEqual([]);
    expect(await agentMessages(alice, chat)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // duplicate keys: JSON's last one wins, and that is the one checked
    const dup = '{"text":"您好，请稍等。","text":"We will ѕue you"}';
    expectRefusal(await call(alice, 'POST', agentPath(chat, '/messages'), dup), 400, 'bad_request');
    const flipped = '{"text":"We will ѕue you","text":"您好，请稍等。"}';
    expect((await call(alice, 'POST', agentPath(chat, '/messages'), flipped)).status).toBe(201);
    expect(received(chat)).toEqual(['您好，请稍等。']);
  });

  it('a reveal: bodies it cannot read are 4xx and leave no reveal record', async () => {
    const rita = await signIn('review', 'rita');
    const chat = await handedOver();
    const reveal = `/api/review/conversations/${encodeURIComponent(chat.conversationId)}/reveal`;
    // any JSON is a reveal (its reason is optional): only bodies it cannot read are tried
    for (const [label, body, headers, status, code] of HOSTILE) {
      if (status === 400 && code === 'bad_request') continue;
      const answer = await call(rita, 'POST', reveal, body, headers);
      const [s, c] = body.length > 4096 ? [413, 'PayloadTooLarge'] : [status, code]; // review actions take 4 KiB
      expect([label, answer.status, answer.body.error?.code]).toEqual([label, s, c]);
    }
    const audit = `/api/review/reveals?conversationId=${encodeURIComponent(chat.conversationId)}`;
    expect((await call(rita, 'GET', audit)).body.items).toEqual([]);
  });

  it('ids: traversal, SQL, NUL, RTL and bad escapes are 4xx; a 300-character id is served; a 5,000-character one is a short 404', async () => {
    const alice = await signIn('agent', 'alice');
    const rita = await signIn('review', 'rita');
    const ids = [
      '..%2F..%2Fetc%2Fpasswd',
      "1'%20OR%20'1'%3D'1",
      '%00',
      '%E2%80%AEcba',
      '%E0%A4%A',
      '%ff%fe',
      '%',
    ];
    for (const id of ids) {
      const badEscape = /%E0|%ff|%$/.test(id); // never decoded: no route matches
      for (const [who, method, route, status] of [
        [alice, 'POST', `/api/agent/conversations/${id}/accept`, 404],
        [alice, 'POST', `/api/agent/conversations/${id}/messages`, 404],
        [alice, 'GET', `/api/agent/conversations/${id}/messages?after=%zz`, 404],
        [alice, 'GET', `/api/agent/conversations/${id}/commitments`, badEscape ? 404 : 403],
        [rita, 'GET', `/api/review/conversations/${id}`, 404],
        [rita, 'POST', `/api/review/conversations/${id}/reveal`, 404],
      ] as const) {
        const answer = await call(who, method, route, method === 'POST' ? '{"text":"hi"}' : undefined);
        expect([route, answer.status]).toEqual([route, status]);
        expectRefusal(answer, status);
      }
    }
    // restify's router took at most 100 characters in a path parameter (a Teams id runs longer)
    const long = `a:1${'Qw5q6alyee47j8Ii1Y7pdf-0HUpOI'.repeat(10)}`;
    const chat = await handedOver(alice, long);
    expect(
      (await call(alice, 'POST', agentPath(chat, '/messages'), '{"text":"您好，请稍等。"}')).status,
    ).toBe(201);
    expect(received(chat)).toEqual(['您好，请稍等。']);
    expect((await call(rita, 'GET', `/api/review/conversations/${encodeURIComponent(long)}`)).status).toBe(
      200,
    );
    // and what is echoed of an id or a path stays short
    const huge = await call(
      alice,
      'POST',
      `/api/agent/conversations/${'x'.repeat(5000)}/messages`,
      '{"text":"hi"}',
    );
    expectRefusal(huge, 404);
    expect(huge.body.error?.message?.length).toBeLessThan(400);
    const unknown = await call(rita, 'GET', `/api/review/conversations/${'y'.repeat(1000)}`);
    expectRefusal(unknown, 404, 'NotFound');
    expect(unknown.body.error?.message?.length).toBeLessThan(200);
  });

  it('the service still answers; its log holds no password, session or CSRF token, nor account facts', async () => {
    expect((await fetch(`${staff.url()}/healthz`)).status).toBe(200);
    expect(staff.logs.length).toBeGreaterThan(0);
    expect(staff.leakedSecrets()).toEqual([]);
    expect(staff.logs.filter((line) => /"level":(50|60)/.test(line))).toEqual([]);
  });
});
