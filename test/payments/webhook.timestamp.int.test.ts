import { createHmac } from 'node:crypto';
import restify from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { listen } from '../../src/bot/server.js';
import { registerPaymentsWebhook, signPayment } from '../../src/payments/webhook.js';
import { instalments, LI, payWorld, withPlan } from './fixtures.js';

// sec17: the signature covered the body only, so a captured signed request stayed valid for ever.
const SECRET = 'a-shared-secret-of-at-least-32-characters';
const NOW = new Date('2026-12-05T00:00:00Z');
const servers: restify.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

async function start(requireTimestamp?: boolean) {
  const w = payWorld();
  await withPlan(w);
  w.clock.set(NOW);
  const warnings: string[] = [];
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerPaymentsWebhook(server, {
    secret: SECRET,
    store: w.stores.payments,
    clock: w.clock,
    logger: { info: () => undefined, warn: (_o, msg) => warnings.push(msg) },
    maxBodyBytes: 4096,
    toleranceSeconds: 300,
    ...(requireTimestamp === undefined ? {} : { requireTimestamp }),
  });
  servers.push(server);
  const url = await listen(server, 0, '127.0.0.1');
  const post = async (raw: string, headers: Record<string, string>) => {
    const res = await fetch(`${url}/api/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: raw,
    });
    return {
      status: res.status,
      body: (await res.json()) as { status?: string; error?: { code: string; message: string } },
    };
  };
  return { w, post, warnings };
}

const body = JSON.stringify({
  payment_id: 'T1',
  account_id: LI.accountId,
  amount: '1837.74',
  currency: 'CNY',
  paid_at: '2026-12-04T10:00:00+08:00',
  channel: 'core',
});
const bodyOnly = (raw: string) => ({ 'x-signature': createHmac('sha256', SECRET).update(raw).digest('hex') });
const at = (secondsFromNow: number) => new Date(NOW.getTime() + secondsFromNow * 1000);
const error = (code: string) => ({ status: 401, body: { error: { code, message: expect.any(String) } } });

describe('POST /api/payments: signed timestamp', () => {
  it('applies a payment signed with a current timestamp; a replay within the window changes nothing', async () => {
    const { w, post } = await start();
    const headers = signPayment(SECRET, body, NOW);
    expect(await post(body, headers)).toEqual({ status: 200, body: { status: 'applied', paymentId: 'T1' } });
    expect(await post(body, headers)).toEqual({ status: 200, body: { status: 'replayed', paymentId: 'T1' } });
    expect(await post(body, signPayment(SECRET, body, at(-299)))).toMatchObject({ status: 200 });
    expect(await post(body, signPayment(SECRET, body, at(299)))).toMatchObject({ status: 200 });
    expect(instalments(w)[0]?.paid_cents).toBe(183_774);
  });

  it('refuses a captured request once it is older (or newer) than the tolerance, with 401 in the house shape', async () => {
    const { w, post } = await start();
    const captured = signPayment(SECRET, body, NOW);
    w.clock.set(at(301));
    expect(await post(body, captured)).toEqual(error('StaleTimestamp'));
    w.clock.set(NOW);
    expect(await post(body, signPayment(SECRET, body, at(301)))).toEqual(error('StaleTimestamp'));
    expect(await post(body, signPayment(SECRET, body, at(-86_400 * 365)))).toEqual(error('StaleTimestamp'));
    expect(await w.stores.payments.listFor(LI.accountId)).toEqual([]);
  });

  it('refuses a timestamp changed after signing, a malformed one, and a body-only signature', async () => {
    const { w, post } = await start();
    const old = signPayment(SECRET, body, at(-3600));
    // the attacker moves the captured request's time forward: the signature no longer matches
    expect(await post(body, { ...old, 'x-signature-timestamp': String(NOW.getTime() / 1000) })).toEqual(
      error('BadSignature'),
    );
    for (const ts of ['-1', '1.5', '1e9', 'now', ' 1764892800x', '9'.repeat(40)])
      expect(
        (await post(body, { ...signPayment(SECRET, body, NOW), 'x-signature-timestamp': ts })).status,
      ).toBe(401);
    expect(await post(body, bodyOnly(body))).toEqual(error('MissingTimestamp'));
    expect(await w.stores.payments.listFor(LI.accountId)).toEqual([]);
  });

  it('with PAYMENTS_WEBHOOK_REQUIRE_TIMESTAMP=false, still accepts a body-only signature (migration), warns at start, and checks any timestamp sent', async () => {
    const { w, post, warnings } = await start(false);
    expect(warnings.some((m) => /REQUIRE_TIMESTAMP=false/.test(m))).toBe(true);
    expect(await post(body, bodyOnly(body))).toMatchObject({ status: 200, body: { status: 'applied' } });
    expect(
      await post(body, { ...bodyOnly(body), 'x-signature-timestamp': String(NOW.getTime() / 1000) }),
    ).toEqual(error('BadSignature'));
    expect(await post(body, signPayment(SECRET, body, at(-301)))).toEqual(error('StaleTimestamp'));
    expect(await post(body, signPayment(SECRET, body, NOW))).toMatchObject({
      status: 200,
      body: { status: 'replayed' },
    });
    expect(instalments(w)[0]?.paid_cents).toBe(183_774);
  });
});
