import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { PgBroker } from '../../../src/store/pg/broker.js';
import { createPgPool } from '../../../src/store/pg/pool.js';
import { StoreUnavailableError } from '../../../src/store/storeErrors.js';
import { describePg } from '../../support/postgres.js';

async function until<T>(value: () => T | undefined, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const v = value();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A TCP proxy to the database whose open connections can be frozen: open, but silent. */
async function blackholeProxy(
  target: URL,
): Promise<{ port: number; freezeOpenConnections(): void; close(): void }> {
  const pairs: net.Socket[][] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    pairs.push([client, upstream]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    freezeOpenConnections: () => {
      for (const [client, upstream] of pairs) {
        client!.unpipe();
        upstream!.unpipe();
      }
      pairs.length = 0;
    },
    close: () => server.close(),
  };
}

describePg('the LISTEN/NOTIFY broker', (pg) => {
  it('carries a message published on one instance to a subscriber on another connection, for its conversation only', async () => {
    const a = new PgBroker({ url: pg.url, pool: pg.pool() });
    const b = new PgBroker({ url: pg.url, pool: pg.pool() });
    await Promise.all([a.start(), b.start()]);
    const got: string[] = [];
    b.subscribe('conv-1', (p) => got.push(`1:${p}`));
    b.subscribe('conv-2', (p) => got.push(`2:${p}`));
    await a.publish('conv-1', '{"text":"您好"}');
    await a.publish('conv-3', 'nobody listens');
    await a.publish('conv-2', 'second');
    await until(() => (got.length === 2 ? got : undefined), 'two messages');
    expect(got).toEqual(['1:{"text":"您好"}', '2:second']);
    await Promise.all([a.close(), b.close()]);
  });

  it('sends payloads over the 8000-byte NOTIFY limit by id, intact and in order with small ones', async () => {
    const a = new PgBroker({ url: pg.url, pool: pg.pool() });
    const b = new PgBroker({ url: pg.url, pool: pg.pool() });
    await Promise.all([a.start(), b.start()]);
    const got: string[] = [];
    b.subscribe('big', (p) => got.push(p));
    const huge = `${'你好'.repeat(100_000)}\u0000"'\\😊`;
    await a.publish('big', 'before');
    await a.publish('big', huge);
    await a.publish('big', 'after');
    await until(() => (got.length === 3 ? got : undefined), 'three messages');
    expect(got[0]).toBe('before');
    expect(got[1] === huge).toBe(true);
    expect(got[2]).toBe('after');
    const stored = await pg.pool().query('SELECT count(*)::int AS n FROM broker_messages');
    expect(stored.rows[0]).toEqual({ n: 1 });
    await Promise.all([a.close(), b.close()]);
  });

  it('reconnects after its connection is terminated, asks subscribers to resync, and delivers again', async () => {
    const admin = pg.pool();
    const lost: string[] = [];
    const a = new PgBroker({ url: pg.url, pool: pg.pool() });
    const b = new PgBroker({
      url: pg.url,
      pool: pg.pool(),
      applicationName: 'broker-victim',
      log: (m) => lost.push(m),
    });
    await Promise.all([a.start(), b.start()]);
    let resyncs = 0;
    b.onResync(() => (resyncs += 1));
    const got: string[] = [];
    b.subscribe('c', (p) => got.push(p));
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'broker-victim'",
    );
    await until(() => (resyncs > 0 ? resyncs : undefined), 'the resync after reconnecting');
    expect(lost.join('\n')).toMatch(/reconnecting/);
    await a.publish('c', 'after the drop');
    await until(() => (got.length > 0 ? got : undefined), 'a message after reconnecting');
    expect(got).toEqual(['after the drop']);
    await Promise.all([a.close(), b.close()]);
  });

  it('notices a connection that went silent (network partition) by its keepalive, and reconnects', async () => {
    const proxy = await blackholeProxy(new URL(pg.url));
    const viaProxy = new URL(pg.url);
    viaProxy.port = String(proxy.port);
    const logs: string[] = [];
    const b = new PgBroker({
      url: viaProxy.toString(),
      pool: pg.pool(),
      keepaliveMs: 300,
      log: (m) => logs.push(m),
    });
    await b.start();
    let resyncs = 0;
    b.onResync(() => (resyncs += 1));
    const got: string[] = [];
    b.subscribe('p', (x) => got.push(x));
    proxy.freezeOpenConnections();
    await until(() => (resyncs > 0 ? resyncs : undefined), 'a reconnect after the partition');
    expect(logs.join('\n')).toMatch(/SELECT 1/);
    const a = new PgBroker({ url: pg.url, pool: pg.pool() });
    await a.publish('p', 'through the new connection');
    await until(() => (got.length > 0 ? got : undefined), 'delivery after the partition');
    await b.close();
    proxy.close();
  });

  it('keeps delivering when one subscriber throws', async () => {
    const a = new PgBroker({ url: pg.url, pool: pg.pool(), log: () => undefined });
    await a.start();
    const got: string[] = [];
    a.subscribe('t', () => {
      throw new Error('bad handler');
    });
    a.subscribe('t', (p) => got.push(p));
    await a.publish('t', 'x');
    await a.publish('t', 'y');
    await until(() => (got.length === 2 ? got : undefined), 'both messages');
    await a.close();
  });
});

describe('the broker without a database', () => {
  it('fails to start, and publishing surfaces store_unavailable', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const address = s.address();
        s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const url = `postgresql://u:pw@127.0.0.1:${port}/x`;
    const pool = createPgPool({ url, connectTimeoutMs: 1000 });
    const broker = new PgBroker({ url, pool });
    await expect(broker.start()).rejects.toThrow(/ECONNREFUSED/);
    await expect(broker.publish('c', 'x')).rejects.toBeInstanceOf(StoreUnavailableError);
    await broker.close();
    await pool.end();
  });
});
