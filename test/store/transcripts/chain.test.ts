import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedActivity } from '../../../src/store/transcripts/bounded.js';
import { createHash } from 'node:crypto';
import { canonicalJson, recordHash, recordHashOf } from '../../../src/store/transcripts/chain.js';

/** The first implementation, kept here as the reference the faster one must match byte for byte. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown) => (v === undefined ? 'null' : reference(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .filter((k) => record[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${reference(record[k])}`);
  return `{${members.join(',')}}`;
}

/** The same value with every plain object's keys inserted in sorted order (the native path). */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = Object.create(proto) as Record<string, unknown>;
  for (const key of Object.keys(value).sort()) {
    const item = sortedKeys((value as Record<string, unknown>)[key]);
    Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function withHole(items: unknown[], at: number): unknown[] {
  const copy: unknown[] = new Array<unknown>(items.length);
  items.forEach((item, i) => {
    if (i !== at) copy[i] = item;
  });
  return copy;
}

describe('canonical JSON of a transcript record', () => {
  it('writes exactly what the first implementation wrote, for any JSON-like value', () => {
    const value = fc.anything({
      withNullPrototype: true,
      withSparseArray: true,
      withDate: true,
      withBoxedValues: false,
      withBigInt: false,
      withMap: false,
      withSet: false,
      withTypedArray: false,
      maxDepth: 6,
    });
    fc.assert(
      fc.property(value, (v) => canonicalJson(v) === reference(v)),
      { numRuns: 2000 },
    );
  });

  it('writes the same when keys already come sorted (written natively), for copies the transcript makes too', () => {
    const value = fc.anything({
      withNullPrototype: true,
      withSparseArray: true,
      withDate: true,
      withBoxedValues: true,
      withBigInt: false,
      withMap: true,
      withSet: false,
      withTypedArray: false,
      maxDepth: 6,
    });
    fc.assert(
      fc.property(value, (v) => {
        const sorted = sortedKeys(v);
        const copy = boundedActivity({ type: 'message', value: v });
        return canonicalJson(sorted) === reference(sorted) && canonicalJson(copy) === reference(copy);
      }),
      { numRuns: 2000 },
    );
    // Integer-like keys come first in property order whatever the insertion order: not sorted as
    // strings, so they take the key-by-key path.
    const numeric = { '10': 1, '9': 2, a: { '2': [3, { y: 1, x: 2 }], '11': null } };
    expect(canonicalJson(numeric)).toBe(reference(numeric));
    const withToJson = { a: 1, b: { toJSON: () => 'x', c: 2 }, c: Object.assign([1], { toJSON: () => 0 }) };
    expect(canonicalJson(withToJson)).toBe(reference(withToJson));
  });

  it('keeps hostile keys, unicode, holes, undefined and functions as before', () => {
    const odd = {
      '"quoted"\\': '\u0000\u2028中',
      b: withHole([undefined, () => 1, 0, 1.5e300, -0, NaN], 2),
      a: { z: undefined, y: null, __proto__x: 1 },
      fn: () => 2,
      when: new Date(0),
    };
    expect(canonicalJson(odd)).toBe(reference(odd));
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson({ a: undefined })).toBe('{}');
  });
});

describe('the hash of a transcript record', () => {
  it('is SHA-256 of the canonical JSON of {activity, conversationId, prevHash, seq}, for any text', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('\uD800', '😀', '姓名"\\'),
    );
    fc.assert(
      fc.property(text, fc.nat(), text, text, (conversationId, seq, prevHash, body) => {
        const activity = { type: 'message', text: body, conversation: { id: conversationId } };
        const whole = reference({ activity, conversationId, prevHash, seq });
        const expected = createHash('sha256').update(whole, 'utf8').digest('hex');
        expect(recordHashOf(conversationId, seq, prevHash, canonicalJson(activity))).toBe(expected);
        expect(recordHash({ conversationId, seq, prevHash, activity })).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
