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
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

/** Whether `signature` (hex, optionally "sha256=") is the HMAC-SHA256 of `body`; constant time. */
export function signatureMatches(secret: string, body: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const hex = signature.trim().replace(/^sha256=/i, '');
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(hex, 'hex'));
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
 * `amount` a string with two decimals), signed with HMAC-SHA256 of the raw body in `X-Signature`.
 * 200 `{status:'applied'|'replayed'}`; 400 a bad field (named); 401 a bad signature; 409 the
 * payment id was used with other content; 422 unknown account or wrong currency; 503 switched off.
 */
export function registerPaymentsWebhook(server: Server, deps: PaymentsWebhookDeps): void {
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
    if (!signatureMatches(deps.secret, body, req.header('x-signature'))) {
      deps.logger.warn({ path: '/api/payments' }, 'payments: bad or missing signature');
      fail(
        res,
        401,
        'BadSignature',
        'X-Signature must be the hex HMAC-SHA256 of the raw body with the shared secret',
      );
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
