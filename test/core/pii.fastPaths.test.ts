import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropInvisible, hasDigits, maskPii, maskPiiByEveryRule } from '../../src/core/pii.js';

// issue 19 item 5: maskPii runs on every message a turn remembers (the person's and each reply);
// a reply without a number to mask still paid a regular expression with lookarounds at every
// position, and counting its digits a match object per digit. The fast paths must answer exactly
// what those expressions answered: both are held to the expressions they replace.

const SEP = String.raw`[ \u00a0\u2000-\u200a\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d.\uff0e\u00b7\u30fb/]`;
/** The expression dropInvisible replaces (pii.ts INVISIBLE), as it was spelled. */
const INVISIBLE = new RegExp(
  String.raw`(?<=\p{Nd}|${SEP})[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+(?=\p{Nd}|${SEP})`,
  'gu',
);
/** The expression hasDigits counted with (pii.ts DIGIT_LIKE), match by match. */
const DIGIT_LIKE = /[\p{Nd}〇零一二三四五六七八九幺]/gu;

function countedByExpression(text: string, n: number): boolean {
  DIGIT_LIKE.lastIndex = 0;
  let count = 0;
  while (DIGIT_LIKE.exec(text) !== null) if (++count >= n) return true;
  return false;
}

/** Text of the pieces the rules care about: digits of several scripts (one outside the BMP),
 * Chinese numerals, separators, invisible characters, lone surrogates and ordinary words. */
const PIECES = [
  '0',
  '1',
  '7',
  '9',
  '０',
  '５',
  '٣',
  '६',
  '\u{1d7d0}',
  '\u{1e952}',
  '一',
  '零',
  '幺',
  '八',
  ' ',
  '-',
  '.',
  '/',
  '\u3000',
  '\u00b7',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\u2060',
  '\u202e',
  '\ud835',
  '\udfd0',
  'X',
  'a',
  '卡号',
  '您好',
  '，',
  '元',
  '\n',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

/** Longer pieces: numbers whole, grouped, dated and read out, as the rules' own tests type them. */
const NUMBERS = [
  '6222020200112233445',
  '110105199001011234',
  '11010519900101123X',
  '110105 19900101 1234',
  '123-45-6789',
  '138 1234 5678',
  '+86 138-1234-5678',
  '(415) 555-0100',
  '+1 415 555 0100',
  '2026-10-24',
  '12,345.67',
  '1,837.75',
  '100.00',
  '1101 0519-9001 0112 34',
  '1 2 3 4 5 6 7 8 9',
  '一三八一二三四五六七八',
  '１３８１２３４５６７８',
  '６２２２',
  '1234',
  '56',
  '7',
  ' - ',
  ', ',
  '：',
];
const mixed = fc
  .array(fc.constantFrom(...PIECES, ...NUMBERS), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('maskPii fast paths answer as the expressions they replace', () => {
  afterEach(() => vi.restoreAllMocks());

  it('dropInvisible: the same text as the lookaround expression, for any text', () => {
    fc.assert(
      fc.property(text, (t) => dropInvisible(t) === t.replace(INVISIBLE, '')),
      { numRuns: 3000 },
    );
  });

  it('hasDigits: the same answer as counting matches, for any text and count', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 12 }),
        (t, n) => hasDigits(t, n) === countedByExpression(t, n),
      ),
      { numRuns: 3000 },
    );
  });

  it('maskPii: what every rule over the whole text masks, for any text', () => {
    fc.assert(
      fc.property(mixed, (t) => maskPii(t) === maskPiiByEveryRule(t)),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(text, (t) => maskPii(t) === maskPiiByEveryRule(t)),
      { numRuns: 2000 },
    );
  });

  it('a reply naming amounts and dates in words runs no rule: no run of seven digits', () => {
    const reply =
      '根据您每月可还 2,000.00 元的情况：分7期，每期 1,837.75 元，末期 1,837.74 元，首期2026年12月30日。';
    maskPii(reply);
    const replace = vi.spyOn(RegExp.prototype, Symbol.replace);
    const masked = maskPii(reply);
    const replaces = replace.mock.calls.length;
    vi.restoreAllMocks();
    expect(masked).toBe(reply);
    expect(replaces).toBe(0);
    // a number of seven digits or more in one run still goes through every rule
    expect(maskPii('尾号 6222020200112233445，共 2,000.00 元')).toBe(
      '尾号 ***************3445，共 2,000.00 元',
    );
  });

  it('a text without invisible characters runs no replace, and its digits make no match objects', () => {
    const reply = '您的还款金额为 1,837.75 元，请于本月还款。';
    maskPii(reply); // each character is read as a digit or not once, then remembered
    const replace = vi.spyOn(RegExp.prototype, Symbol.replace);
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const masked = maskPii(reply);
    const [replaces, execs] = [replace.mock.calls.length, exec.mock.calls.length];
    vi.restoreAllMocks();
    expect(masked).toBe(reply);
    expect(replaces).toBe(0);
    // one test for an invisible character; before, one match object per digit and a last null
    expect(execs).toBe(1);
  });

  it('still drops invisible characters between digits and masks what it masked', () => {
    expect(maskPii('1101\u200b0519\u200b9001\u200b0112\u200b34')).toBe('**************1234');
    expect(maskPii('卡号6222020200112233445')).toBe('卡号***************3445');
    expect(maskPii('a\u200bb 12\u200b34')).toBe('a\u200bb 1234');
  });
});
