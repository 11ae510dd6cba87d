import { describe, expect, it } from 'vitest';
import { saysPaid, saysPaidThroughStaff } from '../../../src/language/offline/paymentClaim.js';
import { normalise } from '../../../src/language/offline/normalise.js';

describe('a payment made by phone through our staff (conv16b)', () => {
  it.each([
    'paid $120 over the phone with a rep on friday',
    'made a $75 payment by phone yesterday',
    'they took 60 off my card and gave me a confirmation number',
    '打客服电话 让客服从卡里扣了五百',
  ])('"%s" is paid through staff', (text) => {
    expect(saysPaidThroughStaff(normalise(text))).toBe(true);
    expect(saysPaid(normalise(text))).toBe(true);
  });

  it.each(['i have the reference number from the call', '客服给了我一个流水号'])(
    '"%s" is a claim by its reference',
    (text) => {
      expect(saysPaid(normalise(text))).toBe(true);
    },
  );

  it.each([
    'can i pay over the phone?',
    'i want to make a payment by phone',
    '客服系统真烂，转了三次人工',
    '流水号是什么',
  ])('"%s" is no claim through staff', (text) => {
    expect(saysPaidThroughStaff(normalise(text))).toBe(false);
  });
});
