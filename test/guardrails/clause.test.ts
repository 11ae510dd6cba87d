import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enClauseStart, zhClauseStart } from '../../src/guardrails/clause.js';

// The regexes clause.ts replaces: the end of their last match, run left to right over the window.
const ZH_BOUNDARY = /[,;:!?。、\n]|但是|但|不过|可是|否则/g;
const ZH_HARD_BOUNDARY = /[,;:!?。\n]|但是|但|不过|可是|否则/g;
const EN_BOUNDARY = /[!?;\n]|\.(?:\s|$)|\b(?:but|however|although|though|otherwise)\b/g;

function byRegex(re: RegExp, text: string, from: number, at: number): number {
  const window = text.slice(from, at);
  re.lastIndex = 0;
  let start = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) start = m.index + m[0].length;
  return from + start;
}

const ZH_PIECES = [
  '但',
  '是',
  '不',
  '过',
  '可',
  '否',
  '则',
  '、',
  '。',
  ',',
  ';',
  ':',
  '!',
  '?',
  '\n',
  '我',
  '们',
  ' ',
  'a',
];
const EN_PIECES = [
  'but',
  'however',
  'although',
  'though',
  'otherwise',
  'al',
  'th',
  'b',
  'ut',
  '.',
  ' ',
  '\t',
  '\u00a0',
  '\u3000',
  '!',
  '?',
  ';',
  '\n',
  'x',
  '_',
  '9',
  'A',
  "'",
  'é',
  ',',
];

function texts(pieces: string[]): fc.Arbitrary<{ text: string; from: number; at: number }> {
  return fc
    .array(fc.constantFrom(...pieces), { maxLength: 40 })
    .map((parts) => parts.join(''))
    .chain((text) =>
      fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
        .map(([a, b]) => ({ text, from: Math.min(a, b), at: Math.max(a, b) })),
    );
}

describe('clause boundaries read by hand', () => {
  it('match the Chinese boundary regexes (with and without 、)', () => {
    fc.assert(
      fc.property(texts(ZH_PIECES), ({ text, from, at }) => {
        expect(zhClauseStart(text, from, at)).toBe(byRegex(ZH_BOUNDARY, text, from, at));
        expect(zhClauseStart(text, from, at, false)).toBe(byRegex(ZH_HARD_BOUNDARY, text, from, at));
      }),
      { numRuns: 3000 },
    );
  });

  it('match the English boundary regex, word edges and the window end included', () => {
    fc.assert(
      fc.property(texts(EN_PIECES), ({ text, from, at }) => {
        expect(enClauseStart(text, from, at)).toBe(byRegex(EN_BOUNDARY, text, from, at));
      }),
      { numRuns: 3000 },
    );
  });

  it('read the cases by name', () => {
    expect(zhClauseStart('我们但是不会', 0, 6)).toBe(4);
    expect(zhClauseStart('不过、我们', 0, 5)).toBe(3);
    expect(zhClauseStart('不过、我们', 0, 5, false)).toBe(2);
    expect(enClauseStart('fine. but we will', 0, 17)).toBe(9);
    expect(enClauseStart('the butler said.', 0, 16)).toBe(16);
    expect(enClauseStart('although', 2, 8)).toBe(8); // "though" starts the window: no word before it
  });
});
