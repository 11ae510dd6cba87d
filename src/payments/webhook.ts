import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Clock } from '../core/clock.js';
import type { PaymentStore } from '../store/payments.js';
import { parsePayment } from './parse.js';
import { closeAfterAnswer } from '../auth/lingeringClose.js';

export interface PaymentsWebhookDeps {
  /** PAYMENTS_WEBHOOK_SECRET; undefined switches the route off (503). */
  secret: string | undefined;
  store: PaymentStore;
  clock: Clock;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  maxBodyBytes: number;
  /**
   * PAYMENTS_WEBHOOK_REQUIRE_TIMESTAMP (default true): the signature must cover
   * `X-Signature-Timestamp`. false also accepts the old body-only signature without that header.
   */
  requireTimestamp?: boolean;
  /** PAYMENTS_WEBHOOK_TOLERANCE_SECONDS: how far the signed time may be from now (default 300). */
  toleranceSeconds?: number;
}

export const TIMESTAMP_HEADER = 'x-signature-timestamp';

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

/** HMAC-SHA256 of `<timestamp>.<raw body>` (or of the body alone without a timestamp). */
function mac(secret: string, body: Buffer, timestamp: string | undefined): Buffer {
  const hmac = createHmac('sha256', secret);
  if (timestamp !== undefined) hmac.update(`${timestamp}.`, 'utf8');
  return hmac.update(body).digest();
}

/**
 * Whether `signature` (hex, optionally "sha256=") is the HMAC-SHA256 of `body`, preceded by
 * `<timestamp>.` when a timestamp is given; constant time.
 */
export function signatureMatches(
  secret: string,
  body: Buffer,
  signature: string | undefined,
  timestamp?: string,
): boolean {
  if (!signature) return false;
  const hex = signature.trim().replace(/^sha256=/i, '');
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return false;
  return timingSafeEqual(mac(secret, body, timestamp), Buffer.from(hex, 'hex'));
}

/**
 * The headers a sender adds to a payment: `X-Signature-Timestamp` (Unix seconds) and
 * `X-Signature`, the hex HMAC-SHA256 of `<timestamp>.<raw body>` with the shared secret.
 *
 *   fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signPayment(secret, body, new Date()) } });
 */
export function signPayment(secret: string, body: string | Buffer, at: Date): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const raw = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return { [TIMESTAMP_HEADER]: timestamp, 'x-signature': mac(secret, raw, timestamp).toString('hex') };
}

type Verdict = 'ok' | 'legacy' | { code: string; message: string };

/**
 * Checks the signature, and the signed time against the clock: a timestamp that is not a Unix
 * time in seconds, or is further than the tolerance from now, is refused even when signed.
 */
function verify(deps: PaymentsWebhookDeps, secret: string, body: Buffer, req: Request): Verdict {
  const signature = req.header('x-signature');
  const timestamp = req.header(TIMESTAMP_HEADER);
  const requireTimestamp = deps.requireTimestamp ?? true;
  const bad = {
    code: 'BadSignature',
    message: requireTimestamp
      ? 'X-Signature must be the hex HMAC-SHA256 of "<X-Signature-Timestamp>.<raw body>" with the shared secret'
      : 'X-Signature must be the hex HMAC-SHA256 of "<X-Signature-Timestamp>.<raw body>" (or of the raw body alone) with the shared secret',
  };
  if (timestamp === undefined || timestamp === '') {
    if (requireTimestamp)
      return {
        code: 'MissingTimestamp',
        message: 'X-Signature-Timestamp (Unix seconds) is required and signed',
      };
    return signatureMatches(secret, body, signature) ? 'legacy' : bad;
  }
  if (!/^\d{1,12}$/.test(timestamp))
    return { code: 'BadTimestamp', message: 'X-Signature-Timestamp must be a Unix time in seconds' };
  if (!signatureMatches(secret, body, signature, timestamp)) return bad;
  const tolerance = deps.toleranceSeconds ?? 300;
  const skew = Math.abs(deps.clock.now().getTime() / 1000 - Number(timestamp));
  if (!(skew <= tolerance))
    return {
      code: 'StaleTimestamp',
      message: `X-Signature-Timestamp is more than ${tolerance} s from the service's clock`,
    };
  return 'ok';
}

/**
 * Reads the raw body (the signature covers its exact bytes). Past `limit` it stops at once:
 * 'too_large' without keeping or waiting for the rest (the caller answers 413 and closes).
 */
function rawBody(req: Request, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size <= limit) {
        chunks.push(c);
        return;
      }
      req.off('data', onData);
      resolve('too_large');
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * 413 in the house shape, then the connection is closed: the rest of the body is never kept (the
 * client gets a second to read the answer before the socket is cut).
 */
function tooLarge(req: Request, res: Response, limit: number): void {
  closeAfterAnswer(req, res);
  fail(res, 413, 'BodyTooLarge', `the body is larger than ${limit} bytes (MAX_BODY_BYTES)`);
}

/**
 * `POST /api/payments` for the core banking system: one payment as JSON (the file's fields,
 * `amount` a string with two decimals), signed (`signPayment`): `X-Signature-Timestamp` in Unix
 * seconds and `X-Signature`, the HMAC-SHA256 of `<timestamp>.<raw body>`; a time further than the
 * tolerance from now is refused, so a captured request is worthless minutes later (and a replay
 * within them changes nothing: `payment_id` is idempotent).
 * 200 `{status:'applied'|'replayed'}`; 400 a bad field (named); 401 a bad or stale signature; 409 the
 * payment id was used with other content; 422 unknown account or wrong currency; 503 switched off.
 */
export function registerPaymentsWebhook(server: Server, deps: PaymentsWebhookDeps): void {
  if (deps.secret && deps.requireTimestamp === false)
    deps.logger.warn(
      { path: '/api/payments' },
      'payments: PAYMENTS_WEBHOOK_REQUIRE_TIMESTAMP=false accepts body-only signatures, which a captured request can replay for ever; move the sender to X-Signature-Timestamp',
    );
  server.post('/api/payments', async (req: Request, res: Response) => {
    if (!deps.secret) {
      fail(
        res,
        503,
        'PaymentsDisabled',
        'the payments webhook is switched off: set PAYMENTS_WEBHOOK_SECRET to enable it',
      );
      return;
    }
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > deps.maxBodyBytes) {
      tooLarge(req, res, deps.maxBodyBytes);
      return;
    }
    let body: Buffer | 'too_large';
    try {
      body = await rawBody(req, deps.maxBodyBytes);
    } catch {
      fail(res, 400, 'BadBody', 'the request body could not be read');
      return;
    }
    if (body === 'too_large') {
      tooLarge(req, res, deps.maxBodyBytes);
      return;
    }
    const verdict = verify(deps, deps.secret, body, req);
    if (typeof verdict === 'object') {
      deps.logger.warn({ path: '/api/payments', code: verdict.code }, 'payments: refused signature');
      fail(res, 401, verdict.code, verdict.message);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      fail(res, 400, 'BadJson', 'the body is not valid JSON');
      return;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      fail(res, 400, 'BadPayment', 'the body must be one JSON object with the payment fields');
      return;
    }
    const parsed = parsePayment(json);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      fail(
        res,
        400,
        'BadPayment',
        parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ') ||
          `${first?.field ?? 'body'}: invalid`,
      );
      return;
    }
    const outcome = await deps.store.apply([parsed.payment], 'webhook', deps.clock.now());
    if (outcome.status === 'rejected') {
      const r = outcome.rejections[0];
      const status = r?.code === 'payment_id_conflict' ? 409 : 422;
      fail(res, status, r?.code ?? 'rejected', `${r?.field ?? 'body'}: ${r?.message ?? 'rejected'}`);
      return;
    }
    const status = outcome.applied === 1 ? 'applied' : 'replayed';
    deps.logger.info({ paymentId: parsed.payment.paymentId, status }, 'payments: webhook');
    res.status(200);
    res.json({ status, paymentId: parsed.payment.paymentId });
  });
}
