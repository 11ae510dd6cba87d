import http from 'node:http';
import net from 'node:net';

/**
 * A small real load balancer for the multi-instance tests: HTTP requests and WebSocket upgrades
 * on 127.0.0.1 go to the instances in turn (round robin). The Host header passes through, so
 * the service's stream URLs point back at the proxy. An instance that refuses connections (it
 * was killed) is skipped for a while and the request goes to the next one, as a load balancer
 * with health checks would; one that dies mid-request gives 502 (the client retries).
 *
 * `x-instance: <index>` on a request pins it to one instance (the header is removed before it is
 * forwarded), so a test can say "this post on A, the socket on B" without relying on the count.
 *
 *   const proxy = await startRoundRobinProxy([a.url, b.url]);
 *   await fetch(`${proxy.url}/healthz`); // A, then B, then A...
 */
export interface RoundRobinProxy {
  url: string;
  /** How many requests and upgrades each instance was given. */
  served: number[];
  close(): Promise<void>;
}

const PIN = 'x-instance';
const DOWN_MS = 2000;

interface Target {
  host: string;
  port: number;
  downUntil: number;
}

export async function startRoundRobinProxy(instanceUrls: string[]): Promise<RoundRobinProxy> {
  const targets: Target[] = instanceUrls.map((u) => {
    const url = new URL(u);
    return { host: url.hostname, port: Number(url.port), downUntil: 0 };
  });
  const served = targets.map(() => 0);
  const sockets = new Set<net.Socket>();
  let next = 0;

  /** The instances to try for one request, in order: the pinned one alone, or round robin from the next. */
  const order = (pin: string | string[] | undefined): number[] => {
    if (typeof pin === 'string' && /^\d+$/.test(pin) && Number(pin) < targets.length) return [Number(pin)];
    const start = next;
    next = (next + 1) % targets.length;
    const all = targets.map((_, i) => (start + i) % targets.length);
    const up = all.filter((i) => targets[i]!.downUntil <= Date.now());
    return up.length > 0 ? up : all;
  };

  const server = http.createServer((req, res) => {
    const body: Buffer[] = [];
    req.on('data', (chunk: Buffer) => body.push(chunk));
    req.on('end', () => forward(req, res, Buffer.concat(body), order(req.headers[PIN])));
  });

  function forward(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, tries: number[]): void {
    const [index, ...rest] = tries;
    const target = index === undefined ? undefined : targets[index];
    if (index === undefined || !target) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'BadGateway', message: 'no instance answered' } }));
      return;
    }
    const headers = { ...req.headers };
    delete headers[PIN];
    const upstream = http.request(
      { host: target.host, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        served[index] = (served[index] ?? 0) + 1;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNREFUSED' && !res.headersSent) {
        target.downUntil = Date.now() + DOWN_MS;
        forward(req, res, body, rest);
        return;
      }
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BadGateway', message: 'the instance went away' } }));
      } else res.destroy();
    });
    upstream.end(body);
  }

  server.on('upgrade', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    client.on('error', () => client.destroy());
    const tries = order(req.headers[PIN]);
    const connect = (i: number): void => {
      const index = tries[i];
      const target = index === undefined ? undefined : targets[index];
      if (index === undefined || !target) {
        client.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const upstream = net.connect(target.port, target.host);
      upstream.once('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'ECONNREFUSED') {
          target.downUntil = Date.now() + DOWN_MS;
          connect(i + 1);
        } else client.destroy();
      });
      upstream.once('connect', () => {
        served[index] = (served[index] ?? 0) + 1;
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
        }
        upstream.on('error', () => client.destroy());
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        upstream.write(rawHead(req));
        if (head.length > 0) upstream.write(head);
        client.pipe(upstream);
        upstream.pipe(client);
      });
    };
    connect(0);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: async () => {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The upgrade request as it came, minus the pin header. */
function rawHead(req: http.IncomingMessage): string {
  const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/${req.httpVersion}`];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? '';
    if (name.toLowerCase() === PIN) continue;
    lines.push(`${name}: ${req.rawHeaders[i + 1] ?? ''}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}
