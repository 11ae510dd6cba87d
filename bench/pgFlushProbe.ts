/**
 * Which statements of a turn wait for a WAL flush (issue 19, pgtail21), bench only. On a durable
 * cluster whose WAL writer is held back (`holdWalWriter`: it flushes at most every 10 s, never by
 * volume; no autovacuum), the WAL's flush position moves only when a commit waits for its flush
 * (or, rarely, a WAL segment is finished or the writer's 10 s tick comes). After each statement
 * of the service has answered, and before its caller sees the answer, `FlushProbe.after` reads the
 * flush position on a connection of its own: a statement during which it moved waited for a
 * flush. Exact with one turn at a time (nothing else commits meanwhile); it slows the turn by one
 * loopback round trip per statement, so only the counts it gives are figures, not its times.
 *
 *   await holdWalWriter(adminUrl);
 *   const probe = await FlushProbe.open(adminUrl, rawQuery);
 *   if (await probe.after()) flushes++;
 */
import pg from 'pg';

/** A query that the bench's own statement counters do not see (node-postgres's unpatched `query`). */
export type RawQuery = (client: pg.Client, text: string) => Promise<pg.QueryResult>;

/** Holds the cluster's WAL writer back so that only commits that wait for their flush move the flush position. */
export async function holdWalWriter(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const setting of ["wal_writer_delay = '10s'", "wal_writer_flush_after = '1GB'", 'autovacuum = off'])
      await admin.query(`ALTER SYSTEM SET ${setting}`);
    await admin.query('SELECT pg_reload_conf()');
  } finally {
    await admin.end();
  }
}

export class FlushProbe {
  private last = '';
  /** Readings queue: one at a time, in the order statements answered. */
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly client: pg.Client,
    private readonly raw: RawQuery,
  ) {}

  static async open(adminUrl: string, raw: RawQuery): Promise<FlushProbe> {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const probe = new FlushProbe(client, raw);
    await probe.after();
    return probe;
  }

  /** Whether the flush position moved since the last reading (true at most once per move). */
  after(): Promise<boolean> {
    const read = this.chain.then(async () => {
      const { rows } = await this.raw(this.client, 'SELECT pg_current_wal_flush_lsn()::text AS f');
      const at = String((rows[0] as { f?: unknown } | undefined)?.f);
      const moved = this.last !== '' && at !== this.last;
      this.last = at;
      return moved;
    });
    this.chain = read.catch(() => undefined);
    return read;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
