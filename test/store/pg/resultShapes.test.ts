import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { pipelined } from '../../../src/store/pg/pipeline.js';
import {
  addFieldsShaped,
  emptyRowOf,
  rememberedShapes,
  type FieldDescription,
  type ResultFields,
} from '../../../src/store/pg/resultShapes.js';
import { describePg } from '../../support/postgres.js';

/** node-postgres's Query, whose `_result` is the Result class's instance (not in its public types). */
const Query = (pg as unknown as { Query: new (c: object) => { _result: object } }).Query;

function freshResult(types?: object): ResultFields & { parseRow(raw: unknown[]): Record<string, unknown> } {
  const q = new Query(types ? { text: 'SELECT 1', types } : { text: 'SELECT 1' });
  return q._result as ResultFields & { parseRow(raw: unknown[]): Record<string, unknown> };
}

const lists: FieldDescription[][] = [
  [],
  [{ name: 'key', dataTypeID: 25 }],
  [
    { name: 'key', dataTypeID: 25, format: 'text' },
    { name: 'etag', dataTypeID: 25 },
    { name: 'n', dataTypeID: 23 },
    { name: 'at', dataTypeID: 1184 },
    { name: 'ok', dataTypeID: 16 },
    { name: 'doc', dataTypeID: 3802 },
  ],
  // Names a plain object would treat specially, a repeated name, an empty name, a binary column.
  [
    { name: '__proto__', dataTypeID: 25 },
    { name: 'constructor', dataTypeID: 23 },
    { name: 'n', dataTypeID: 23 },
    { name: 'n', dataTypeID: 25 },
    { name: '', dataTypeID: 25 },
    { name: 'raw', dataTypeID: 17, format: 'binary' },
  ],
];

describe("a result's columns with a shared empty row", () => {
  it('sets the fields, parsers and empty row node-postgres sets, and parses rows the same', () => {
    const parsers = new Map<number, (v: unknown) => string>();
    const custom = {
      getTypeParser: (oid: number) => {
        if (!parsers.has(oid)) parsers.set(oid, (v: unknown) => `${oid}:${String(v)}`);
        return parsers.get(oid);
      },
    };
    for (const fields of lists)
      for (const types of [undefined, custom]) {
        const theirs = freshResult(types);
        const ours = freshResult(types);
        (theirs as unknown as { addFields(f: FieldDescription[]): void }).addFields(fields);
        addFieldsShaped(ours, fields);
        expect(ours.fields).toBe(fields);
        expect(ours._parsers).toEqual(theirs._parsers);
        const mine = ours._prebuiltEmptyResultObject as object;
        const node = theirs._prebuiltEmptyResultObject as object;
        expect(Object.getPrototypeOf(mine)).toBe(Object.getPrototypeOf(node));
        expect(Reflect.ownKeys(mine)).toEqual(Reflect.ownKeys(node));
        expect(Object.values(mine)).toEqual(Object.values(node));
        const raw = fields.map((f, i) =>
          i % 3 === 2 ? null : f.format === 'binary' ? Buffer.from('ab') : `${i + 1}`,
        );
        const a = ours.parseRow(raw);
        const b = theirs.parseRow(raw);
        expect(Reflect.ownKeys(a)).toEqual(Reflect.ownKeys(b));
        expect(Object.values(a)).toEqual(Object.values(b));
        expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
      }
  });

  it('shares one empty row per column list, which rows never change', () => {
    const fields = [
      { name: 'a', dataTypeID: 25 },
      { name: 'b', dataTypeID: 23 },
    ];
    const one = freshResult();
    const two = freshResult();
    addFieldsShaped(one, fields);
    addFieldsShaped(two, [...fields.map((f) => ({ ...f }))]);
    expect(one._prebuiltEmptyResultObject).toBe(two._prebuiltEmptyResultObject);
    const row = one.parseRow(['x', '7']);
    row.a = 'changed';
    expect(one._prebuiltEmptyResultObject).toEqual({ a: null, b: null });
    // The same names in another order are another row shape.
    expect(emptyRowOf([fields[1]!, fields[0]!])).not.toBe(one._prebuiltEmptyResultObject);
  });

  it('remembers a bounded number of column lists', () => {
    for (let i = 0; i < 700; i++) emptyRowOf([{ name: `c${i}`, dataTypeID: 25 }]);
    expect(rememberedShapes()).toBeLessThanOrEqual(512);
    expect(emptyRowOf([{ name: 'c699', dataTypeID: 25 }])).toEqual({ c699: null });
  });
});

describePg('rows of a pipeline with shared empty rows (PostgreSQL)', (db) => {
  it('answers the rows node-postgres answers for the same statements', async () => {
    const client = await db.pool({ max: 1 }).connect();
    try {
      const text =
        'SELECT $1::text AS key, 2::int AS n, NULL::text AS gone, \'{"a":1}\'::jsonb AS doc, true AS ok';
      const [first, second] = await pipelined(client, [
        { text, values: ['k1'] },
        { text: 'SELECT g AS n FROM generate_series(1, 3) g', values: [] },
      ]);
      const plain = await client.query(text, ['k1']);
      expect(first!.rows).toEqual(plain.rows);
      expect(Object.keys(first!.rows[0] as object)).toEqual(['key', 'n', 'gone', 'doc', 'ok']);
      expect(second!.rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
      expect(first!.fields.map((f) => f.name)).toEqual(['key', 'n', 'gone', 'doc', 'ok']);
    } finally {
      client.release();
    }
  });
});
