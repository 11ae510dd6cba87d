import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import type { Clock } from '../../core/clock.js';
import type { DirectLineAdapter, TurnOutcome } from './directLineAdapter.js';
import { visibleTo, type DirectLineConversation, type DirectLineStore } from './directLineStore.js';
import { DirectLineTokens, type TokenScope } from './directLineToken.js';
import { bearerToken, DirectLineHttpError, readJsonBody, sendError } from './httpErrors.js';
import { parseIncomingActivity } from './incomingActivity.js';
import { receiveOnce } from './receiveOnce.js';
import { verifyLinkToken } from './linkToken.js';
import type { SharedRateLimiter } from '../../store/sharedLimits.js';
import type { ActivityClaimGate } from '../../store/activityClaimGate.js';
import type { StreamAuthorization } from './streamHub.js';
import { type Unavailable, unavailableFrom } from '../unavailable.js';

export const DIRECTLINE_BASE = '/v3/directline';

export interface DirectLineRouteDeps {
  config: Pick<Config, 'linkSecret' | 'LINK_TTL_HOURS' | 'MAX_BODY_BYTES' | 'PUBLIC_URL' | 'publicUrl'>;
  clock: Clock;
  logger: Logger;
  store: DirectLineStore;
  tokens: DirectLineTokens;
  adapter: DirectLineAdapter;
  /** DIRECTLINE_RATE_PER_MINUTE per key, shared by every instance on the backend's counters. */
  limiter: Pick<SharedRateLimiter, 'take'>;
  /** Activities per GET /activities page. */
  pageSize: number;
  /** issue 19 exactonce: one turn per channelData.clientActivityID (a retried post replays the first id). */
  once?: Pick<ActivityClaimGate, 'enter'>;
}

type Handler = (req: Request, res: Response) => Promise<void>;

/**
 * The REST half of Direct Line 3.0 under /v3/directline: token exchange and refresh, start and
 * resume, posting and polling activities. Every failure answers `{"error":{"code","message"}}`.
 */
export class DirectLineRoutes {
  private readonly referenceGrammarId: string;
  /** Sessions whose start the bot has seen (a new session in an old conversation is asked to verify). */
  private readonly startedSessions = new Set<string>();

  constructor(private readonly deps: DirectLineRouteDeps) {
    const h = createHash('sha256').update(`${deps.config.linkSecret}/grammar`).digest('hex');
    this.referenceGrammarId = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  }

  mount(server: Server): void {
    const b = DIRECTLINE_BASE;
    server.post(
      `${b}/tokens/generate`,
      this.wrap((req, res) => this.generate(req, res)),
    );
    server.post(
      `${b}/tokens/refresh`,
      this.wrap((req, res) => this.refresh(req, res)),
    );
    server.post(
      `${b}/conversations`,
      this.wrap((req, res) => this.startConversation(req, res)),
    );
    server.get(
      `${b}/conversations/:conversationId`,
      this.wrap((req, res) => this.resume(req, res)),
    );
    server.post(
      `${b}/conversations/:conversationId/activities`,
      this.wrap((req, res) => this.post(req, res)),
    );
    server.get(
      `${b}/conversations/:conversationId/activities`,
      this.wrap((req, res) => this.poll(req, res)),
    );
  }

  /** Decides whether a WebSocket may connect to a conversation's stream. */
  async authorizeStream(conversationId: string, url: URL): Promise<StreamAuthorization> {
    const outcome = this.deps.tokens.verifyStream(url.searchParams.get('t') ?? '', this.deps.clock.now());
    if (outcome.status === 'invalid') return { status: 'rejected', httpStatus: 401, reason: 'Unauthorized' };
    if (outcome.status === 'expired') return { status: 'rejected', httpStatus: 403, reason: 'Forbidden' };
    if (outcome.scope.conversationId !== conversationId)
      return { status: 'rejected', httpStatus: 403, reason: 'Forbidden' };
    if (!(await this.deps.store.get(conversationId)))
      return { status: 'rejected', httpStatus: 404, reason: 'Not Found' };
    // Opening streams costs a replay each: a client reconnecting in a loop is slowed down.
    if ((await this.deps.limiter.take(`dl:stream:${conversationId}`)).status === 'limited')
      return { status: 'rejected', httpStatus: 429, reason: 'Too Many Requests' };
    const asked = /^\d{0,15}$/.test(url.searchParams.get('watermark') ?? '')
      ? Number(url.searchParams.get('watermark') ?? 0)
      : 0;
    // A session sees nothing from before it began (earlier sessions may have been verified).
    const watermark = Math.max(asked, outcome.scope.historyFrom ?? 0);
    return {
      status: 'allowed',
      conversationId,
      watermark,
      ...(outcome.scope.sessionId !== undefined ? { sessionId: outcome.scope.sessionId } : {}),
    };
  }

  private async generate(req: Request, res: Response): Promise<void> {
    const link = bearerToken(req);
    if (!link) throw unauthorized('Send the chat link token as "Authorization: Bearer <token>".');
    const outcome = verifyLinkToken(link, this.deps.clock, this.deps.config);
    if (outcome.status === 'invalid') throw unauthorized('The chat link is not valid; ask for a new link.');
    if (outcome.status === 'expired') throw tokenExpired('The chat link has expired; ask for a new link.');
    await this.limit(`link:${outcome.userId}`);
    await readJsonBody(req, this.deps.config.MAX_BODY_BYTES);
    const now = this.deps.clock.now();
    const conversation = await this.deps.store.conversationForUser(outcome.userId, now);
    // Each link exchange is a new session: verified again, and shown no earlier history.
    const issued = this.deps.tokens.issue(
      {
        conversationId: conversation.conversationId,
        userId: outcome.userId,
        sessionId: randomBytes(12).toString('base64url'),
        historyFrom: await this.deps.store.latestWatermark(conversation.conversationId),
      },
      now,
    );
    res.send(200, {
      conversationId: conversation.conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
    });
  }

  private async refresh(req: Request, res: Response): Promise<void> {
    const { scope } = this.authorize(req);
    await this.limit(`conv:${scope.conversationId}`);
    await readJsonBody(req, this.deps.config.MAX_BODY_BYTES);
    const issued = this.deps.tokens.issue(scope, this.deps.clock.now());
    res.send(200, {
      conversationId: scope.conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
    });
  }

  private async startConversation(req: Request, res: Response): Promise<void> {
    const { scope, token, expiresIn } = this.authorize(req);
    await this.limit(`conv:${scope.conversationId}`);
    const body = (await readJsonBody(req, this.deps.config.MAX_BODY_BYTES)) as
      { locale?: unknown } | undefined;
    const conversation = await this.requireConversation(scope.conversationId);
    const locale = typeof body?.locale === 'string' && body.locale.length <= 35 ? body.locale : undefined;
    const created = await this.deps.store.markStarted(
      conversation.conversationId,
      this.deps.clock.now(),
      locale,
    );
    const firstOfSession = this.firstStartOf(scope.sessionId);
    if (created || firstOfSession) {
      try {
        await this.deps.adapter.start(
          scope.conversationId,
          scope.userId,
          locale ?? conversation.locale,
          scope.sessionId,
        );
      } catch (err) {
        // The conversation exists either way; the person can still write.
        this.deps.logger.error({ err }, 'directline: the bot failed on conversation start');
      }
    }
    res.send(created ? 201 : 200, {
      conversationId: scope.conversationId,
      token,
      expires_in: expiresIn,
      streamUrl: this.streamUrl(req, scope, undefined),
      referenceGrammarId: this.referenceGrammarId,
    });
  }

  private async resume(req: Request, res: Response): Promise<void> {
    const { scope, token, expiresIn } = this.authorize(req, param(req));
    const watermark = parseWatermark(req);
    await this.requireConversation(scope.conversationId);
    res.send(200, {
      conversationId: scope.conversationId,
      token,
      expires_in: expiresIn,
      streamUrl: this.streamUrl(req, scope, watermark),
      referenceGrammarId: this.referenceGrammarId,
    });
  }

  private async post(req: Request, res: Response): Promise<void> {
    const { scope } = this.authorize(req, param(req));
    await this.limit(`conv:${scope.conversationId}`);
    const incoming = parseIncomingActivity(await readJsonBody(req, this.deps.config.MAX_BODY_BYTES));
    await this.requireConversation(scope.conversationId);
    if (incoming.kind === 'typing') {
      res.send(200, { id: '' });
      return;
    }
    const run = async () =>
      this.acknowledged(
        await this.deps.adapter.receive(
          scope.conversationId,
          scope.userId,
          incoming.activity,
          scope.sessionId,
        ),
      );
    // issue 19 exactonce: a retried post (same clientActivityID) runs no second turn
    const id = this.deps.once
      ? await receiveOnce(
          this.deps.once,
          scope.conversationId,
          incoming.activity,
          run,
          this.deps.logger,
          this.deps.store,
        )
      : await run();
    res.send(200, { id });
  }

  /** The stored id of a turn that ran, or the HTTP error its failure is answered with. */
  private acknowledged(outcome: TurnOutcome): string {
    switch (outcome.status) {
      case 'ok':
        return outcome.id;
      case 'bot_error': {
        const unavailable = unavailableFrom(outcome.error);
        if (unavailable) {
          this.deps.logger.warn({ err: outcome.error }, 'directline: a turn could not run now (503)');
          throw unavailableHttpError(unavailable);
        }
        this.deps.logger.error({ err: outcome.error }, 'directline: the bot failed on an activity');
        throw new DirectLineHttpError(
          502,
          'BotError',
          'The bot could not handle this activity; please try again shortly.',
        );
      }
    }
  }

  private async poll(req: Request, res: Response): Promise<void> {
    const { scope } = this.authorize(req, param(req));
    const watermark = Math.max(parseWatermark(req) ?? 0, scope.historyFrom ?? 0);
    await this.requireConversation(scope.conversationId);
    const page = await this.deps.store.after(scope.conversationId, watermark, this.deps.pageSize);
    const last = page[page.length - 1];
    res.send(200, {
      // A verified reply is for the session that verified, not for another link exchange.
      activities: page.filter((p) => visibleTo(p, scope.sessionId)).map((p) => p.activity),
      watermark: String(last ? last.seq : watermark),
    });
  }

  private authorize(
    req: Request,
    conversationId?: string,
  ): { scope: TokenScope; token: string; expiresIn: number } {
    const token = bearerToken(req);
    if (!token) throw unauthorized('Send the Direct Line token as "Authorization: Bearer <token>".');
    const now = this.deps.clock.now();
    const outcome = this.deps.tokens.verify(token, now);
    if (outcome.status === 'invalid') throw unauthorized('The Direct Line token is not valid.');
    if (outcome.status === 'expired')
      throw tokenExpired('The Direct Line token has expired; exchange the chat link again.');
    if (conversationId !== undefined && conversationId !== outcome.scope.conversationId) {
      throw new DirectLineHttpError(403, 'Forbidden', 'This token is not valid for that conversation.');
    }
    return { scope: outcome.scope, token, expiresIn: DirectLineTokens.secondsLeft(outcome.expiresAt, now) };
  }

  /** True the first time a session starts (bounded memory: the oldest are forgotten). */
  private firstStartOf(sessionId: string | undefined): boolean {
    if (sessionId === undefined || this.startedSessions.has(sessionId)) return false;
    this.startedSessions.add(sessionId);
    if (this.startedSessions.size > 10_000) {
      const oldest = this.startedSessions.values().next().value;
      if (oldest !== undefined) this.startedSessions.delete(oldest);
    }
    return true;
  }

  private async requireConversation(conversationId: string): Promise<DirectLineConversation> {
    const conversation = await this.deps.store.get(conversationId);
    if (!conversation) throw new DirectLineHttpError(404, 'NotFound', 'The conversation does not exist.');
    return conversation;
  }

  private async limit(key: string): Promise<void> {
    const decision = await this.deps.limiter.take(`dl:${key}`);
    if (decision.status === 'limited') {
      throw new DirectLineHttpError(
        429,
        'TooManyRequests',
        'Too many requests; wait a moment and try again.',
        {
          'Retry-After': String(decision.retryAfterSeconds),
        },
      );
    }
  }

  private streamUrl(req: Request, scope: TokenScope, watermark: number | undefined): string {
    const stream = this.deps.tokens.issueStream(scope, this.deps.clock.now());
    const query = `t=${encodeURIComponent(stream.token)}${watermark !== undefined ? `&watermark=${watermark}` : ''}`;
    return `${publicBase(req, this.deps.config).replace(/^http/, 'ws')}${DIRECTLINE_BASE}/conversations/${encodeURIComponent(scope.conversationId)}/stream?${query}`;
  }

  private wrap(handler: Handler): Handler {
    return async (req, res) => {
      try {
        await handler(req, res);
      } catch (err) {
        if (err instanceof DirectLineHttpError) {
          sendError(res, err);
          return;
        }
        const unavailable = unavailableFrom(err);
        if (unavailable) {
          this.deps.logger.warn({ err }, 'directline: request could not be served now (503)');
          sendError(res, unavailableHttpError(unavailable));
          return;
        }
        this.deps.logger.error({ err }, 'directline: request failed');
        sendError(
          res,
          new DirectLineHttpError(500, 'ServiceError', 'The service could not handle the request.'),
        );
      }
    };
  }
}

/**
 * The base URL clients reach us at: PUBLIC_URL when set, else the request's own host (so a
 * phone on the LAN that opened http://192.168.1.5:3978/chat gets a streamUrl it can reach;
 * behind a TLS proxy, set PUBLIC_URL or pass X-Forwarded-Proto so the stream is wss://).
 */
export function publicBase(req: Request, config: Pick<Config, 'PUBLIC_URL' | 'publicUrl'>): string {
  if (config.PUBLIC_URL) return config.publicUrl;
  const host = req.headers.host;
  if (!host || !/^[\w.[\]:-]+$/.test(host)) return config.publicUrl;
  // A proxy's X-Forwarded-Proto only shapes this client's own URLs, so trusting it is harmless.
  const secure =
    req.isSecure() ||
    String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim() === 'https';
  return `${secure ? 'https' : 'http'}://${host}`;
}

function param(req: Request): string {
  const value = (req.params as Record<string, unknown>).conversationId;
  return typeof value === 'string' ? value : '';
}

function parseWatermark(req: Request): number | undefined {
  const raw = new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark');
  if (raw === null || raw === '') return undefined;
  if (!/^\d{1,15}$/.test(raw))
    throw new DirectLineHttpError(
      400,
      'BadArgument',
      'The watermark must be a number from a previous response.',
    );
  return Number(raw);
}

/** The database, the conversation's lock or the transcript is unavailable: 503 with Retry-After. */
function unavailableHttpError(u: Unavailable): DirectLineHttpError {
  return new DirectLineHttpError(503, u.code, u.message, { 'Retry-After': String(u.retryAfterSeconds) });
}

const unauthorized = (message: string) => new DirectLineHttpError(401, 'Unauthorized', message);
const tokenExpired = (message: string) => new DirectLineHttpError(403, 'TokenExpired', message);
