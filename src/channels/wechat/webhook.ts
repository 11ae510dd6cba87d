import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { Clock } from '../../core/clock.js';
import { closeAfterAnswer } from '../../auth/lingeringClose.js';
import type { WeChatChannel } from './channel.js';
import { readInbound, verifyServer, type WebhookQuery } from './inbound.js';

export const WECHAT_PATH = '/api/wechat';

type BodyRead = { ok: true; body: Buffer } | { ok: false };

/** Reads the raw request body, refusing (without buffering) anything over `limit` bytes. */
export function readRawBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false });
  if (req.readableEnded) return Promise.resolve({ ok: true, body: Buffer.alloc(0) });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        resolve({ ok: false });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve({ ok: true, body: Buffer.concat(chunks) });
    };
    const onError = (): void => {
      cleanup();
      resolve({ ok: false });
    };
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function queryOf(req: Request): WebhookQuery {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const one = (name: string): string | undefined => params.get(name) ?? undefined;
  return {
    signature: one('signature'),
    timestamp: one('timestamp'),
    nonce: one('nonce'),
    echostr: one('echostr'),
    encrypt_type: one('encrypt_type'),
    msg_signature: one('msg_signature'),
  };
}

function reply(res: Response, status: number, body: string, close = false): void {
  const headers: Record<string, string | number> = {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  };
  if (close) headers.connection = 'close';
  res.writeHead(status, headers);
  res.end(body);
}

/**
 * `GET /api/wechat` answers WeChat's server verification (echostr) or 401 with an empty body.
 * `POST /api/wechat` authenticates and reads a callback, answers `success` at once and runs the
 * turn afterwards; bad input gets a 4xx naming the reason (401s say nothing).
 */
export function mountWeChatWebhook(
  server: Server,
  channel: WeChatChannel,
  clock: Clock,
  logger: Logger,
): void {
  const { settings } = channel;

  server.get(WECHAT_PATH, async (req: Request, res: Response) => {
    const outcome = verifyServer(queryOf(req), settings.token);
    if (!outcome.ok) {
      logger.warn({ reason: outcome.reason }, 'WeChat verification refused');
      return reply(res, outcome.status, outcome.status === 401 ? '' : outcome.reason);
    }
    reply(res, 200, outcome.echostr);
  });

  server.post(WECHAT_PATH, async (req: Request, res: Response) => {
    const read = await readRawBody(req, settings.xml.maxBytes);
    if (!read.ok) {
      logger.warn({ reason: 'too_large' }, 'WeChat callback refused');
      // lingering close (sec16): destroying the socket with the rest of a chunked body unread
      // sent RST, and the client could lose the 413
      closeAfterAnswer(req, res);
      reply(res, 413, 'too_large', true);
      return;
    }
    const outcome = readInbound(queryOf(req), read.body, settings, clock.now());
    if (!outcome.ok) {
      logger.warn({ reason: outcome.reason, status: outcome.status }, 'WeChat callback refused');
      return reply(res, outcome.status, outcome.status === 401 ? '' : outcome.reason);
    }
    const query = queryOf(req);
    let fresh: boolean;
    try {
      fresh = await channel.nonceFresh(query.timestamp ?? '', query.nonce ?? '', read.body);
    } catch (err) {
      logger.error({ err }, 'WeChat nonce memory unavailable; WeChat will retry');
      return reply(res, 503, 'store_unavailable');
    }
    if (!fresh) {
      logger.warn({ reason: 'nonce_reused' }, 'WeChat callback refused');
      return reply(res, 401, '');
    }
    const accepted = await channel.accept(outcome.message, outcome.dedupeKey);
    if (accepted === 'unrecorded') return reply(res, 503, 'transcript_unavailable');
    if (accepted === 'duplicate')
      logger.info({ key: outcome.dedupeKey.replace(/:[^:]+:/, ':…:') }, 'WeChat retry ignored');
    reply(res, 200, 'success');
  });
}
