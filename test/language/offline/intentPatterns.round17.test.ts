import { describe, expect, it } from 'vitest';
import { WHAT_NOW } from '../../../src/language/offline/intentPatterns.js';
import { normalise } from '../../../src/language/offline/normalise.js';

/** conv17: "what now" behind an interjection or two. */
describe('what now, behind an interjection', () => {
  const whatNow = (text: string) => WHAT_NOW.some((re) => re.test(normalise(text)));
  it.each([
    '哎 那我现在该怎么办',
    '额 那咋办呢',
    '唉 那怎么办',
    'ugh ok so what do i do now',
    'um so what now',
  ])('"%s" asks what now', (text) => {
    expect(whatNow(text)).toBe(true);
  });

  it.each(['哎 那我现在该怎么还款', 'ugh ok so what is the minimum'])('"%s" does not', (text) => {
    expect(whatNow(text)).toBe(false);
  });
});
