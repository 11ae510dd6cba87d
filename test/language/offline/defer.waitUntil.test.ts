import { describe, expect, it } from 'vitest';
import { asksToWaitUntil } from '../../../src/language/offline/defer.js';
import { normalise } from '../../../src/language/offline/normalise.js';

/** conv15: waiting for things to pick up before paying. */
describe('a wait until things pick up', () => {
  it.each([
    '那能不能等厂里开工了我再还',
    '等我找到工作再还',
    '等孩子出院了我再慢慢还 行不行',
    'can this wait till i find something new?',
    "i'll pay it back once i find work",
    'could it wait until i get back on my feet',
  ])('"%s" asks to wait', (text) => {
    expect(asksToWaitUntil(normalise(text))).toBe(true);
  });

  it.each(['我下周五还', '每个月还500', 'i can pay 200 on friday', '等一下', 'wait what'])(
    '"%s" does not',
    (text) => {
      expect(asksToWaitUntil(normalise(text))).toBe(false);
    },
  );
});

/** conv17: a pause asked in other words, after a hardship. */
describe('a pause asked for', () => {
  it.each([
    '能不能先缓一缓',
    '能暂停还款吗😢',
    '先停几个月行吗',
    'can we pause the payments for a couple months',
    'can i put it on hold til im better',
    'is there a payment holiday',
  ])('"%s" asks to wait', (text) => {
    expect(asksToWaitUntil(normalise(text))).toBe(true);
  });

  it.each(['缓解一下压力', 'hold on a sec', 'pause', 'i put the card in a drawer'])(
    '"%s" does not',
    (text) => {
      expect(asksToWaitUntil(normalise(text))).toBe(false);
    },
  );
});
