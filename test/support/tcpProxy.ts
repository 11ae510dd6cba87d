import net from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a server (the test PostgreSQL) that a test can cut: every
 * open connection is destroyed and new ones are refused until `restore()`. Stands in for a
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
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream);
    upstream.pipe(client);
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
    restore() {
      down = false;
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
