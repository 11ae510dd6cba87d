import { describe, expect, it } from 'vitest';
import { extractLast4 } from '../../../src/language/offline/index.js';

describe('extractLast4 finds the ID digits people type', () => {
  it.each([
    ['我身份证后四位是1234', '1234'],
    ['1234', '1234'],
    ['last four 4321', '4321'],
    ['后四位：1 2 3 4', '1234'],
    ['后4位1234', '1234'],
    ['last 4 is 4321', '4321'],
    ['It is 4321', '4321'],
    ['身份证后四位是 5678 谢谢', '5678'],
  ])('reads "%s" as %s', (text, last4) => {
    expect(extractLast4(text)).toBe(last4);
  });

  it.each(['2000块', '每个月只能还2000', '我每月还1234', '12345', '123'])('finds none in "%s"', (text) => {
    expect(extractLast4(text)).toBeUndefined();
  });
});
