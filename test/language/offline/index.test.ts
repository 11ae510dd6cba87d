import { describe, expect, it } from 'vitest';
import { asksBrief, saysNoMoney } from '../../../src/language/offline/index.js';

/** "Keep it short" (issue 14, understand8): a how-to-pay question asked in a hurry gets one line. */
describe('asksBrief', () => {
  it.each([
    '长话短说 钱咋还',
    '简单点说，怎么还款',
    '说重点，在哪还',
    '我赶时间，怎么还钱',
    '手机快没电了 怎么还',
    '手机没电了，快告诉我还款方式',
    'keep it brief pls, how do i pay',
    'Keep it short: how do I pay?',
    'quick q - how do i pay',
    'short version please, where do i send the money',
    "I'm in a hurry, how do I pay",
    'tl;dr how do i pay',
    'my phone is dying, how do i pay',
    "battery's almost dead, payment methods?",
  ])('"%s" asks for it short', (text) => {
    expect(asksBrief(text)).toBe(true);
  });

  it.each([
    '怎么还款',
    '我到底怎么还钱啊？有没有什么渠道',
    '还款方式有哪些，详细说说',
    '简单问一下，你们是哪家银行',
    'How do I actually pay? Is there a number to call?',
    'how do i pay, can you walk me through all the options',
    'the short answer is I cannot pay this month',
    'this is a quick payment question for later',
  ])('"%s" does not', (text) => {
    expect(asksBrief(text)).toBe(false);
  });

  it('reads only the head of a long message (bounded work)', () => {
    expect(asksBrief(`${'怎么还款 '.repeat(600)}长话短说`)).toBe(false);
  });
});

/** "No money" (understand8): not able rather than not willing, heard without consequences. */
describe('saysNoMoney', () => {
  it.each([
    '我没钱',
    '我手上真没钱',
    '这个月没钱了',
    '一分钱都没有',
    '我没有什么钱',
    "i'm broke",
    'i have no money',
    'i dont have any money man',
  ])('"%s" says there is no money', (text) => {
    expect(saysNoMoney(text)).toBe(true);
  });

  it.each(['我有钱', '有钱了就还', '我有没钱都要还', 'i have money now', 'i will pay when i have the money'])(
    '"%s" does not',
    (text) => {
      expect(saysNoMoney(text)).toBe(false);
    },
  );
});
