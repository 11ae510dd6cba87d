import net from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a server (the test PostgreSQL) that a test can cut: every
 * open connection is destroyed and new ones are refused until `restore()`; or stall: every
 * connection stays open and nothing passes either way until `restore()` (a stopped server, a
 * partition that sends no reset). Stands in for a
 * database that went away (network cut, server restart) without stopping the shared cluster.
 *
 *   const proxy = await startTcpProxy(5432);
 *   const url = proxy.rewrite(databaseUrl); // the same URL through the proxy
 *   proxy.cut(); ... proxy.restore();
 */
export interface TcpProxy {
  port: number;
  /** The URL with its host and port replaced by the proxy's. */
  rewrite(url: string): string;
  cut(): void;
  stall(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const pairs = new Set<[net.Socket, net.Socket]>();
  let down = false;
  let stalled = false;
  const flow = ([client, upstream]: [net.Socket, net.Socket], on: boolean): void => {
    if (on) {
      client.pipe(upstream);
      upstream.pipe(client);
    } else {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  };
  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    for (const s of pair) {
      sockets.add(s);
      s.on('close', () => {
        sockets.delete(s);
        pairs.delete(pair);
      });
      s.on('error', () => undefined);
    }
    flow(pair, !stalled);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    rewrite(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
    },
    stall() {
      stalled = true;
      for (const pair of pairs) flow(pair, false);
    },
    restore() {
      down = false;
      if (stalled) for (const pair of pairs) flow(pair, true);
      stalled = false;
    },
    close: async () => {
      down = true;
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The port of a postgres URL. */
export function portOf(url: string): number {
  return Number(new URL(url).port || 5432);
}
