import { describe, expect, it } from 'vitest';
import { extractLast4 } from '../../../src/language/offline/index.js';

/**
 * Round 14 (blind14 verification failures), by class, in the shapes people type. Written before
 * the change and measured once before and once after.
 */
describe('class 1: a cued answer corrected inside the same message: the digits after the correction', () => {
  it.each([
    ['后四位1243 哎不对不对打反了 是1234', '1234'],
    ['身份证后四位2134 哦不对 弄反了 应该是1234', '1234'],
    ['尾号1243，不对不对，打错了，1234', '1234'],
    ['我身份证后四位是1235 哎呀按错了 是1234', '1234'],
    ['last 4 of my ID is 4312.. no wait 4321 sorry', '4321'],
    ['the last four of my social are 4312, no sorry, 4321', '4321'],
    ['my ID ends in 3421 wait no 4321', '4321'],
    ['last 4 is 4312 oops I mean 4321', '4321'],
    ['last four of my ssn: 4312... actually 4321', '4321'],
  ])('reads "%s" as %s', (text, last4) => {
    expect(extractLast4(text)).toBe(last4);
  });
});

describe('class 2: the answer after a short lead ("我的是", "mine is", "that was my wife\'s")', () => {
  it.each([
    ['哦那个是我老婆的 我的是幺二三四', '1234'],
    ['我的是幺二三四', '1234'],
    ['我的是1234', '1234'],
    ['刚才那个是我老公的 我的是1234', '1234'],
    ['不好意思 刚刚那个是我妈的 我自己的是一二三四', '1234'],
    ['那是我爱人的，我的是1234', '1234'],
    ['oh that was my wife’s, mine is 4321', '4321'],
    ["sorry that one's my husband's, mine is 4 3 2 1", '4321'],
    ['mine is 4321', '4321'],
    ['that was my old card, mine is four three two one', '4321'],
  ])('reads "%s" as %s', (text, last4) => {
    expect(extractLast4(text)).toBe(last4);
  });
});

describe('class 3: digits written with emoji or spaces around them', () => {
  it.each([
    ['1️⃣2️⃣3️⃣4️⃣', '1234'],
    ['后四位 1️⃣ 2️⃣ 3️⃣ 4️⃣', '1234'],
    ['1 2 3 4 😅', '1234'],
    ['4️⃣3️⃣2️⃣1️⃣ 🙏', '4321'],
    ['its 4 3 2 1 👍', '4321'],
    ['oh wait its 4 3 2 1 my bad', '4321'],
    ['是 1 2 3 4 哈', '1234'],
    ['😊1234😊', '1234'],
  ])('reads "%s" as %s', (text, last4) => {
    expect(extractLast4(text)).toBe(last4);
  });
});

describe('hard negatives: numbers that are not an ID answer', () => {
  it.each([
    '我每个月能还1234',
    '我12月1号还了1234.57',
    '后四位我不记得了',
    '我老婆的是1234',
    "my wife's is 4321",
    'I don’t remember the last 4',
    '我手机尾号是1234',
    '123',
    '12345',
    '后四位123 不对 12345',
    'I can pay 4321 no wait 500',
    '那个是我老婆的 我的忘了',
    'mine is 2000 dollars a month',
    '我的是每月2000',
    '11月27号那笔2399不是我买的',
    'the charge on nov 22 for $249.99 isn’t mine',
    'call me at 138 1234 5678',
  ])('finds none in "%s"', (text) => {
    expect(extractLast4(text)).toBeUndefined();
  });
});
