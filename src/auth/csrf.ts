import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'restify';
import { headerOf, overTls } from './requestFacts.js';

export type CsrfVerdict =
  { status: 'ok' } | { status: 'refused'; httpStatus: 403 | 415; code: string; message: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one rule for every state-changing request to a console API, whatever the credential
 * (Basic or session): the body is JSON (a cross-origin HTML form can only send form-encoded or
 * text bodies), and a browser's `Origin` / `Sec-Fetch-Site` say the request comes from this
 * service's own pages. A session request also carries its `x-csrf-token`.
 *
 *   checkCsrf(req, 'https://collections.example', session?.csrfToken); // { status: 'ok' } | refused
 */
export function checkCsrf(req: Request, publicUrl: string, sessionCsrf?: string): CsrfVerdict {
  if (SAFE_METHODS.has((req.method ?? 'GET').toUpperCase())) return { status: 'ok' };
  const type = headerOf(req, 'content-type');
  const media = type?.split(';')[0]?.trim().toLowerCase();
  if (media !== undefined && media !== '' && media !== 'application/json') {
    return refused(
      415,
      'FormBodyRefused',
      'state-changing requests take a JSON body (content-type: application/json)',
    );
  }
  const site = headerOf(req, 'sec-fetch-site')?.toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return refused(
      403,
      'CrossOriginRefused',
      'requests from other sites are refused; use the console on this service',
    );
  }
  const origin = headerOf(req, 'origin');
  if (origin !== undefined && !ownOrigins(req, publicUrl).has(origin.toLowerCase())) {
    return refused(
      403,
      'CrossOriginRefused',
      'requests from other origins are refused; use the console on this service',
    );
  }
  if (sessionCsrf !== undefined && !sameSecret(headerOf(req, 'x-csrf-token'), sessionCsrf)) {
    return refused(403, 'CsrfTokenMissing', 'send the x-csrf-token header from the session');
  }
  return { status: 'ok' };
}

function ownOrigins(req: Request, publicUrl: string): Set<string> {
  const origins = new Set<string>();
  try {
    origins.add(new URL(publicUrl).origin.toLowerCase());
  } catch {
    // An unparsable PUBLIC_URL adds no origin; the Host header still names this service.
  }
  const host = headerOf(req, 'host');
  if (host) origins.add(`${overTls(req) ? 'https' : 'http'}://${host}`.toLowerCase());
  return origins;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refused(httpStatus: 403 | 415, code: string, message: string): CsrfVerdict {
  return { status: 'refused', httpStatus, code, message };
}
