import type { Request } from 'restify';

/**
 * A cookie's value, or undefined when it is absent or badly escaped (`collections_session=%`):
 * a malformed cookie is no credential, never an exception.
 */
export function cookieValue(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.slice(0, 8192).split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The peer address (the proxy's, behind one; sign-in throttling keys on it). */
export function peerAddress(req: Request): string {
  return req.socket?.remoteAddress ?? 'unknown';
}

/** Whether the request came over TLS, directly or via a proxy that says so. */
export function overTls(req: Request): boolean {
  const forwarded = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https' || Boolean((req.socket as { encrypted?: boolean } | undefined)?.encrypted);
}

/** One header as a string (the first when repeated). */
export function headerOf(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
