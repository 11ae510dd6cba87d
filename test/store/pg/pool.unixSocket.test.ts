import { describe, expect, it } from 'vitest';
import { clusterUrl } from '../../../bench/pgUrl.js';
import { assertPostgresUrl, createPgPool, pgQuery, withTransaction } from '../../../src/store/pg/pool.js';
import { pipelined } from '../../../src/store/pg/pipeline.js';
import { PgStateStorage } from '../../../src/store/pg/stateStorage.js';
import { describePg } from '../../support/postgres.js';

/**
 * A local cluster is reached over loopback TCP (every other suite) or over its Unix socket,
 * `host=` the socket's folder (what the benches take with BENCH_PG_SOCKET=unix): the same pool,
 * pipelines and stores on both, and the server sees which one each connection came by.
 */

/** The client address the server saw, `unix` for a Unix-domain socket (inet_client_addr() is NULL). */
const PEER_SQL = "SELECT COALESCE(host(inet_client_addr()), 'unix') AS peer";

describe('the bench cluster URL', () => {
  const cluster = {
    adminUrl: 'postgresql://postgres@127.0.0.1:5544/postgres',
    dataDir: '/tmp/collections-pg-x',
  };

  it('is the TCP URL for tcp and the socket folder as host= for unix, port and database kept', () => {
    expect(clusterUrl(cluster, 'tcp')).toBe(cluster.adminUrl);
    const unix = new URL(clusterUrl(cluster, 'unix'));
    expect(unix.searchParams.get('host')).toBe('/tmp/collections-pg-x');
    expect(unix.port).toBe('5544');
    expect(unix.pathname).toBe('/postgres');
    expect(() => assertPostgresUrl(unix.toString())).not.toThrow();
  });
});

describePg('a pool over the cluster’s Unix socket', (pg) => {
  async function unixUrl(): Promise<string> {
    const probe = createPgPool({ url: pg.url, max: 1 });
    try {
      const { rows } = await pgQuery<{ dir: string }>(
        probe,
        'socket folder',
        "SELECT split_part(current_setting('unix_socket_directories'), ',', 1) AS dir",
      );
      return clusterUrl({ adminUrl: pg.url, dataDir: rows[0]!.dir.trim() }, 'unix');
    } finally {
      await probe.end();
    }
  }

  it('comes in by the socket, not by TCP, while the suite’s own URL comes by loopback TCP', async () => {
    const tcp = pg.pool({ max: 1 });
    expect((await pgQuery<{ peer: string }>(tcp, 'peer', PEER_SQL)).rows[0]!.peer).toBe('127.0.0.1');
    const unix = pg.pool({ url: await unixUrl(), max: 1 });
    expect((await pgQuery<{ peer: string }>(unix, 'peer', PEER_SQL)).rows[0]!.peer).toBe('unix');
  });

  it('runs a pipeline, a transaction and a state write and read as over TCP', async () => {
    const unix = pg.pool({ url: await unixUrl(), max: 2 });
    const client = await unix.connect();
    try {
      const [one, two] = await pipelined(client, [
        { text: 'SELECT $1::int + 1 AS n', values: [1] },
        { text: PEER_SQL, values: [] },
      ]);
      expect(one!.rows[0]).toEqual({ n: 2 });
      expect(two!.rows[0]).toEqual({ peer: 'unix' });
    } finally {
      client.release();
    }
    const committed = await withTransaction(
      unix,
      'probe',
      async (c) => (await c.query('SELECT 7 AS n')).rows[0],
    );
    expect(committed).toEqual({ n: 7 });
    const storage = new PgStateStorage(unix);
    await storage.write({ 'unix/a': { said: '您好', eTag: '*' } });
    const read = await new PgStateStorage(pg.pool({ max: 1 })).read(['unix/a']);
    expect(read['unix/a']).toMatchObject({ said: '您好' });
  });
});
