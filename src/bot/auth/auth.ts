import type { Next, Request, RequestHandler, Response, Server } from 'restify';
import type { Clock } from '../../core/clock.js';
import type { Config } from '../config.js';
import { Credentials, parseBasic, type CredentialOptions, type Principal, type Role } from './credentials.js';
import { SessionStore, type Session } from './sessions.js';

export const SESSION_COOKIE = 'collections_session';

/** Consoles send this header so a 401 does not make the browser pop its own Basic dialog. */
export const CONSOLE_HEADER = 'x-console';

export type AuthResult =
  | { status: 'ok'; principal: Principal; via: 'basic' }
  | { status: 'ok'; principal: Principal; via: 'session'; session: Session }
  | { status: 'missing' }
  | { status: 'invalid' };

export interface AuthOptions extends CredentialOptions {
  config: Pick<Config, 'REVIEWER_USERS' | 'AGENT_USERS' | 'publicUrl'>;
  clock: Clock;
  sessionTtlMs?: number;
}

const principals = new WeakMap<Request, Principal>();

/** Who the request was authenticated as by `requireRole` (undefined before it ran). */
export function principalOf(req: Request): Principal | undefined {
  return principals.get(req);
}

function cookieValue(req: Request, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

function deny(req: Request, res: Response, status: 401 | 403, code: string, message: string): void {
  if (status === 401) {
    const scheme = req.headers[CONSOLE_HEADER] ? 'Session' : 'Basic';
    res.header('WWW-Authenticate', `${scheme} realm="collections", charset="UTF-8"`);
  }
  res.header('Cache-Control', 'no-store');
  res.send(status, { error: { code, message } });
}

/**
 * Authentication for the consoles and their APIs: HTTP Basic (for tools) or a login session
 * cookie (for the consoles), one role per console. Build once and share it, so a session from
 * one login works on every route of its role.
 *
 *   const auth = createAuth({ config, clock });
 *   server.get('/api/agent/queue', auth.requireRole('agent'), handler); // 401 / 403 / next
 *   auth.mountSession(server, '/api/agent/session', 'agent');
 */
export class Auth {
  readonly credentials: Credentials;
  readonly sessions: SessionStore;
  private readonly secureCookie: boolean;

  constructor(options: AuthOptions) {
    this.credentials = Credentials.fromConfig(options.config, options);
    this.sessions = new SessionStore(options.clock, options.sessionTtlMs);
    this.secureCookie = options.config.publicUrl.startsWith('https:');
  }

  authenticate(req: Request): AuthResult {
    const header = req.headers.authorization;
    if (header) {
      const basic = parseBasic(header);
      const principal = basic ? this.credentials.verify(basic.name, basic.password) : undefined;
      return principal ? { status: 'ok', principal, via: 'basic' } : { status: 'invalid' };
    }
    const token = cookieValue(req, SESSION_COOKIE);
    if (!token) return { status: 'missing' };
    const session = this.sessions.get(token);
    return session
      ? { status: 'ok', principal: session.principal, via: 'session', session }
      : { status: 'invalid' };
  }

  /**
   * A restify handler admitting only principals with `role`: no or a wrong credential → 401
   * with WWW-Authenticate; a credential of another role → 403. Session requests that change
   * state must carry the session's `x-csrf-token`.
   */
  requireRole(role: Role): RequestHandler {
    return (req: Request, res: Response, next: Next): void => {
      const result = this.authenticate(req);
      if (result.status !== 'ok') {
        deny(
          req,
          res,
          401,
          'Unauthorized',
          result.status === 'missing' ? 'sign in first' : 'wrong name or password, or the session has ended',
        );
        return next(false);
      }
      if (!result.principal.roles.includes(role)) {
        deny(req, res, 403, 'Forbidden', `this needs the ${role} role`);
        return next(false);
      }
      const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(req.method ?? 'GET');
      if (result.via === 'session' && unsafe && req.headers['x-csrf-token'] !== result.session.csrfToken) {
        deny(req, res, 403, 'CsrfTokenMissing', 'send the x-csrf-token header from the session');
        return next(false);
      }
      principals.set(req, result.principal);
      return next();
    };
  }

  /**
   * Login session routes for one console: POST (with Basic credentials of `role`) starts a
   * session and sets the HttpOnly cookie; GET says who is signed in; DELETE signs out.
   */
  mountSession(server: Server, path: string, role: Role): void {
    server.post(path, this.requireRole(role), (req: Request, res: Response, next: Next) => {
      const principal = principalOf(req);
      if (!principal) return next(false);
      const { token, session } = this.sessions.create(principal);
      res.header('Set-Cookie', this.cookie(token, Math.floor(this.sessions.ttlMs / 1000)));
      res.header('Cache-Control', 'no-store');
      res.send(200, {
        name: principal.name,
        roles: principal.roles,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
      });
      return next();
    });
    server.get(path, this.requireRole(role), (req: Request, res: Response, next: Next) => {
      const result = this.authenticate(req);
      res.header('Cache-Control', 'no-store');
      if (result.status === 'ok' && result.via === 'session') {
        const { principal, csrfToken, expiresAt } = result.session;
        res.send(200, {
          name: principal.name,
          roles: principal.roles,
          csrfToken,
          expiresAt: expiresAt.toISOString(),
        });
      } else res.send(200, { name: principalOf(req)?.name, roles: principalOf(req)?.roles });
      return next();
    });
    server.del(path, this.requireRole(role), (req: Request, res: Response, next: Next) => {
      const token = cookieValue(req, SESSION_COOKIE);
      if (token) this.sessions.end(token);
      res.header('Set-Cookie', this.cookie('', 0));
      res.send(204);
      return next();
    });
  }

  private cookie(value: string, maxAgeSeconds: number): string {
    const secure = this.secureCookie ? '; Secure' : '';
    return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
  }
}

/** Builds the one Auth the service shares between the review and agent consoles. */
export function createAuth(options: AuthOptions): Auth {
  return new Auth(options);
}
