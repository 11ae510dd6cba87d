import type { Duplex } from 'node:stream';
import restify, { type Next, type Request, type Response, type Server, type ServerOptions } from 'restify';
import { z } from 'zod';
import type { App } from './app.js';
import { ServiceHealth, withSharedDatabase } from './health.js';
import { echoed, MAX_MESSAGE_TEXT_CHARS, MAX_PATH_ID_CHARS } from '../core/limits.js';
import { type GateVerdict, MessagesGate } from './messagesGate.js';
import { processPosted } from './postedActivity.js';
import { activityClaimGate, authenticateBeforeClaim } from './activityClaimGate.js';
import { answerOnce, repliesRecorded } from './activityClaimRoute.js';
import { type Unavailable, unavailableFrom } from '../channels/unavailable.js';
import { applyHttpTimeouts } from './httpTimeouts.js';
import { capConnectionsPerAddress } from './connectionCap.js';
import { refuseOversizedBodies } from './bodyLimit.js';
import { boundedBodyParser } from '../auth/boundedBody.js';

/** Mounts a channel or console on the server (Direct Line, WeChat, review, agents). */
export type Mount = (server: Server, app: App) => void;

/**
 * An id that is well-formed Unicode: a lone surrogate would be stored by SQLite as bytes that
 * read back as U+FFFD, so the transcript's rows of that conversation would no longer be found
 * under the id they were written with.
 */
const id = z
  .string()
  .min(1)
  .refine((s) => !/\p{Cs}/u.test(s), 'not well-formed Unicode (a lone surrogate)');

const activitySchema = z.object({
  type: z.string().min(1),
  id: id.optional(),
  conversation: z.object({ id }),
  from: z.object({ id }),
  channelId: id.optional(),
  serviceUrl: z.string().optional(),
  text: z.string().max(MAX_MESSAGE_TEXT_CHARS).optional(),
});

/** Requests that start a turn (refused with 503 while the transcript cannot write). */
const TURN_PATHS = /^\/(api\/messages|api\/wechat|v3\/directline\/conversations\/[^/?]+\/activities)(\?|$)/;

/** A code for an error restify raised without one (a body its JSON parser refused: 400 BadRequest). */
function statusName(status: number): string {
  if (status === 400) return 'BadRequest';
  if (status === 404) return 'NotFound';
  if (status === 405) return 'MethodNotAllowed';
  if (status === 413) return 'PayloadTooLarge';
  if (status === 415) return 'UnsupportedMediaType';
  return status >= 500 ? 'InternalError' : 'RequestRefused';
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status);
  res.json({ error: { code, message } });
}

/**
 * The HTTP service: the Bot Framework endpoint, health, and whatever `mounts` add. Bad input
 * gets a clear 4xx; the process never crashes on input.
 */
export function createServer(app: App, mounts: Mount[] = []): Server {
  const server = restify.createServer({
    name: 'collections-assistant',
    handleUncaughtExceptions: false,
    noWriteContinue: true, // refuseOversizedBodies says "100 Continue" (sec15)
    maxParamLength: MAX_PATH_ID_CHARS, // staffsec20: ids past 100 characters were unroutable (404)
    // sec16: restify's own warnings (an answer it cannot format) went to its default logger,
    // which wrote the whole request, raw body and headers included, unmasked
    log: app.logger.child({ component: 'http' }) as unknown as ServerOptions['log'],
  });
  const { config, logger } = app;
  applyHttpTimeouts(server.server, config);
  capConnectionsPerAddress(server.server, config);
  const jsonBody = boundedBodyParser({ maxBodySize: config.MAX_BODY_BYTES, rejectUnknown: true });

  server.on(
    'restifyError',
    (req: Request, res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
      if ((err.statusCode ?? 500) >= 500) logger.error({ err, path: req.path() }, 'request failed');
      // restify's own errors (unknown route, method not allowed, bad body) answer in the
      // service's one error shape, like every handler's sendError.
      const e = err as { code?: unknown; restCode?: unknown; body?: { code?: unknown } };
      const named = [e.restCode, e.body?.code, e.code].find((c) => typeof c === 'string' && c !== 'Error');
      const body = {
        error: {
          code: typeof named === 'string' ? named : statusName(err.statusCode ?? 500),
          // staffsec20: restify's 404 names the whole path; a 10,000-character path came back whole
          message: echoed(err.message || 'request refused', 300),
        },
      };
      Object.defineProperty(err, 'toJSON', { value: () => body, configurable: true });
      cb();
    },
  );

  server.pre(refuseOversizedBodies(config.MAX_BODY_BYTES));
  const health = new ServiceHealth(app);
  server.get('/healthz', async (_req: Request, res: Response) => {
    const report = await withSharedDatabase(health.report(), app);
    res.status(report.status === 'unavailable' ? 503 : 200);
    res.json(report);
  });
  // No channel or console sends a compressed body. restify's body parser would inflate gzip
  // itself: a body that is not gzip threw outside any handler (the worker stopped), and a
  // small gzip inflated past MAX_BODY_BYTES. Refused before any route reads a byte.
  server.pre((req: Request, res: Response, next: Next) => {
    const encoding = req.headers['content-encoding'];
    if (encoding === undefined || encoding.trim().toLowerCase() === 'identity') return next();
    res.header('Connection', 'close');
    sendError(res, 415, 'UnsupportedContentEncoding', 'send the body uncompressed (no Content-Encoding)');
    return next(false);
  });
  // Write-ahead: while turns cannot be recorded, new ones are refused instead of running
  // unrecorded (the client or WeChat retries later).
  server.pre((req: Request, res: Response, next: Next) => {
    if (req.method === 'POST' && TURN_PATHS.test(req.url ?? '') && !health.canRecord()) {
      sendError(
        res,
        503,
        'TranscriptUnavailable',
        'the service cannot record conversations right now; try again shortly',
      );
      return next(false);
    }
    return next();
  });

  // issue 12: who may post, where replies go, how often (issue 19: counted across instances)
  const gate = new MessagesGate(config, app.clock, logger, app.backend.counters);
  const once = activityClaimGate(app); // issue 19 exactonce
  const onceOptions = {
    authenticated: Boolean(config.MicrosoftAppId),
    onError: (err: unknown, message: string) => logger.error({ err }, message),
    recover: repliesRecorded(app.backend.transcripts),
    // issue 19 pgturn: a forged post is refused before it can claim an activity id
    ...(config.MicrosoftAppId ? { authenticate: authenticateBeforeClaim(app.cloudAdapter) } : {}),
  };
  const beforeTurn = app.backend.beforeTurn;
  server.post('/api/messages', jsonBody, async (req: Request, res: Response) => {
    const parsed = activitySchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      sendError(
        res,
        400,
        'BadActivity',
        `invalid activity: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
      );
      return;
    }
    const a = parsed.data;
    if (!beforeTurn) return messages(req, res, a);
    // issue 19 pg19: on PostgreSQL the reads this request asks before its turn ride with its rate limits
    return beforeTurn(a.conversation.id, () => messages(req, res, a));
  });
  const messages = async (req: Request, res: Response, a: z.infer<typeof activitySchema>): Promise<void> => {
    let verdict: GateVerdict;
    try {
      verdict = await gate.check({
        remoteAddress: req.socket?.remoteAddress,
        channelId: a.channelId,
        fromId: a.from.id,
        serviceUrl: a.serviceUrl,
      });
    } catch (err) {
      const u = unavailableFrom(err);
      if (!u) throw err;
      logger.warn({ err }, '/api/messages: the rate counters cannot be reached (503)');
      res.header('Retry-After', String(u.retryAfterSeconds));
      sendError(res, 503, u.code, u.message);
      return;
    }
    if (verdict.status === 'refused') {
      if (verdict.retryAfterSeconds !== undefined)
        res.header('Retry-After', String(verdict.retryAfterSeconds));
      sendError(res, verdict.httpStatus, verdict.code, verdict.message);
      return;
    }
    // issue 19 exactonce: one turn per activity id; a repeat gets the first answer replayed
    await answerOnce(once, req, res, onceOptions, async (out) => {
      // issue 19: a turn the database (or the conversation's lock) cannot serve now answers 503
      // with Retry-After in the service's error shape, not the adapter's bare 500.
      let unavailable: Unavailable | undefined;
      const answer = unavailableAware(out, () => unavailable);
      try {
        // issue 19 item 5: CloudAdapter.process without the zod schemas it builds per request
        await processPosted(
          app.cloudAdapter,
          req.body,
          req.headers.authorization,
          answer,
          async (context) => {
            try {
              await app.bot.run(context);
            } catch (err) {
              unavailable = unavailableFrom(err);
              throw err;
            }
          },
          (err) => {
            // A failure of the turn's middleware (the inbound record and, on PostgreSQL, the turn
            // lock taken with it: issue 19 pg15) is as unavailable as one of the bot's.
            unavailable ??= unavailableFrom(err);
            logger.error({ err }, 'activity processing failed');
          },
        );
      } catch (err) {
        logger.error({ err }, 'activity processing failed');
        if (!out.headersSent) sendError(out, 500, 'BotError', 'the bot failed to process the activity');
      }
    });
  };

  const upgradeListeners = server.server.listenerCount('upgrade');
  for (const mount of mounts) mount(server, app);
  if (server.server.listenerCount('upgrade') === upgradeListeners) refuseStrayUpgrades(server);
  return server;
}

/**
 * The response CloudAdapter writes to, except when the turn failed as unavailable: then it
 * answers 503 with Retry-After and `{"error":{"code","message"}}` instead of the adapter's 500.
 */
function unavailableAware(res: Response, failed: () => Unavailable | undefined): Response {
  let status = 200;
  const answer = {
    status(code: number) {
      status = code;
      return answer;
    },
    header(name: string, value: string) {
      res.header(name, value);
      return answer;
    },
    send(body?: unknown) {
      const u = status >= 500 ? failed() : undefined;
      if (u) {
        res.header('Retry-After', String(u.retryAfterSeconds));
        sendError(res, 503, u.code, u.message);
        return answer;
      }
      res.status(status);
      res.send(body);
      return answer;
    },
    end() {
      if (!res.headersSent) {
        const u = status >= 500 ? failed() : undefined;
        if (u) return answer.send();
        res.status(status);
        res.end();
      }
      return answer;
    },
  };
  return answer as unknown as Response;
}

/**
 * Node hands an `Upgrade` request to the 'upgrade' listeners and nothing else answers it; when no
 * channel listens (no Direct Line mounted) such a socket would stay open forever. Refuse it.
 */
function refuseStrayUpgrades(server: Server): void {
  server.server.on('upgrade', (_req, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
}

export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
}
