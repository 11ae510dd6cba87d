import { describe, expect, it } from 'vitest';
import { HAN_T2S, toSimplified } from '../../src/guardrails/t2s.js';
import { buildT2sMap, t2sPairs } from '../../src/guardrails/t2sBuild.js';
import { T2S_PAIRS } from '../../src/guardrails/t2sTable.js';

describe('traditional to simplified table', () => {
  it('is the committed table opencc-js builds today (regenerate with npx tsx src/guardrails/t2sGenerate.ts)', () => {
    // Compared as a boolean: a failing diff of 6,000 characters would bury the message.
    expect(T2S_PAIRS === t2sPairs()).toBe(true);
  });

  it('folds every character opencc-js folds, astral ones included, and leaves simplified ones', () => {
    const map = buildT2sMap();
    for (const [from, to] of map) expect(toSimplified(from)).toBe(to);
    expect(String.fromCodePoint(toSimplified('賴'.codePointAt(0) ?? 0))).toBe('赖');
    expect(String.fromCodePoint(toSimplified('么'.codePointAt(0) ?? 0))).toBe('么');
    expect(HAN_T2S['這'.charCodeAt(0) - 0x4e00]).toBe('这'.charCodeAt(0));
  });
});
