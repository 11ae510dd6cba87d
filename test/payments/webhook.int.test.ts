import { pourBody } from '../support/pourBody.js';
import restify from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { listen } from '../../src/bot/server.js';
import { registerPaymentsWebhook, signPayment } from '../../src/payments/webhook.js';
import { instalments, LI, payWorld, withPlan } from './fixtures.js';

const SECRET = 'a-shared-secret-of-at-least-32-characters';
const quiet = { info: () => undefined, warn: () => undefined };
const servers: restify.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

async function start(secret: string | undefined) {
  const w = payWorld();
  await withPlan(w);
  w.clock.set(new Date('2026-12-05T00:00:00Z'));
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerPaymentsWebhook(server, {
    secret,
    store: w.stores.payments,
    clock: w.clock,
    logger: quiet,
    maxBodyBytes: 4096,
  });
  servers.push(server);
  const url = await listen(server, 0, '127.0.0.1');
  /** Posts `body` signed now (sec17: with X-Signature-Timestamp); `signature` replaces the good one. */
  const post = async (body: string, signature?: string) => {
    const signed = signPayment(SECRET, body, w.clock.now());
    const res = await fetch(`${url}/api/payments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signed,
        ...(signature === undefined ? {} : { 'x-signature': signature }),
      },
      body,
    });
    return {
      status: res.status,
      body: (await res.json()) as { status?: string; error?: { code: string; message: string } },
    };
  };
  return { w, post, url };
}

/**
 * Sends `head` on a raw socket, then body chunks of 1 KiB every few milliseconds (up to `maxBytes`)
 * until the service answers; resolves what it answered and how many body bytes had been sent.
 */
async function pour(url: string, head: string, chunked: boolean, maxBytes = 2_000_000) {
  const { answer, sentAtAnswer } = await pourBody(url, head, {
    chunked,
    maxBytes,
    chunkBytes: 1024,
    everyMs: 2,
    safetyMs: 10_000,
  });
  const [status = '', ...rest] = answer.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d+)/.exec(status)?.[1]), body: rest.join(''), sentAtAnswer };
}

const body = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    payment_id: 'W1',
    account_id: LI.accountId,
    amount: '1837.74',
    currency: 'CNY',
    paid_at: '2026-12-04T10:00:00+08:00',
    channel: 'core',
    ...over,
  });

describe('POST /api/payments', () => {
  it('applies a signed payment once; an exact replay is 200 and changes nothing; a reused id is 409', async () => {
    const { w, post } = await start(SECRET);
    expect(await post(body())).toEqual({ status: 200, body: { status: 'applied', paymentId: 'W1' } });
    expect(await post(body())).toEqual({ status: 200, body: { status: 'replayed', paymentId: 'W1' } });
    const conflict = await post(body({ amount: '1837.75' }));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error?.code).toBe('payment_id_conflict');
    expect(instalments(w)[0]?.paid_cents).toBe(183_774);
  });

  it('answers 401 to a wrong, truncated or missing signature, and applies nothing', async () => {
    const { w, post } = await start(SECRET);
    const good = signPayment(SECRET, body(), w.clock.now())['x-signature'] ?? '';
    expect((await post(body(), good.replace(/^./, good[0] === 'a' ? 'b' : 'a'))).status).toBe(401);
    expect((await post(body(), good.slice(0, 63))).status).toBe(401);
    expect((await post(body(), '')).status).toBe(401);
    expect((await post(`${body()} `, good)).status).toBe(401);
    expect(await w.stores.payments.listFor(LI.accountId)).toEqual([]);
  });

  it('names the bad field, and refuses unknown accounts and wrong currencies', async () => {
    const { post } = await start(SECRET);
    const zero = await post(body({ amount: '0.00' }));
    expect(zero.status).toBe(400);
    expect(zero.body.error?.message).toMatch(/^amount:/);
    expect((await post(body({ paid_at: '2026-12-04' }))).body.error?.message).toMatch(/^paid_at:/);
    expect((await post(body({ amount: 1837.74 }))).body.error?.message).toMatch(/^amount: must be a string/);
    expect((await post(body({ account_id: 'X-9' }))).status).toBe(422);
    expect((await post(body({ currency: 'USD' }))).body.error?.code).toBe('currency_mismatch');
    expect((await post('[1,2]')).status).toBe(400);
    expect((await post('{"a":')).status).toBe(400);
    expect((await post(JSON.stringify({ pad: 'x'.repeat(5000) }))).status).toBe(413);
  });

  // sec15: the route read an oversized body to its end before refusing it (a declared 100 MB body
  // held the connection, and every byte was read).
  it('refuses a declared oversized body by its Content-Length, before reading it', async () => {
    const { url } = await start(SECRET);
    const head =
      'POST /api/payments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
      'X-Signature: 00\r\nContent-Length: 100000000\r\n\r\n';
    const r = await pour(url, head, false);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({
      error: { code: 'BodyTooLarge', message: expect.stringMatching(/4096 bytes/) },
    });
    expect(r.sentAtAnswer).toBeLessThan(64 * 1024);
  });

  it('refuses a streamed body once it passes the limit, without reading the rest', async () => {
    const { url } = await start(SECRET);
    const head =
      'POST /api/payments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
      'X-Signature: 00\r\nTransfer-Encoding: chunked\r\n\r\n';
    const r = await pour(url, head, true);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({
      error: { code: 'BodyTooLarge', message: expect.stringMatching(/4096 bytes/) },
    });
    expect(r.sentAtAnswer).toBeLessThan(256 * 1024);
  });

  it('is switched off with a clear error while the secret is unset', async () => {
    const { post } = await start(undefined);
    const r = await post(body());
    expect(r.status).toBe(503);
    expect(r.body.error?.code).toBe('PaymentsDisabled');
  });

  it('applies parallel deliveries of the same payment exactly once', async () => {
    const { w, post } = await start(SECRET);
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(body())));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(answers.filter((a) => a.body.status === 'applied')).toHaveLength(1);
    expect(instalments(w)[0]?.paid_cents).toBe(183_774);
  });
});
