import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropInvisible, hasDigits, maskPii } from '../../src/core/pii.js';

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
