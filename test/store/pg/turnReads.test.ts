import { expect, it } from 'vitest';
import { run } from '../../../src/store/pg/rows.js';
import { withTransaction } from '../../../src/store/pg/pool.js';
import { readsOnly, withTurnReads } from '../../../src/store/pg/turnReads.js';
import { describePg } from '../../support/postgres.js';

describePg("a turn's memory of its reads (issue 19 item 5)", (pg) => {
  it('asks a plain read once per turn, and reads fresh after any write of the turn', async () => {
    const pool = pg.pool({ max: 2 });
    await pool.query('CREATE TABLE probe (n INT)');
    const asked: string[] = [];
    const query = pool.query.bind(pool);
    pool.query = ((config: unknown, values?: unknown) => {
      asked.push(typeof config === 'string' ? config : String((config as { text: string }).text));
      return query(config as string, values as unknown[]);
    }) as typeof pool.query;
    const count = async () =>
      (await run<{ n: number }>(pool, 'count', 'SELECT count(*)::int AS n FROM probe WHERE n > $1', [0]))
        .rows[0]!.n;

    await withTurnReads(async () => {
      expect([await count(), await count()]).toEqual([0, 0]);
      expect(asked).toHaveLength(1);
      await run(pool, 'add', 'INSERT INTO probe (n) VALUES ($1)', [1]);
      expect(await count()).toBe(1);
      await withTransaction(pool, 'add two', async (client) => {
        await client.query('INSERT INTO probe (n) VALUES (2), (3)');
      });
      expect([await count(), await count()]).toEqual([3, 3]);
    });
    expect(asked.filter((t) => t.startsWith('SELECT'))).toHaveLength(3);
    // Outside a turn every read is asked.
    expect([await count(), await count()]).toEqual([3, 3]);
    expect(asked.filter((t) => t.startsWith('SELECT'))).toHaveLength(5);
  });

  it('never keeps a read that locks rows, and keeps nothing from one turn for the next', async () => {
    expect(readsOnly('SELECT 1 FROM accounts WHERE account_id = $1 FOR NO KEY UPDATE')).toBe(false);
    expect(readsOnly('select * from x for  update')).toBe(false);
    expect(readsOnly('SELECT failures FROM verification_state WHERE account_id = $1 FOR SHARE')).toBe(false);
    expect(readsOnly('INSERT INTO x SELECT 1')).toBe(false);
    expect(readsOnly('WITH a AS (DELETE FROM x RETURNING 1) SELECT * FROM a')).toBe(false);
    expect(readsOnly(' SELECT p.* FROM plans p WHERE p.account_id = $1')).toBe(true);
    const pool = pg.pool({ max: 2 });
    await pool.query('CREATE TABLE IF NOT EXISTS probe2 (n INT)');
    const read = () => run<{ n: number }>(pool, 'count', 'SELECT count(*)::int AS n FROM probe2');
    await withTurnReads(async () => expect((await read()).rows[0]!.n).toBe(0));
    await pool.query('INSERT INTO probe2 VALUES (1)'); // another instance writes between turns
    await withTurnReads(async () => expect((await read()).rows[0]!.n).toBe(1));
    // Work a turn started that runs on after it reads fresh, not from the ended turn's memory.
    let later!: Promise<number>;
    await withTurnReads(async () => {
      await read();
      later = new Promise((r) => setTimeout(r, 30)).then(async () => (await read()).rows[0]!.n);
    });
    await pool.query('INSERT INTO probe2 VALUES (2)');
    expect(await later).toBe(2);
  });
});
