import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { boundedBodyParser } from '../auth/boundedBody.js';
import { createAuth, principalOf, type Auth } from '../auth/auth.js';
import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import type { Db } from '../store/db.js';
import { SqliteStaffLoginLog } from '../store/staffLogins.js';
import { TranscriptError } from '../store/transcripts/errors.js';
import { SqliteRevealLog } from '../store/transcripts/revealLog.js';
import { SqliteTranscriptStore } from '../store/transcripts/sqliteTranscriptStore.js';
import type { RevealLog } from '../store/transcripts/types.js';
import type { TranscriptReader } from '../store/transcripts/split.js';
import { echoed } from '../core/limits.js';
import { parseListQuery } from './query.js';
import { ReviewService } from './reviewService.js';

/** The few logger methods the review API uses (pino's Logger fits). */
export interface ReviewLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface ReviewDeps {
  config: Pick<Config, 'REVIEWER_USERS' | 'AGENT_USERS' | 'publicUrl'>;
  clock: Clock;
  logger: ReviewLogger;
  /** The service's database; the store and reveal log are built on it unless given. */
  db: Db;
  store?: TranscriptReader;
  reveals?: RevealLog;
  /** The service's shared Auth (so agent and review sessions live in one place). */
  auth?: Auth;
}

const WEB_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'review');
const STATIC: Record<string, { file: string; type: string }> = {
  '/review': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/review/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/review/review.js': { file: 'review.js', type: 'text/javascript; charset=utf-8' },
  '/review/i18n.js': { file: 'i18n.js', type: 'text/javascript; charset=utf-8' },
  '/review/review.css': { file: 'review.css', type: 'text/css; charset=utf-8' },
  '/review/payments.js': { file: 'payments.js', type: 'text/javascript; charset=utf-8' },
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

function sendJson(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}

function sendError(res: Response, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}

function searchParams(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

/**
 * Mounts the compliance review API and console:
 *   GET  /review                                  the console (login, list, replay)
 *   POST|GET|DELETE /api/review/session           console login session (Basic in, cookie out)
 *   GET  /api/review/conversations                {"items":[{conversationId, account, channel, startedAt, flags, …}]}
 *   GET  /api/review/conversations/{id}           the transcript, PII masked, traces beside bot messages
 *   POST /api/review/conversations/{id}/reveal    unmasked, recorded in the reveal audit ({"reason"} optional)
 *   GET  /api/review/reveals[?conversationId=]    the reveal audit
 * Every API route needs a reviewer credential (Basic or session); agents get 403.
 *
 *   registerReview(server, { config, clock, logger, db, auth });
 */
export function registerReview(server: Server, deps: ReviewDeps): ReviewService {
  const auth =
    deps.auth ??
    createAuth({ config: deps.config, clock: deps.clock, loginLog: new SqliteStaffLoginLog(deps.db) });
  const store = deps.store ?? new SqliteTranscriptStore(deps.db);
  const review = new ReviewService(store, deps.reveals ?? new SqliteRevealLog(deps.db), deps.clock);
  // the body limit applies before the credential is checked (sec17): the role check reads it
  const reviewer = auth.requireRole('reviewer', 'api', 4096);
  const smallJson = boundedBodyParser({ maxBodySize: 4096, rejectUnknown: false });

  auth.mountSession(server, '/api/review/session', 'reviewer');

  server.get('/api/review/conversations', reviewer, async (req: Request, res: Response) => {
    const query = parseListQuery(searchParams(req));
    if (!query.ok) return sendError(res, 400, 'BadQuery', query.message);
    try {
      const page = await review.list(query.filter);
      sendJson(res, 200, page.continuationToken ? page : { items: page.items });
    } catch (err) {
      if (err instanceof TranscriptError) return sendError(res, 400, 'BadQuery', err.message);
      throw err;
    }
  });

  server.get('/api/review/conversations/:conversationId', reviewer, async (req: Request, res: Response) => {
    const id = String(req.params.conversationId ?? '');
    const transcript = await review.get(id);
    if (!transcript) return sendError(res, 404, 'NotFound', `no transcript for conversation ${echoed(id)}`);
    sendJson(res, 200, transcript);
  });

  server.post(
    '/api/review/conversations/:conversationId/reveal',
    reviewer,
    smallJson,
    async (req: Request, res: Response) => {
      const id = String(req.params.conversationId ?? '');
      const reviewerName = principalOf(req)?.name ?? 'unknown';
      const body: unknown = req.body;
      const reason =
        body && typeof body === 'object' && typeof (body as { reason?: unknown }).reason === 'string'
          ? (body as { reason: string }).reason.slice(0, 500)
          : undefined;
      const transcript = await review.reveal(id, reviewerName, reason);
      if (!transcript) return sendError(res, 404, 'NotFound', `no transcript for conversation ${echoed(id)}`);
      deps.logger.info({ conversationId: id, reviewer: reviewerName }, 'reviewer revealed a transcript');
      sendJson(res, 200, transcript);
    },
  );

  server.get('/api/review/reveals', reviewer, async (req: Request, res: Response) => {
    const conversationId = searchParams(req).get('conversationId') ?? undefined;
    sendJson(res, 200, { items: await review.revealLog(conversationId || undefined) });
  });

  mountConsole(server);
  return review;
}

/** The console's static files (no build step), with a strict content security policy. */
function mountConsole(server: Server): void {
  for (const [route, asset] of Object.entries(STATIC)) {
    server.get(route, async (_req: Request, res: Response) => {
      const body = await readFile(path.join(WEB_DIR, asset.file));
      res.writeHead(200, {
        'Content-Type': asset.type,
        'Content-Length': body.length,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    });
  }
}
