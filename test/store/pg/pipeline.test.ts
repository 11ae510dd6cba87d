import { describe, expect, it } from 'vitest';
import { parameterText, pipelined } from '../../../src/store/pg/pipeline.js';
import { sentWhile } from '../../support/pgTurn.js';
import { describePg } from '../../support/postgres.js';

describe('a pipeline parameter as text', () => {
  it('is what the literals were: ISO-8601 dates, array literals with quotes and backslashes, NULL', () => {
    expect(parameterText(new Date('2026-12-05T01:02:03.004Z'))).toBe('2026-12-05T01:02:03.004Z');
    expect(parameterText(['a', 'o"b\\c', null, 3])).toBe('{"a","o\\"b\\\\c",NULL,"3"}');
    expect(parameterText(['\\"', '""\\\\', '{"k":"v\\n"}'])).toBe(
      '{"\\\\\\"","\\"\\"\\\\\\\\","{\\"k\\":\\"v\\\\n\\"}"}',
    );
    expect(parameterText(null)).toBeNull();
    expect(parameterText(7)).toBe('7');
    expect(parameterText(true)).toBe('true');
    expect(() => parameterText(Number.NaN)).toThrow(TypeError);
    expect(() => parameterText({ a: 1 })).toThrow(TypeError);
  });
});

describePg('a pipeline of statements in one round trip (PostgreSQL)', (db) => {
  /** How many queries node-postgres wrote while `fn` ran (one per round trip). */
  async function trips<T>(fn: () => Promise<T>): Promise<{ trips: number; result: T }> {
    const { texts, value } = await sentWhile(fn);
    return { trips: texts.length, result: value };
  }

  it('answers one result per statement, in one round trip, and prepares each statement once per connection', async () => {
    const client = await db.pool({ max: 1 }).connect();
    try {
      await client.query('CREATE TABLE pipe_probe (id TEXT PRIMARY KEY, n INT NOT NULL, at TIMESTAMPTZ)');
      const steps = (id: string, n: number) => [
        { text: 'BEGIN', values: [] },
        { text: 'INSERT INTO pipe_probe (id, n, at) VALUES ($1, $2, $3)', values: [id, n, new Date(0)] },
        {
          text: 'SELECT id, n, at FROM pipe_probe WHERE id = ANY($1::text[]) ORDER BY id',
          values: [[id, "o'b"]],
        },
        { text: "SELECT set_config('application_name', 'pipe_probe', true) AS s", values: [] },
        { text: 'COMMIT', values: [] },
      ];
      for (const [i, id] of ["o'b", 'a\\"z'].entries()) {
        const { trips: sent, result } = await trips(() => pipelined(client, steps(id, i)));
        expect(sent).toBe(1);
        expect(result.map((r) => r.command)).toEqual(['BEGIN', 'INSERT', 'SELECT', 'SELECT', 'COMMIT']);
        expect(result[2]?.rows.map((r: { id: string }) => r.id)).toContain(id);
      }
      const prepared = await client.query(
        "SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'cp\\_%'",
      );
      // the insert and both selects (one without parameters); BEGIN and COMMIT go unnamed
      expect(prepared.rows[0].n).toBe(3);
    } finally {
      client.release();
    }
  });

  it('stops at an error and rolls back what was not committed, as a multi-statement query does; the next pipeline runs', async () => {
    const client = await db.pool({ max: 1 }).connect();
    try {
      await client.query('CREATE TABLE pipe_gone (n INT)');
      const write = { text: 'INSERT INTO pipe_gone (n) VALUES ($1)', values: [1] };
      const failing = { text: 'SELECT 1 / $1::int AS x', values: [0] };
      const after = { text: 'INSERT INTO pipe_gone (n) VALUES ($1 + 100)', values: [1] };
      await expect(pipelined(client, [write, failing, after])).rejects.toMatchObject({ code: '22012' });
      expect((await client.query('SELECT count(*)::int AS n FROM pipe_gone')).rows[0].n).toBe(0);
      // The statements the failed pipeline prepared (or not) are prepared again without a clash.
      const results = await pipelined(client, [
        write,
        { text: 'SELECT 1 / $1::int AS x', values: [1] },
        after,
      ]);
      expect(results[1]?.rows).toEqual([{ x: 1 }]);
      expect((await client.query('SELECT n FROM pipe_gone ORDER BY n')).rows).toEqual([{ n: 1 }, { n: 101 }]);
    } finally {
      client.release();
    }
  });

  it('refuses a value that cannot travel without sending anything, and the connection stays usable', async () => {
    const client = await db.pool({ max: 1 }).connect();
    try {
      await expect(
        pipelined(client, [{ text: 'SELECT $1::int AS x', values: [Number.NaN] }]),
      ).rejects.toThrow(/finite/);
      expect((await pipelined(client, [{ text: 'SELECT $1::int AS x', values: [2] }]))[0]?.rows).toEqual([
        { x: 2 },
      ]);
    } finally {
      client.release();
    }
  });
});
