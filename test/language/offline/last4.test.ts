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

describe('extractLast4 reads spoken digits with pauses and everyday corrections (issue 14)', () => {
  it.each([
    ['一 二 三 四', '1234'],
    ['一，二，三，四', '1234'],
    ['幺、二、三、四', '1234'],
    ['哎呀记错了，不好意思，应该是1234', '1234'],
    ['啊记错了 是1234', '1234'],
    ['哦哦 我搞错了，是1234', '1234'],
    ['刚才那个不对，1234才对', '1234'],
    ['oh shoot I typed it wrong, 4321', '4321'],
    ['my bad, 4321', '4321'],
    ['oops my mistake, 4321', '4321'],
  ])('reads "%s" as %s', (text, last4) => {
    expect(extractLast4(text)).toBe(last4);
  });

  it.each(['我每月还一二三四', '我记错了还款日，2000块下周还'])('finds none in "%s"', (text) => {
    expect(extractLast4(text)).toBeUndefined();
  });
});
