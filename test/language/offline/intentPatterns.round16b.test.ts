import { describe, expect, it } from 'vitest';
import { DISPUTE, VERIFY_BANK } from '../../../src/language/offline/intentPatterns.js';
import { normalise } from '../../../src/language/offline/normalise.js';

const hits = (patterns: readonly RegExp[], text: string) => patterns.some((re) => re.test(normalise(text)));

describe('billed after cancelling (conv16b)', () => {
  it.each([
    'ended my membership in may and they kept billing me',
    'still charging me after i cancelled',
    '包月套餐上个月退掉了 这个月又扣了',
  ])('"%s" is a dispute', (text) => {
    expect(hits(DISPUTE, text)).toBe(true);
  });

  it.each(['i want to cancel my subscription', 'cancelled my order, can i pay now'])(
    '"%s" is no dispute',
    (text) => {
      expect(hits(DISPUTE, text)).toBe(false);
    },
  );
});

describe("the person's own proof is no question about the bank (conv16b)", () => {
  it.each(['i have the email to prove it', 'i can prove it', "i'll prove it"])('"%s"', (text) => {
    expect(hits(VERIFY_BANK, text)).toBe(false);
  });

  it.each(['prove it', 'how do you prove that', 'prove you are the bank'])('"%s" asks', (text) => {
    expect(hits(VERIFY_BANK, text)).toBe(true);
  });
});
