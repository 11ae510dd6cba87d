import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/guardrails/normalise.js';
import { patternReach } from '../../src/guardrails/reach.js';
import { PATTERN_RULES } from '../../src/guardrails/rules/index.js';
import { loadLabelled } from './labelledSet.js';

describe('how far a pattern reads from its match', () => {
  it('adds the longest match, every lookaround and one for a boundary', () => {
    expect(patternReach(/(?<!不)上门(?:催收|拜访)/g)).toBe(1 + 4 + 1);
    expect(patternReach(/\bsue(?: you)?\b/g)).toBe(1 + 7);
    expect(patternReach(/[^。]{0,8}?催收(?=了)/g)).toBe(1 + 10 + 1);
    expect(patternReach(/(?:ab|c){2,3}d?/g)).toBe(1 + 6 + 1);
    expect(patternReach(/\p{Script=Han}{2}/gu)).toBe(1 + 4);
    expect(patternReach(/(?<x>a)\u4e00./g)).toBe(1 + 3);
  });

  it('gives no reach for unbounded, anchored or unusual patterns', () => {
    expect(patternReach(/\bsue\s+you\b/g)).toBeUndefined();
    expect(patternReach(/上门.*催收/g)).toBeUndefined();
    expect(patternReach(/a{2,}/g)).toBeUndefined();
    expect(patternReach(/^上门/g)).toBeUndefined();
    expect(patternReach(/上门$/g)).toBeUndefined();
    expect(patternReach(/(a)\1/g)).toBeUndefined();
    expect(patternReach(/上门/gm)).toBeUndefined();
  });

  it('is never shorter than a match of the rules on the labelled replies', () => {
    const texts = [...loadLabelled(), ...loadLabelled('dev-'), ...loadLabelled('check-')].map(
      (r) => normalise(r.text).text,
    );
    let bounded = 0;
    for (const rule of PATTERN_RULES)
      for (const pattern of rule.patterns) {
        const reach = patternReach(pattern);
        if (reach === undefined) continue;
        bounded++;
        const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        for (const text of texts)
          for (const m of text.matchAll(re)) expect(m[0].length, `${rule.id} ${re.source}`).toBeLessThan(reach);
      }
    expect(bounded).toBeGreaterThan(500);
  }, 60_000);
});
