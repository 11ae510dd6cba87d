import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { run, writeLeading } from '../../../src/store/pg/rows.js';
import { forgetChains } from '../../../src/store/pg/readChains.js';
import { withTurnReads } from '../../../src/store/pg/turnReads.js';
import { describePg } from '../../support/postgres.js';

/** Round trips: every `query` of node-postgres's clients (a pipeline is one). */
let trips = 0;
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
beforeEach(() => {
  trips = 0;
  forgetChains();
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    trips++;
    return query.apply(this, args);
  };
});
afterEach(() => {
  (pg.Client.prototype as unknown as { query: unknown }).query = query;
});

describePg('reads that follow one another in a turn, asked in one round trip (issue 19, tail19)', (db) => {
  it('asks the reads that followed a read last time with it, and answers as each alone would', async () => {
    const pool = db.pool({ max: 2 });
    await pool.query('CREATE TABLE chain_a (id TEXT, n INT)');
    await pool.query("INSERT INTO chain_a VALUES ('x', 1), ('y', 2)");
    const read = async (what: string, id: string): Promise<unknown> =>
      (await run(pool, what, `SELECT n, '${what}' AS what FROM chain_a WHERE id = $1`, [id])).rows;
    const turn = (id: string): Promise<unknown[]> =>
      withTurnReads(async () => [await read('head', id), await read('b', id), await read('c', id)]);

    trips = 0;
    const first = await turn('x');
    expect(trips).toBe(3);
    trips = 0;
    const second = await turn('y');
    expect(trips).toBe(1);
    expect(first).toEqual([[{ n: 1, what: 'head' }], [{ n: 1, what: 'b' }], [{ n: 1, what: 'c' }]]);
    expect(second).toEqual([[{ n: 2, what: 'head' }], [{ n: 2, what: 'b' }], [{ n: 2, what: 'c' }]]);
    // Outside a turn nothing is chained.
    trips = 0;
    await read('head', 'x');
    await read('b', 'x');
    expect(trips).toBe(2);
  });

  it('a write after the head forgets what the chain brought; a follower no longer read is not asked again', async () => {
    const pool = db.pool({ max: 2 });
    await pool.query('CREATE TABLE chain_b (id TEXT, n INT)');
    await pool.query("INSERT INTO chain_b VALUES ('x', 1)");
    const head = () => run(pool, 'head', 'SELECT n FROM chain_b WHERE id = $1', ['x']);
    const follower = async () =>
      (await run<{ n: number }>(pool, 'b', 'SELECT n + 0 AS n FROM chain_b WHERE id = $1', ['x'])).rows[0]!.n;
    await withTurnReads(async () => (await head(), await follower()));
    const seen = await withTurnReads(async () => {
      await head(); // brings the follower's answer (n = 1)
      await run(pool, 'write', 'UPDATE chain_b SET n = n + 1 WHERE id = $1', ['x']);
      return follower(); // asked again after the write
    });
    expect(seen).toBe(2);
    // That turn's chain after the head held no follower (the write ended it): the next asks it alone.
    trips = 0;
    await withTurnReads(async () => (await head(), await follower()));
    expect(trips).toBe(2);
  });

  it('the reads that followed a write last time ride in its round trip and see it (pgtail21)', async () => {
    const pool = db.pool({ max: 2 });
    await pool.query('CREATE TABLE lead_a (id TEXT, hits INT, d INT)');
    await pool.query("INSERT INTO lead_a VALUES ('x', 0, 1), ('y', 0, 1)");
    const write = (id: string) =>
      writeLeading(pool, 'write', 'UPDATE lead_a SET hits = hits + 1 WHERE id = $1', [id]);
    const hits = async (id: string) =>
      (await run<{ hits: number }>(pool, 'b', 'SELECT hits FROM lead_a WHERE id = $1', [id])).rows[0]!.hits;
    const ratio = async (id: string) =>
      (await run<{ q: number }>(pool, 'c', 'SELECT 10 / d AS q FROM lead_a WHERE id = $1', [id])).rows[0]!.q;
    const turn = (id: string) =>
      withTurnReads(async () => {
        const before = await hits(id); // read before the write: not its answer after
        const written = await write(id);
        return [before, written.rowCount, await hits(id), await ratio(id)];
      });

    trips = 0;
    expect(await turn('x')).toEqual([0, 1, 1, 10]);
    expect(trips).toBe(4);
    trips = 0;
    expect(await turn('y')).toEqual([0, 1, 1, 10]);
    expect(trips).toBe(2); // the read before; the write with both reads after it
    trips = 0;
    expect(await turn('x')).toEqual([1, 1, 2, 10]);
    expect(trips).toBe(2);

    // A follower that fails on the server rolls the whole pipeline back: the write goes alone, once.
    await pool.query("UPDATE lead_a SET d = 0 WHERE id = 'y'");
    trips = 0;
    await expect(turn('y')).rejects.toThrow(/division by zero/);
    expect(trips).toBe(5); // the read before, the failed pipeline, the write alone, hits, ratio
    const { rows } = await pool.query<{ hits: number }>("SELECT hits FROM lead_a WHERE id = 'y'");
    expect(rows[0]!.hits).toBe(2);
    // Outside a turn it is a plain write.
    trips = 0;
    await write('x');
    expect(trips).toBe(1);
  });

  it("a lost connection during the pipeline is the write's failure (store_unavailable), not sent again", async () => {
    const pool = db.pool({ max: 1 });
    await pool.query('CREATE TABLE lead_b (id TEXT, hits INT)');
    await pool.query("INSERT INTO lead_b VALUES ('x', 0)");
    const turn = () =>
      withTurnReads(async () => {
        await writeLeading(pool, 'write', 'UPDATE lead_b SET hits = hits + 1 WHERE id = $1', ['x']);
        return run(pool, 'b', 'SELECT hits FROM lead_b WHERE id = $1', ['x']);
      });
    await turn();
    // A read after the write that ends its own connection; the next time it follows the write, the
    // pipeline is cut off after the write, before its commit.
    const die = 'SELECT pg_terminate_backend(pg_backend_pid()) AND hits >= 0 AS ok FROM lead_b WHERE id = $1';
    await withTurnReads(async () => {
      await writeLeading(pool, 'write', 'UPDATE lead_b SET hits = hits + 10 WHERE id = $1', ['x']);
      return run(pool, 'die', die, ['x']);
    }).catch(() => undefined);
    trips = 0;
    await expect(
      withTurnReads(() =>
        writeLeading(pool, 'write', 'UPDATE lead_b SET hits = hits + 10 WHERE id = $1', ['x']),
      ),
    ).rejects.toMatchObject({ code: 'store_unavailable' });
    expect(trips).toBe(1);
    const { rows } = await pool.query<{ hits: number }>("SELECT hits FROM lead_b WHERE id = 'x'");
    expect(rows[0]!.hits).toBe(11); // the first +10 (alone), none from the cut pipeline
  });
});
