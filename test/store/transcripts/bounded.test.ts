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
  sortedKeys,
  TRANSCRIPT_LIMITS,
  type TruncationMarker,
} from '../../../src/store/transcripts/bounded.js';
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
