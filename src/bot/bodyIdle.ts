import { IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Cuts a request whose body stops arriving: no body byte for `idleMs` while the body is still
 * being received (a chunk declared and never sent, a Content-Length never reached) → 408
 * `{"error":{"code":"BodyIdleTimeout","message"}}` with `Connection: close`, and the connection is
 * closed. Without it such a client held its connection until HTTP_REQUEST_TIMEOUT_MS (sec17).
 *
 * A body that keeps coming too slowly (a byte just inside every idle period) is cut when it has
 * not ended `deadlineMs` after the request's headers → 408 `BodyDeadline`, the same way (sec18).
 *
 * Only receiving the body is watched (every chunk Node's parser hands to the request restarts the
 * idle clock), from the request's start until its body has ended, whether or not a route reads
 * it: a turn that takes long to answer once its body is in is never cut.
 */
export function watchBodyIdle(http: HttpServer, limits: { idleMs: number; deadlineMs: number }): void {
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.complete || !expectsBody(req)) return;
    const idle = setTimeout(() => {
      if (!req.complete) refuse(req, res, idleRefusal(limits.idleMs));
    }, limits.idleMs).unref();
    const deadline = setTimeout(() => {
      if (!req.complete) refuse(req, res, deadlineRefusal(limits.deadlineMs));
    }, limits.deadlineMs).unref();
    const stop = (): void => {
      clearTimeout(idle);
      clearTimeout(deadline);
    };
    const push = req.push.bind(req);
    // Node's HTTP parser hands each body chunk to the request with push(), and push(null) at its end
    req.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
      if (chunk === null) stop();
      else idle.refresh();
      return push(chunk, encoding);
    };
    req.once('close', stop);
  });
}

const idleRefusal = (idleMs: number) => ({
  code: 'BodyIdleTimeout',
  message: `no body bytes arrived for ${seconds(idleMs)} s (HTTP_BODY_IDLE_TIMEOUT_MS); the connection is closed`,
});

const deadlineRefusal = (deadlineMs: number) => ({
  code: 'BodyDeadline',
  message: `the body did not arrive whole within ${seconds(deadlineMs)} s (HTTP_BODY_DEADLINE_MS); the connection is closed`,
});

const seconds = (ms: number): number => Math.round(ms / 100) / 10;

function expectsBody(req: IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const declared = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(declared) && declared > 0;
}

function refuse(req: IncomingMessage, res: ServerResponse, error: { code: string; message: string }): void {
  const socket = req.socket as Socket & { _httpMessage?: unknown };
  // An answer already under way (or another request's answer on this connection): just cut.
  if (
    res.headersSent ||
    (socket._httpMessage !== undefined && socket._httpMessage !== null && socket._httpMessage !== res)
  ) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ error });
  // Written on the socket itself, not through `res`: the route still waiting for the body sees
  // the request aborted when the socket closes, and anything it then answers goes nowhere.
  const head =
    'HTTP/1.1 408 Request Timeout\r\nContent-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n`;
  const cut = setTimeout(() => socket.destroy(), 1000).unref();
  socket.end(head + body, () => {
    clearTimeout(cut);
    socket.destroy();
  });
}
