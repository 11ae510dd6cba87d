import { describe, expect, it } from 'vitest';
import { lookbehindLast } from '../../src/guardrails/lookbehindLast.js';
import { PATTERN_RULES } from '../../src/guardrails/rules/index.js';
import { STRUCTURAL_CHECKS } from '../../src/guardrails/structure.js';
import { corpusTexts } from './corpusTexts.js';

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`);
}

describe('long leading look-behinds read last', () => {
  it('looks ahead for the rest of each alternative that opens on a long look-behind', () => {
    expect(lookbehindLast(/(?<!\bif\b[^.!?]{0,40})\bwipe\b|\bclean\b/g).source).toBe(
      String.raw`(?=\bwipe\b)(?<!\bif\b[^.!?]{0,40})\bwipe\b|\bclean\b`,
    );
    expect(lookbehindLast(/x|(?<!no\s+)(?<![a-z])\bsue\b/g).source).toBe(
      String.raw`x|(?=\bsue\b)(?<!no\s+)(?<![a-z])\bsue\b`,
    );
    // A rest whose words open inside a group (false_legal.court's "sue|lawsuit|legal action").
    expect(lookbehindLast(/(?<!\bnothing\b[^.!?]{0,30})(?:\bsue\b|\blawsuit\b)|\bcourt\b/g).source).toBe(
      String.raw`(?=(?:\bsue\b|\blawsuit\b))(?<!\bnothing\b[^.!?]{0,30})(?:\bsue\b|\blawsuit\b)|\bcourt\b`,
    );
  });

  it('leaves short look-behinds, Chinese rests, back references and quantified lookarounds alone', () => {
    for (const re of [
      /(?<![a-z*_#])\bsue\b/g,
      /(?<!\b(?:stop|quit) )\bcall\b/g,
      /(?<!如果[^。]{0,30})起诉/g,
      /(?<!if[^.]{0,30})\b(a)\1/g,
      /(?<!if[^.]{0,30})\bsue\b/gu,
      /\bsue\b(?<!if[^.]{0,30})/g,
    ])
      expect(lookbehindLast(re)).toBe(re);
  });

  it('matches exactly what the originals match on every project text', { timeout: 120_000 }, () => {
    const regexes = [
      ...PATTERN_RULES.flatMap((r) => r.patterns),
      ...STRUCTURAL_CHECKS.flatMap((c) => [...c.acts, ...(c.needs ? [c.needs] : [])]),
    ];
    const moved = regexes.map((re) => [re, lookbehindLast(re)] as const).filter(([re, m]) => re !== m);
    expect(moved.length).toBeGreaterThan(4);
    // Training lines, labelled and bench replies (corpusTexts.ts).
    const texts = corpusTexts();
    const wrong: string[] = [];
    for (const [re, m] of moved)
      for (const text of texts)
        if (matches(re, text).join(',') !== matches(m, text).join(',')) {
          wrong.push(`${re.source.slice(0, 60)} on ${text.slice(0, 40)}`);
          break;
        }
    expect(wrong).toEqual([]);
  });
});
