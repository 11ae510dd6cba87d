import { describe, expect, it } from 'vitest';
import { binaryTextArray, textArrayPositions } from '../../../src/store/pg/binaryArrays.js';
import { pipelined } from '../../../src/store/pg/pipeline.js';
import { sentWhile } from '../../support/pgTurn.js';
import { describePg } from '../../support/postgres.js';

describe('a text array in the binary format', () => {
  it('is dimensions, has-null flag, text oid, length and lower bound, then length-prefixed UTF-8', () => {
    const out = binaryTextArray(['ab', null, '还']);
    const ints = (at: number, n: number): number[] =>
      Array.from({ length: n }, (_, i) => out.readInt32BE(at + 4 * i));
    expect(ints(0, 5)).toEqual([1, 1, 25, 3, 1]);
    expect(out.readInt32BE(20)).toBe(2);
    expect(out.subarray(24, 26).toString()).toBe('ab');
    expect(out.readInt32BE(26)).toBe(-1);
    expect(out.readInt32BE(30)).toBe(3);
    expect(out.subarray(34).toString()).toBe('还');
    expect(out.length).toBe(37);
    const empty = binaryTextArray([]);
    expect([empty.readInt32BE(0), empty.readInt32BE(4), empty.readInt32BE(8), empty.length]).toEqual([0, 0, 25, 12]);
    expect(binaryTextArray(['x']).readInt32BE(4)).toBe(0); // no NULL: flag clear
  });

  it('is used only for a parameter every mention of which reads `::text[]`', () => {
    const text = 'SELECT * FROM unnest($1::text[], $2::int[], $10::text[]) WHERE $3::text[] IS NOT NULL OR $3 IS NULL';
    expect([...textArrayPositions(text)].sort((a, b) => a - b)).toEqual([0, 9]);
    expect(textArrayPositions('SELECT $1::text')).toEqual(new Set());
  });
});

describePg('text arrays bound in binary (PostgreSQL)', (db) => {
  const awkward = [
    '',
    'NULL',
    'o"b\\c',
    '{"k":"v\\n","a":[1,2]}',
    'a,b}{',
    '  spaced  ',
    '您好，请问您本月能还多少？',
    '😀 emoji',
    "it's",
  ];

  it('stores exactly what the array literal stored, NULLs and the empty array included, in one round trip', async () => {
    const client = await db.pool({ max: 1 }).connect();
    try {
      await client.query('CREATE TABLE bin_probe (via TEXT, i INT, v TEXT)');
      const insert = (via: string, values: (string | null)[]) => ({
        text: 'INSERT INTO bin_probe (via, i, v) SELECT $1, i, v FROM unnest($2::text[]) WITH ORDINALITY AS u(v, i)',
        values: [via, values],
      });
      const values = [...awkward, null, 'last'];
      const { texts } = await sentWhile(() => pipelined(client, [insert('binary', values), insert('empty', [])]));
      expect(texts).toHaveLength(1);
      // The same values as literals through the simple protocol: the store's other path.
      const literal = `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
      await client.query(
        `INSERT INTO bin_probe (via, i, v) SELECT 'literal', i, v FROM unnest(${client.escapeLiteral(literal)}::text[]) WITH ORDINALITY AS u(v, i)`,
      );
      const read = async (via: string) =>
        (await client.query('SELECT i, v FROM bin_probe WHERE via = $1 ORDER BY i', [via])).rows;
      const binary = await read('binary');
      expect(binary.map((r: { v: string | null }) => r.v)).toEqual(values);
      expect(await read('literal')).toEqual(binary);
      expect(await read('empty')).toEqual([]);
    } finally {
      client.release();
    }
  });

  it('refuses a NUL character as the text form does, and the connection stays usable', async () => {
    const client = await db.pool({ max: 1 }).connect();
    try {
      const step = { text: 'SELECT cardinality($1::text[]) AS n', values: [['a\u0000b']] };
      await expect(pipelined(client, [step])).rejects.toMatchObject({ code: '22021' });
      await expect(client.query('SELECT cardinality($1::text[]) AS n', [['a\u0000b']])).rejects.toMatchObject({
        code: '22021',
      });
      const ok = await pipelined(client, [{ text: step.text, values: [['a', null]] }]);
      expect(ok[0]?.rows).toEqual([{ n: 2 }]);
    } finally {
      client.release();
    }
  });
});
