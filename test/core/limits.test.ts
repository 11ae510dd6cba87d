import { describe, expect, it } from 'vitest';
import { echoed, MAX_JSON_DEPTH, nestedDeeperThan } from '../../src/core/limits.js';

describe('nestedDeeperThan', () => {
  const nest = (n: number): unknown => JSON.parse('['.repeat(n) + ']'.repeat(n));
  it('counts objects and arrays, not scalars', () => {
    expect(nestedDeeperThan('x', 0)).toBe(false);
    expect(nestedDeeperThan({ a: 1 }, 1)).toBe(false);
    expect(nestedDeeperThan({ a: { b: [1] } }, 2)).toBe(true);
    expect(nestedDeeperThan(nest(MAX_JSON_DEPTH))).toBe(false);
    expect(nestedDeeperThan(nest(MAX_JSON_DEPTH + 1))).toBe(true);
  });
  it('walks 100,000 levels without overflowing the stack', () => {
    expect(nestedDeeperThan(nest(100_000))).toBe(true);
    expect(nestedDeeperThan({ wide: Array.from({ length: 100_000 }, () => ({ a: 1 })) })).toBe(false);
  });
});

describe('echoed', () => {
  it('keeps short text and cuts long text to whole characters with an ellipsis', () => {
    expect(echoed('conv-1')).toBe('conv-1');
    expect(echoed('x'.repeat(5000))).toBe(`${'x'.repeat(120)}…`);
    expect(echoed('😀'.repeat(10), 3)).toBe('😀😀😀…'); // never half a surrogate pair
  });
});
