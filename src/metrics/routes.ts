import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Metrics } from './metrics.js';

export interface MetricsRouteOptions {
  /** Bearer token a scraper must send; unset = only loopback clients without proxy headers. */
  token: string | undefined;
}

export type MetricsAccess =
  { allowed: true } | { allowed: false; status: 401 | 403; code: string; message: string };

const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * Who may read /metrics: with a token, whoever sends `Authorization: Bearer <token>` (compared in
 * constant time); without one, only a client on this machine that did not come through a proxy
 * (a local reverse proxy would otherwise make every outside caller look local).
 */
export function metricsAccess(
  req: Pick<Request, 'headers' | 'socket'>,
  token: string | undefined,
): MetricsAccess {
  if (token) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
    if (!m?.[1])
      return {
        allowed: false,
        status: 401,
        code: 'Unauthorized',
        message: 'send Authorization: Bearer <METRICS_TOKEN>',
      };
    return timingSafeEqual(digest(m[1]), digest(token))
      ? { allowed: true }
      : { allowed: false, status: 401, code: 'Unauthorized', message: 'the metrics token is wrong' };
  }
  const proxied = PROXY_HEADERS.some((h) => req.headers[h] !== undefined);
  if (isLoopback(req.socket?.remoteAddress) && !proxied) return { allowed: true };
  return {
    allowed: false,
    status: 403,
    code: 'Forbidden',
    message: 'metrics are served to this machine only; set METRICS_TOKEN to let a scraper in from elsewhere',
  };
}

/**
 * GET /metrics: the Prometheus text exposition, protected by `metricsAccess`.
 *
 *   registerMetrics(server, metrics, { token: config.METRICS_TOKEN });
 */
export function registerMetrics(server: Server, metrics: Metrics, options: MetricsRouteOptions): void {
  server.get('/metrics', async (req: Request, res: Response) => {
    const access = metricsAccess(req, options.token);
    res.header('Cache-Control', 'no-store');
    if (!access.allowed) {
      if (access.status === 401) res.header('WWW-Authenticate', 'Bearer realm="metrics"');
      res.send(access.status, { error: { code: access.code, message: access.message } });
      return;
    }
    const body = Buffer.from(await metrics.text(), 'utf8');
    res.writeHead(200, { 'Content-Type': metrics.contentType, 'Content-Length': body.length });
    res.end(body);
  });
}
