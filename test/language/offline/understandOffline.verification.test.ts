import { describe, expect, it } from 'vitest';
import { understandOffline } from '../../../src/language/offline/understandOffline.js';

const ctx = { now: new Date('2026-11-28T02:00:00Z'), timeZone: 'Asia/Shanghai' };

describe('ID digits the way people type or say them', () => {
  it.each([
    ['1234 😊', '1234'],
    ['4️⃣3️⃣2️⃣1️⃣', '4321'],
    ['four three two one', '4321'],
    ["it's four three two one", '4321'],
    ['one two three four', '1234'],
    ['一二三四', '1234'],
    ['幺二三四', '1234'],
    ['１２３４', '1234'],
    ['1-2-3-4', '1234'],
    ['12 34!!', '1234'],
    ['my last four: 4.3.2.1', '4321'],
    ['后四位是1 2 3 4', '1234'],
    ['sorry wrong digits, it is 4321', '4321'],
    ['sorry, wrong number, 4321', '4321'],
    ['不好意思打错了，是1234', '1234'],
    ['输错了 应该是1234', '1234'],
    ['ok fine 4321', '4321'],
    ['ugh. whatever, 4321', '4321'],
    ['好吧 1234', '1234'],
    ['行吧，给你 1234', '1234'],
  ])('reads "%s" as ID digits %s', (text, last4) => {
    const u = understandOffline(text, ctx);
    expect(u.intent).toBe('provide_id');
    expect(u.slots.last4).toBe(last4);
  });

  it.each([
    ["I'm his wife", 'not_holder'],
    ['我是他同事', 'not_holder'],
    ['sorry, wrong number', 'not_holder'],
    ['I can pay 200 a month, one two three', 'offer_payment'],
  ])('reads "%s" as %s (a third party by what they say, not by digits)', (text, intent) => {
    expect(understandOffline(text, ctx).intent).toBe(intent);
  });

  it('reads a 60 KB message of digits and spaces in bounded time, with no ID digits from its tail', () => {
    const u = understandOffline('1 '.repeat(30_000), ctx);
    expect(u.intent).not.toBe('distress');
  });
});
