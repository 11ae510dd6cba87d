import { describe, expect, it } from 'vitest';
import { callWithinDeadline } from '../../../src/language/model/deadlineCall.js';
import { classifyModelError, retryAfterMs } from '../../../src/language/model/modelErrors.js';
import { httpError } from './scriptedChatModel.js';

function scripted(results: (() => Promise<string>)[]) {
  let calls = 0;
  return {
    run: () => {
      const next = results[calls++];
      if (!next) throw new Error('script ran out');
      return next();
    },
    get calls() {
      return calls;
    },
  };
}

describe('callWithinDeadline', () => {
  it('retries a 429 whose Retry-After fits before the deadline, and succeeds', async () => {
    const s = scripted([
      () => Promise.reject(httpError(429, { 'retry-after': '0' })),
      () => Promise.resolve('ok'),
    ]);
    const out = await callWithinDeadline(s.run, {
      deadline: Date.now() + 1000,
      timeoutMs: 500,
      maxRetries: 1,
    });
    expect(out).toMatchObject({ ok: true, value: 'ok', attempts: 2 });
  });

  it('gives up at once on a 429 whose Retry-After falls past the deadline', async () => {
    const s = scripted([() => Promise.reject(httpError(429, { 'retry-after': '30' }))]);
    const started = Date.now();
    const out = await callWithinDeadline(s.run, {
      deadline: Date.now() + 1500,
      timeoutMs: 1000,
      maxRetries: 3,
    });
    expect(Date.now() - started).toBeLessThan(100);
    expect(out).toMatchObject({
      ok: false,
      attempts: 1,
      error: { reason: 'rate_limited', status: 429, retryAfterMs: 30_000 },
    });
  });

  it('does not retry what cannot get better (401)', async () => {
    const s = scripted([() => Promise.reject(httpError(401))]);
    const out = await callWithinDeadline(s.run, {
      deadline: Date.now() + 1000,
      timeoutMs: 500,
      maxRetries: 3,
    });
    expect(out).toMatchObject({ ok: false, attempts: 1, error: { reason: 'auth' } });
  });

  it('stops a call that outlives its timeout, even when the call ignores the abort signal', async () => {
    const s = scripted([() => new Promise<string>(() => undefined)]);
    const started = Date.now();
    const out = await callWithinDeadline(s.run, {
      deadline: Date.now() + 5000,
      timeoutMs: 200,
      maxRetries: 0,
    });
    expect(Date.now() - started).toBeLessThan(400);
    expect(out).toMatchObject({ ok: false, error: { reason: 'timeout' } });
  });

  it('does not start a call when the deadline has passed', async () => {
    const s = scripted([]);
    const out = await callWithinDeadline(s.run, { deadline: Date.now() - 1, timeoutMs: 200, maxRetries: 2 });
    expect(out).toMatchObject({ ok: false, attempts: 0, error: { reason: 'no_time' } });
    expect(s.calls).toBe(0);
  });
});

describe('classifyModelError', () => {
  it.each([
    [httpError(500), 'server_error'],
    [httpError(503), 'server_error'],
    [httpError(404), 'bad_request'],
    [httpError(403), 'auth'],
    [new SyntaxError('Unexpected end of JSON input'), 'malformed'],
    [Object.assign(new Error('Connection error.'), { name: 'APIConnectionError' }), 'connection'],
    [Object.assign(new Error('Request timed out.'), { name: 'TimeoutError' }), 'timeout'],
  ] as [Error, string][])('%s is %s', (error, reason) => {
    expect(classifyModelError(error).reason).toBe(reason);
  });

  it('reads Retry-After in seconds, in ms, and as an HTTP date', () => {
    expect(retryAfterMs(httpError(429, { 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(httpError(429, { 'retry-after-ms': '150' }))).toBe(150);
    const now = Date.parse('2026-11-28T02:00:00Z');
    expect(retryAfterMs(httpError(429, { 'retry-after': 'Sat, 28 Nov 2026 02:00:05 GMT' }), now)).toBe(5000);
  });

  it('masks identifiers in the detail it gives logs', () => {
    const detail = classifyModelError(new Error('bad input 6222020200112233445')).detail;
    expect(detail).not.toContain('6222020200112233445');
  });
});
