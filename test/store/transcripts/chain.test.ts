import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/store/transcripts/chain.js';

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
