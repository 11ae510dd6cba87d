import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import type { Config } from '../config/config.js';

type CapConfig = Pick<Config, 'HTTP_MAX_CONNECTIONS_PER_ADDRESS' | 'HTTP_CONNECTION_CAP_EXEMPT'>;

const BODY = JSON.stringify({
  error: {
    code: 'TooManyConnections',
    message: 'too many open connections from this address; close some and retry',
  },
});
const REFUSAL = [
  'HTTP/1.1 429 Too Many Requests',
  'Content-Type: application/json',
  `Content-Length: ${Buffer.byteLength(BODY)}`,
  'Retry-After: 1',
  'Connection: close',
  '',
  BODY,
].join('\r\n');

/** How long a refused socket may linger (reading our answer) before it is cut. */
const LINGER_MS = 1000;

/**
 * Caps the connections one peer address holds open at once (sec19). The timeouts bound how long
 * one slow connection lasts (25 s with a few bytes); this bounds how many one address holds, so a
 * single client cannot take the process's connections. A connection over the cap never reaches
 * the HTTP parser: it is answered 429 `TooManyConnections` in the house shape with
 * `Connection: close` at once, and cut a second later. A WebSocket (Direct Line stream) counts as
 * long as it is open, so the default (64) leaves room for many tabs of one person, several people
 * behind one NAT, and the polls between. Addresses in `HTTP_CONNECTION_CAP_EXEMPT` are not capped
 * (loopback by default: a reverse proxy on the host, whose address every client then shares);
 * a proxy elsewhere must be listed or the cap set to 0, and should cap its clients itself.
 */
export function capConnectionsPerAddress(http: HttpServer, config: CapConfig): void {
  const cap = config.HTTP_MAX_CONNECTIONS_PER_ADDRESS;
  if (cap === 0) return;
  const exempt = new Set(
    config.HTTP_CONNECTION_CAP_EXEMPT.split(',')
      .map((a) => a.trim())
      .filter((a) => a.length > 0),
  );
  const open = new Map<string, number>();
  // Runs before Node's own listener (which starts parsing HTTP), so a refused socket is never read.
  const handlers = http.listeners('connection') as ((socket: Socket) => void)[];
  http.removeAllListeners('connection');
  http.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    if (!exempt.has(address)) {
      const held = open.get(address) ?? 0;
      if (held >= cap) {
        refuse(socket);
        return;
      }
      open.set(address, held + 1);
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left <= 0) open.delete(address);
        else open.set(address, left);
      });
    }
    for (const handler of handlers) handler.call(http, socket);
  });
}

function refuse(socket: Socket): void {
  socket.on('error', () => undefined);
  socket.resume(); // what the client sends is discarded
  socket.end(REFUSAL);
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}
