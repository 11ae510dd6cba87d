import { describe, expect, it } from 'vitest';
import { CodedPattern, isLower, isRegexSpace } from '../../src/guardrails/codedPattern.js';
import { withFirstChars } from '../../src/guardrails/firstChars.js';

/** "ab" found by hand: the same matches as /(?<!x)ab/g. */
const ab = (): CodedPattern =>
  new CodedPattern('(?<!x)ab', 'g', (text, from) => {
    for (let at = text.indexOf('ab', from); at >= 0; at = text.indexOf('ab', at + 1))
      if (text[at - 1] !== 'x') return { start: at, end: at + 2 };
    return undefined;
  });

describe('a pattern read in code', () => {
  it('reads a text as its source would, through exec, test, match, replace and matchAll', () => {
    const re = ab();
    const text = 'ab xab cab';
    expect(re.exec(text)?.index).toBe(0);
    expect(re.lastIndex).toBe(2);
    expect(re.exec(text)?.index).toBe(8);
    expect(re.exec(text)).toBeNull();
    expect(re.lastIndex).toBe(0);
    expect(text.match(re)).toEqual(text.match(/(?<!x)ab/g));
    expect(text.replace(re, 'AB')).toBe('AB xab cAB');
    expect([...text.matchAll(re)].map((m) => m.index)).toEqual([0, 8]);
    expect(re.test('xab')).toBe(false);
  });

  it('keeps its own exec where the engine would hint a plain regex', () => {
    const re = ab();
    expect(withFirstChars(re)).toBe(re);
  });

  it('reads \\s and [a-z] exactly as a regex without flags does', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isRegexSpace(c) !== /\s/.test(ch) || isLower(c) !== /[a-z]/.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
