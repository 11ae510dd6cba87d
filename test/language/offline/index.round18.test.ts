import { describe, expect, it } from 'vitest';
import { asksDifference, understandOffline } from '../../../src/language/offline/index.js';

/** conv18: how the options differ, asked as people ask it. */
describe('asksDifference', () => {
  it.each([
    "what's the diff between these?",
    'whats the difference between the options',
    'how r they different tho',
    'can u compare them for me? not sure which one',
    'which one is cheaper',
    '这几个方案有什么区别',
    '这几个有啥区别啊',
    '方案1和方案3有什么不一样',
    '它们差别在哪里',
    '能帮我比较一下这几个方案吗',
    '哪个划算',
  ])('"%s" asks it', (text) => {
    expect(asksDifference(text)).toBe(true);
  });

  it.each(['option 2', 'i can do 300 a month', '我想分期', '没什么区别 就选1吧 好', 'what is the minimum'])(
    '"%s" does not',
    (text) => {
      expect(asksDifference(text)).toBe(false);
    },
  );
});

describe('a lone option number between filler words', () => {
  const read = (text: string) =>
    understandOffline(text, { now: new Date('2026-12-06T03:00:00Z'), timeZone: 'UTC', localeHint: 'en' });
  it.each([
    ['ok the 1 then', 1],
    ['fine, 1 pls', 1],
    ['ok 2', 2],
  ] as const)('"%s" chooses option %d, never an amount', (text, option) => {
    const u = read(text);
    expect(u.slots.optionIndex).toBe(option);
    expect(u.slots.amountCents).toBeUndefined();
  });
});
