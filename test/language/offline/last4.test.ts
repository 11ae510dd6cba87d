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

describe('extractLast4 takes the digits given after a correction, once', () => {
  it.each([
    ['1235 不对不对 是1234', '1234'],
    ['4231 no wait 4321', '4321'],
    ['4231 sorry I mean 4321', '4321'],
    ['4231, oops, should be 4321', '4321'],
    ['后四位1235 不对 1234', '1234'],
    ['不对，是1234', '1234'],
    ['那是1234', '1234'],
    ['哦那是1234', '1234'],
    ['一二三五 打错了 一二三四', '1234'],
  ])('reads "%s" as %s', (text, last4) => {
    expect(extractLast4(text)).toBe(last4);
  });

  it.each([
    '不是1234',
    '1234 5678',
    '每月还2000 不对 3000',
    'no I can pay 2000',
    '4231 no wait I lost my card 4321',
  ])('gives nothing for "%s" (a denial, two answers, money, other words)', (text) => {
    expect(extractLast4(text)).toBeUndefined();
  });
});
