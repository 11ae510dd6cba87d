import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Next, Request, RequestHandler, Response, Server } from 'restify';
import type { Clock } from '../core/clock.js';
import type { ConsoleSessionStore } from '../store/consoleSessions.js';
import type { StaffLogin, StaffLoginLog } from '../store/staffLogins.js';
import { isStoreUnavailable } from '../store/storeErrors.js';
import type { Config } from '../config/config.js';
import { Credentials, parseBasic, type CredentialOptions, type Principal, type Role } from './credentials.js';
import { checkCsrf } from './csrf.js';
import { readBoundedBody } from './boundedBody.js';
import { closeAfterAnswer } from './lingeringClose.js';
import { cookieValue, overTls, peerAddress } from './requestFacts.js';
import { SessionStore, type Session } from './sessions.js';
import { DigestedThrottle, LoginThrottle, type SignInThrottle, type ThrottleOptions } from './throttle.js';

export const SESSION_COOKIE = 'collections_session';

/** The most body a staff route reads before its credential is checked (the agent API's limit). */
export const STAFF_BODY_BYTES = 16 * 1024;
/** A sign-in carries no body the service reads (the consoles send `{}`). */
const LOGIN_BODY_BYTES = 4096;

/** Consoles send this header on every request (kept for compatibility; no Basic challenge is ever sent). */
export const CONSOLE_HEADER = 'x-console';

export type AuthResult =
  | { status: 'ok'; principal: Principal; via: 'basic' }
  | { status: 'ok'; principal: Principal; via: 'session'; session: Session }
  | { status: 'missing' }
  | { status: 'invalid' }
  | { status: 'throttled'; retryAfterSeconds: number };

export interface AuthOptions extends CredentialOptions {
  config: Pick<Config, 'REVIEWER_USERS' | 'AGENT_USERS' | 'publicUrl'>;
  clock: Clock;
  sessionTtlMs?: number;
  /** Where sign-ins and failures are recorded for reviewers (the service's `SqliteStaffLoginLog`). */
  loginLog: StaffLoginLog;
  throttle?: ThrottleOptions;
  /** Where sessions live; in process memory when not given (one instance only). */
  sessionStore?: ConsoleSessionStore;
  /** The sign-in throttle; an in-memory `LoginThrottle` with `throttle` when not given. */
  signInThrottle?: SignInThrottle;
}

const results = new WeakMap<Request, AuthResult & { status: 'ok' }>();

/** Who the request was authenticated as by `requireRole` (undefined before it ran). */
export function principalOf(req: Request): Principal | undefined {
  return results.get(req)?.principal;
}

function deny(res: Response, status: 401 | 403 | 415 | 429 | 503, code: string, message: string): void {
  // Never a Basic challenge: a browser would cache the password and send it with forged requests.
  if (status === 401) res.header('WWW-Authenticate', 'Session realm="collections", charset="UTF-8"');
  res.header('Cache-Control', 'no-store');
  res.send(status, { error: { code, message } });
}

/**
 * Authentication for the consoles and their APIs: HTTP Basic (for tools) or a login session
 * cookie (for the consoles), one role per console. Build once and share it, so a session from
 * one login works on every route of its role, and the sign-in throttle sees every attempt.
 *
 *   const auth = createAuth({ config, clock, loginLog: new SqliteStaffLoginLog(db) });
 *   server.get('/api/agent/queue', auth.requireRole('agent'), handler); // 401 / 403 / 429 / next
 *   auth.mountSession(server, '/api/agent/session', 'agent');
 */
export class Auth {
  readonly credentials: Credentials;
  readonly sessions: SessionStore;
  readonly loginLog: StaffLoginLog;
  /** Sees every key as its digest (a shared table of counters holds no name or address). */
  readonly throttle: SignInThrottle;
  private readonly basicSeen = new Map<string, number>();
  /** Basic checks running now, by a digest of (address, header): see `basic`. */
  private readonly basicInFlight = new Map<string, Promise<AuthResult>>();

  constructor(private readonly options: AuthOptions) {
    this.credentials = Credentials.fromConfig(options.config, options);
    this.sessions = new SessionStore(options.clock, options.sessionTtlMs, options.sessionStore);
    this.loginLog = options.loginLog;
    this.throttle = new DigestedThrottle(
      options.signInThrottle ?? new LoginThrottle(options.clock, options.throttle),
    );
  }

  /** Checks the request's credential; Basic guesses are throttled per name and per address. */
  async authenticate(req: Request, purpose: 'api' | 'login' = 'api'): Promise<AuthResult> {
    const header = req.headers.authorization;
    if (header) return this.basic(req, header, purpose);
    const token = cookieValue(req, SESSION_COOKIE);
    if (!token) return { status: 'missing' };
    const session = await this.sessions.get(token);
    return session
      ? { status: 'ok', principal: session.principal, via: 'session', session }
      : { status: 'invalid' };
  }

  /**
   * A restify handler admitting only principals with `role`. The credential travels in a header
   * (Basic) or a cookie (session), so it is checked before any body byte is read:
   * a declared body over `maxBodyBytes` (the route's limit) → 413 at once, no credential looked at;
   * no or a wrong credential → 401; too many failures → 429 with Retry-After; a credential of
   * another role → 403; a state-changing request that breaks the CSRF rule (see `checkCsrf`) →
   * 403 / 415. A refusal answered while the body is still unread closes the connection lingering.
   * Only then is the body read, up to the limit (a chunked one past it → 413).
   */
  requireRole(
    role: Role,
    purpose: 'api' | 'login' = 'api',
    maxBodyBytes: number = STAFF_BODY_BYTES,
  ): RequestHandler {
    return (req: Request, res: Response, next: Next): void => {
      // sec18: the credential first, the body after. A declared oversized body is refused before
      // either (it needs no credential to judge); anyone else without a valid credential is
      // refused before the service reads a byte of what they send (sec17 read up to 16 KiB first).
      if (declaredOver(req, maxBodyBytes)) {
        readBoundedBody(req, res, maxBodyBytes, () => next(false));
        return;
      }
      this.admit(req, res, role, purpose).then(
        (ok) => {
          if (!ok) return next(false);
          readBoundedBody(req, res, maxBodyBytes, (read) => next(read ? undefined : false));
        },
        (err: unknown) => {
          refuseUnread(req, res);
          unavailable(res, err);
          next(false);
        },
      );
    };
  }

  /** Reviewers read every staff sign-in and failure (newest first): GET path?limit=N. */
  mountLoginLog(server: Server, path: string): void {
    server.get(path, this.requireRole('reviewer'), async (req: Request, res: Response) => {
      const limit = Number.parseInt(
        new URL(req.url ?? '/', 'http://local').searchParams.get('limit') ?? '200',
        10,
      );
      const logins = await this.loginLog.list(Number.isFinite(limit) ? limit : 200);
      res.header('Cache-Control', 'no-store');
      res.send(200, { logins });
    });
  }

  /**
   * Login session routes for one console: POST (with Basic credentials of `role`) starts a
   * session and sets the HttpOnly cookie; GET says who is signed in; DELETE signs out.
   */
  mountSession(server: Server, path: string, role: Role): void {
    server.post(
      path,
      this.requireRole(role, 'login', LOGIN_BODY_BYTES),
      (req: Request, res: Response, next: Next) => {
        const principal = principalOf(req);
        if (!principal) return next(false);
        this.sessions.create(principal).then(
          ({ token, session }) => {
            res.header('Set-Cookie', this.cookie(req, token, Math.floor(this.sessions.ttlMs / 1000)));
            res.header('Cache-Control', 'no-store');
            res.send(200, { ...describe(session), csrfToken: session.csrfToken });
            next();
          },
          (err: unknown) => {
            unavailable(res, err);
            next(false);
          },
        );
      },
    );
    server.get(path, this.requireRole(role), (req: Request, res: Response, next: Next) => {
      const result = results.get(req);
      res.header('Cache-Control', 'no-store');
      if (result?.via === 'session')
        res.send(200, { ...describe(result.session), csrfToken: result.session.csrfToken });
      else res.send(200, { name: result?.principal.name, roles: result?.principal.roles });
      return next();
    });
    server.del(path, this.requireRole(role), (req: Request, res: Response, next: Next) => {
      const token = cookieValue(req, SESSION_COOKIE);
      (token ? this.sessions.end(token) : Promise.resolve()).then(
        () => {
          res.header('Set-Cookie', this.cookie(req, '', 0));
          res.send(204);
          next();
        },
        (err: unknown) => {
          unavailable(res, err);
          next(false);
        },
      );
    });
  }

  private async admit(req: Request, res: Response, role: Role, purpose: 'api' | 'login'): Promise<boolean> {
    const result = await this.authenticate(req, purpose);
    // every refusal below is answered before the body is read: close rather than read it
    refuseUnread(req, res);
    if (result.status === 'throttled') {
      res.header('Retry-After', String(result.retryAfterSeconds));
      deny(
        res,
        429,
        'TooManyAttempts',
        `too many failed sign-ins; try again in ${result.retryAfterSeconds} s`,
      );
      return false;
    }
    if (result.status !== 'ok') {
      const why =
        result.status === 'missing' ? 'sign in first' : 'wrong name or password, or the session has ended';
      deny(res, 401, 'Unauthorized', why);
      return false;
    }
    if (!result.principal.roles.includes(role)) {
      deny(res, 403, 'Forbidden', `this needs the ${role} role`);
      return false;
    }
    const csrf = checkCsrf(
      req,
      this.options.config.publicUrl,
      result.via === 'session' ? result.session.csrfToken : undefined,
    );
    if (csrf.status === 'refused') {
      deny(res, csrf.httpStatus, csrf.code, csrf.message);
      return false;
    }
    results.set(req, result);
    return true;
  }

  /**
   * A tool sending several requests at once with one Basic credential gets one check for all of
   * them (staffsec20: each check counts a failure in advance, so 12 parallel requests with the
   * right password saw the 6th onwards refused with 429, and cost 12 scrypt derivations).
   * Parallel copies of one wrong guess likewise count once: they are the same guess. A console
   * sign-in (`login`) starts a session of its own each time and is never shared.
   */
  private basic(req: Request, header: string, purpose: 'api' | 'login'): Promise<AuthResult> {
    if (purpose === 'login') return this.checkBasic(req, header, purpose);
    const key = createHash('sha256')
      .update(`${peerAddress(req)}\u0000${header}`)
      .digest('base64url');
    const running = this.basicInFlight.get(key);
    if (running) return running;
    const check = this.checkBasic(req, header, purpose).finally(() => this.basicInFlight.delete(key));
    this.basicInFlight.set(key, check);
    return check;
  }

  private async checkBasic(req: Request, header: string, purpose: 'api' | 'login'): Promise<AuthResult> {
    const parsed = parseBasic(header);
    const address = peerAddress(req);
    const keys = [`addr:${address}`, ...(parsed ? [`user:${parsed.name}`] : [])];
    const via = purpose === 'login' ? 'session' : 'basic';
    const entry = (outcome: StaffLogin['outcome']): StaffLogin => ({
      at: this.options.clock.now().toISOString(),
      name: parsed?.name ?? '',
      address,
      via,
      outcome,
    });
    // Checked and counted as failed in one atomic step before the slow password check, so
    // parallel guesses on any instance meet the lock too.
    const verdict = await this.throttle.take(keys);
    if (verdict.status === 'locked') {
      await this.loginLog.record(entry('throttled'));
      return { status: 'throttled', retryAfterSeconds: verdict.retryAfterSeconds };
    }
    const principal = parsed ? await this.credentials.verify(parsed.name, parsed.password) : undefined;
    if (!principal) {
      await this.loginLog.record(entry('failed'));
      return { status: 'invalid' };
    }
    await this.throttle.forgive(keys);
    await this.throttle.succeed([`user:${principal.name}`]);
    if (purpose === 'login' || this.firstBasicUseThisHour(principal.name, address))
      await this.loginLog.record(entry('ok'));
    return { status: 'ok', principal, via: 'basic' };
  }

  /** A tool signs in on every request; one record per name and address per hour is enough. */
  private firstBasicUseThisHour(name: string, address: string): boolean {
    const now = this.options.clock.now().getTime();
    const key = `${name}\u0000${address}`;
    const seen = this.basicSeen.get(key);
    if (seen !== undefined && now - seen < 3600_000) return false;
    this.basicSeen.set(key, now);
    if (this.basicSeen.size > 10_000) this.basicSeen.clear();
    return true;
  }

  private cookie(req: Request, value: string, maxAgeSeconds: number): string {
    const secure = this.options.config.publicUrl.startsWith('https:') || overTls(req) ? '; Secure' : '';
    return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
  }
}

/** Whether the request says a body follows (chunked, or a Content-Length above zero). */
function declaresBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** A declared Content-Length over `maxBytes` (a chunked body is judged as it is read). */
function declaredOver(req: Request, maxBytes: number): boolean {
  const declared = req.headers['content-length'];
  return (
    req.headers['transfer-encoding'] === undefined && declared !== undefined && Number(declared) > maxBytes
  );
}

/**
 * Until the route reads the body, an answer (a refusal) closes the connection lingering instead
 * of Node reading the rest of the body to keep the connection alive (the chunked case is also
 * covered by `refuseOversizedBodies`; this covers a declared Content-Length).
 */
function refuseUnread(req: Request, res: Response): void {
  if (req.complete || (req as Request & { _readBody?: boolean })._readBody || !declaresBody(req)) return;
  const raw = res as unknown as ServerResponse;
  const writeHead = raw.writeHead.bind(raw) as (...args: unknown[]) => ServerResponse;
  raw.writeHead = (...args: unknown[]): ServerResponse => {
    if (!req.complete && !raw.headersSent && !(req as Request & { _readBody?: boolean })._readBody)
      closeAfterAnswer(req, res);
    return writeHead(...args);
  };
}

/** 503 when the session or throttle store cannot answer (retry), else 401 as before. */
function unavailable(res: Response, err: unknown): void {
  if (isStoreUnavailable(err)) {
    res.header('Retry-After', '5');
    deny(
      res,
      503,
      'store_unavailable',
      'sign-in cannot be checked because the database is unreachable; try again shortly',
    );
  } else deny(res, 401, 'Unauthorized', 'the credential could not be checked; try again');
}

function describe(session: Session): { name: string; roles: Role[]; expiresAt: string } {
  return {
    name: session.principal.name,
    roles: session.principal.roles,
    expiresAt: session.expiresAt.toISOString(),
  };
}

/** Builds the one Auth the service shares between the review and agent consoles. */
export function createAuth(options: AuthOptions): Auth {
  return new Auth(options);
}
