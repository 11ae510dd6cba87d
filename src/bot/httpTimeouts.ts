import type { Server as HttpServer } from 'node:http';
import type { Config } from '../config/config.js';
import { watchBodyIdle } from './bodyIdle.js';

type TimeoutConfig = Pick<
  Config,
  | 'HTTP_HEADERS_TIMEOUT_MS'
  | 'HTTP_REQUEST_TIMEOUT_MS'
  | 'HTTP_KEEP_ALIVE_TIMEOUT_MS'
  | 'HTTP_BODY_IDLE_TIMEOUT_MS'
  | 'HTTP_BODY_DEADLINE_MS'
>;

/**
 * Caps how long a client may take to send a request, so slow connections (slowloris: headers a
 * byte at a time, a body trickled) are cut in seconds instead of Node's five minutes:
 * `HTTP_HEADERS_TIMEOUT_MS` for the headers (408), `HTTP_REQUEST_TIMEOUT_MS` for the whole request,
 * `HTTP_KEEP_ALIVE_TIMEOUT_MS` for an idle kept-alive connection between requests, and
 * `HTTP_BODY_IDLE_TIMEOUT_MS` between two bytes of a body and `HTTP_BODY_DEADLINE_MS` for a whole
 * body after the headers (408, `watchBodyIdle`).
 *
 * Only receiving a request is timed: a turn that takes long to answer is not cut, and a Direct
 * Line WebSocket, once upgraded, leaves Node's HTTP connection tracking and stays open.
 */
export function applyHttpTimeouts(http: HttpServer, config: TimeoutConfig): void {
  http.requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
  http.headersTimeout = Math.min(config.HTTP_HEADERS_TIMEOUT_MS, config.HTTP_REQUEST_TIMEOUT_MS);
  http.keepAliveTimeout = config.HTTP_KEEP_ALIVE_TIMEOUT_MS;
  watchBodyIdle(http, {
    idleMs: config.HTTP_BODY_IDLE_TIMEOUT_MS,
    deadlineMs: config.HTTP_BODY_DEADLINE_MS,
  });
  // Node enforces both limits from a sweep every `connectionsCheckingInterval` (30 s unless set),
  // read when the server starts listening: sweep often enough that a limit holds to within a
  // quarter of itself (at most a second late).
  const sweep = Math.max(100, Math.min(1000, Math.floor(http.headersTimeout / 4)));
  (http as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = sweep;
}
