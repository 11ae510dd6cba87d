import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import {
  boundedActivity,
  boundedOnce,
  isCanonicalCopy,
  sortedKeys,
  stampCopy,
  TRANSCRIPT_LIMITS,
  type TruncationMarker,
} from '../../../src/store/transcripts/bounded.js';
import { canonicalJson } from '../../../src/store/transcripts/chain.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import { TranscriptWriter } from '../../../src/store/transcripts/writer.js';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function nested(depth: number): object {
  let value: object = { leaf: true };
  for (let i = 0; i < depth; i++) value = { inner: value };
  return value;
}

describe('bounding an activity once', () => {
  it('hands back a copy boundedActivity made as it is, and copies anything else', () => {
    const given = { type: 'message', conversation: { id: 'c1' }, timestamp: new Date(0) };
    const copy = boundedActivity(given);
    expect(copy).not.toBe(given);
    expect(boundedOnce(copy)).toBe(copy);
    const other = boundedOnce(given);
    expect(other).not.toBe(given);
    expect(other).toEqual(copy);
  });

  it('keeps every truncation reason of a record written through the writer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bounded-'));
    dirs.push(dir);
    const db = openDatabase(dir);
    dbs.push(db);
    const store = new SqliteTranscriptStore(db);
    const writer = new TranscriptWriter({
      store,
      clock: new ManualClock('2026-12-05T02:00:00.000Z'),
      onFailure: () => undefined,
    });
    const hostile = {
      type: 'message',
      conversation: { id: 'c-hostile' },
      text: 'x'.repeat(TRANSCRIPT_LIMITS.maxStringChars + 5),
      value: nested(TRANSCRIPT_LIMITS.maxDepth + 3),
    };
    await writer.commit([{ activity: hostile }]);
    const [record] = await store.getRecords('c-hostile');
    expect(record?.activity.transcriptTruncated).toEqual({
      reasons: ['nested too deep', 'string too long'],
    });
    expect(record?.activity.text).toHaveLength(TRANSCRIPT_LIMITS.maxStringChars + '[truncated]'.length);
  });
});

describe('the size limit of a stored activity', () => {
  const fields = (n: number, text: string): Record<string, string> =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, text]));

  it('keeps an activity whose JSON is just under the limit, and cuts one just over it to its core', () => {
    const max = TRANSCRIPT_LIMITS.maxJsonChars;
    const base = { type: 'message', text: '你好', conversation: { id: 'c' } };
    // Strings under the per-string cut, together exactly at the limit.
    const value = fields(14, 'a'.repeat(TRANSCRIPT_LIMITS.maxStringChars));
    value.f13 = '';
    value.f13 = 'a'.repeat(max - JSON.stringify({ ...base, value }).length);
    const under = boundedActivity({ ...base, value });
    expect(under.transcriptTruncated).toBeUndefined();
    expect(JSON.stringify(under).length).toBe(max);
    const over = boundedActivity({ ...base, value: { ...value, f13: `${value.f13}a` } });
    expect(over.transcriptTruncated).toEqual({
      reasons: ['activity too large: only its core fields are kept'],
      originalJsonChars: max + 1,
    });
    expect(over.value).toBeUndefined();
  });

  it('measures text that JSON escapes at its escaped length (control characters take six)', () => {
    const escaped = '\u0001'.repeat(15_000); // 90,000 characters in JSON each
    const kept = boundedActivity({ type: 'event', conversation: { id: 'c' }, value: fields(2, escaped) });
    expect(kept.transcriptTruncated).toBeUndefined();
    const cut = boundedActivity({ type: 'event', conversation: { id: 'c' }, value: fields(3, escaped) });
    const marker = cut.transcriptTruncated as TruncationMarker | undefined;
    expect(marker?.reasons).toEqual(['activity too large: only its core fields are kept']);
    expect(marker?.originalJsonChars).toBe(JSON.stringify(fields(3, escaped)).length + 51);
  });
});

describe('the key order of a bounded copy', () => {
  it('is sorted whether the keys came sorted, reversed or mixed, at every depth', () => {
    const sorted = { a: 1, b: { x: [{ c: 1, d: 2 }], y: 'z' }, c: null };
    const reversed = { c: null, b: { y: 'z', x: [{ d: 2, c: 1 }] }, a: 1 };
    const mixed = { b: { x: [{ c: 1, d: 2 }], y: 'z' }, a: 1, c: null };
    const expected = JSON.stringify(sorted);
    for (const given of [sorted, reversed, mixed]) {
      expect(JSON.stringify(boundedActivity(given))).toBe(expected);
    }
  });

  it('orders keys as a plain string sort does (integer-like, upper case, non-ASCII)', () => {
    const given = { 10: 'a', 9: 'b', B: 1, a: 2, 姓名: 3, Z: 4 };
    const byStringSort = Object.fromEntries(Object.entries(given).sort(([x], [y]) => (x < y ? -1 : 1)));
    expect(JSON.stringify(boundedActivity(given))).toBe(JSON.stringify(byStringSort));
  });
});

describe("sorting an object's keys without allocating a sort buffer", () => {
  it('puts any keys in the order Array.prototype.sort does, short lists and long ones', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '0',
        '1',
        '10',
        '9',
        '01',
        '-1',
        '1.5',
        '__proto__x',
        'A',
        'a',
        '姓名',
        '\u{1F600}',
        '\uD800',
      ),
    );
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 60 }), (keys) => {
        const given: Record<string, number> = {};
        keys.forEach((k, i) => {
          Object.defineProperty(given, k, { value: i, enumerable: true });
        });
        expect(sortedKeys(given)).toEqual(Object.keys(given).sort());
      }),
      { numRuns: 400 },
    );
  });
});

describe('a copy written as it stands (its JSON already canonical)', () => {
  it('is marked only when JSON.stringify writes exactly its canonical JSON, for any JSON-like input', () => {
    const key = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom('0', '10', '2', '__proto__', 'a', 'B', '中'),
    );
    const leaf = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date(),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
      array: fc.array(tie('node'), { maxLength: 4 }),
      object: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    })).node;
    let marked = 0;
    fc.assert(
      fc.property(value, (v) => {
        const copy = boundedActivity({ type: 'message', channelData: v });
        if (isCanonicalCopy(copy)) {
          marked++;
          expect(JSON.stringify(copy)).toBe(canonicalJson(copy));
        }
      }),
      { numRuns: 400 },
    );
    expect(marked).toBeGreaterThan(0);
  });

  it('is not marked with an array-index or __proto__ key, an array hole, or anything cut', () => {
    expect(
      isCanonicalCopy(boundedActivity({ type: 'message', value: { b: 1, a: [1, { d: 2, c: 3 }] } })),
    ).toBe(true);
    expect(isCanonicalCopy(boundedActivity({ type: 'message', value: { 10: 1, 2: 2 } }))).toBe(false);
    expect(
      isCanonicalCopy(
        boundedActivity(JSON.parse('{"type":"message","value":{"__proto__":{"a":1}}}') as object),
      ),
    ).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    const holes = boundedActivity({ type: 'message', value: [1, , 3] });
    expect(isCanonicalCopy(holes)).toBe(false);
    expect(1 in (holes.value as unknown[])).toBe(false);
    expect(isCanonicalCopy(boundedActivity({ type: 'message', value: nested(40) }))).toBe(false);
    expect(
      isCanonicalCopy(
        boundedActivity({ type: 'message', text: 'x'.repeat(TRANSCRIPT_LIMITS.maxStringChars + 1) }),
      ),
    ).toBe(false);
  });

  it('is no longer marked once the writer stamps the timestamp it lacked', () => {
    const copy = boundedActivity({ type: 'message', text: 'hi', conversation: { id: 'c' } });
    expect(isCanonicalCopy(copy)).toBe(true);
    stampCopy(copy, '2026-12-07T00:00:00.000Z');
    expect(isCanonicalCopy(copy)).toBe(false);
    expect(canonicalJson(copy)).toBe(
      '{"conversation":{"id":"c"},"text":"hi","timestamp":"2026-12-07T00:00:00.000Z","type":"message"}',
    );
  });
});
