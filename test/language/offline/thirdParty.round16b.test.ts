import { describe, expect, it } from 'vitest';
import { standingOf, thirdPartyOf } from '../../../src/language/offline/thirdParty.js';
import { normaliseKeepCase } from '../../../src/language/offline/normalise.js';

const kind = (text: string) => {
  const cased = normaliseKeepCase(text);
  return thirdPartyOf(cased.toLowerCase(), cased);
};

describe('a relative naming themselves before the holder (conv16b)', () => {
  it.each([
    "Hello, this is Anna, John's aunt",
    "Rob here, John's dad",
    "I'm John Smith's neighbour",
    '我是张伟儿子',
    '您好 我叫陈静 是张伟的妻子',
    '她现在欠多少钱',
    'how much she owes right now?',
  ])('"%s" is a relative', (text) => {
    expect(kind(text)).toBe('relative');
  });

  it.each([
    "I'm my mom's carer",
    "this is my son's school fees month",
    '我是独生女儿 要照顾我妈',
    '我是个新手妈妈',
  ])('"%s" is the holder', (text) => {
    expect(kind(text)).toBeUndefined();
  });
});

describe('a relative claiming standing, or typing the possessive without its apostrophe (conv17)', () => {
  it.each([
    'hi im johns wife',
    'its johns gf',
    'hey this is marys hubby',
    'im an authorized user on the card and i handle all the money in our house',
    "I'm the additional cardholder, what's owed",
    'i have power of attorney for him',
    'my wife is the primary cardholder',
    '我是附属卡持卡人',
    '我用的是他的副卡',
    '我手上有他的委托书',
    '他欠的就是我欠的',
  ])('"%s" is a relative', (text) => {
    expect(kind(text)).toBe('relative');
  });

  it.each([
    'my wife is an authorized user on my card',
    "I'm the primary cardholder",
    "she's the main reason im behind",
    'its moms birthday so money is tight',
    '我有一张副卡在我老婆那',
    '我是主卡持卡人',
  ])('"%s" is the holder', (text) => {
    expect(kind(text)).toBeUndefined();
  });
});

describe('standingOf: what a relative brings beside the relation (conv17)', () => {
  const standing = (text: string) => standingOf(normaliseKeepCase(text).toLowerCase());
  it.each([
    ['im an authorized user on the card', 'authority'],
    ['i have power of attorney for him', 'authority'],
    ['我是附属卡持卡人', 'authority'],
    ['我爸中风住院了 说不了话', 'unwell'],
    ['my husband is in the hospital and i have power of attorney', 'unwell'],
    ["I'm his sister", undefined],
  ] as const)('"%s" → %s', (text, want) => {
    expect(standing(text)).toBe(want);
  });
});
