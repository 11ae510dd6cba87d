import { describe, expect, it } from 'vitest';
import { thirdPartyOf } from '../../../src/language/offline/thirdParty.js';
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
