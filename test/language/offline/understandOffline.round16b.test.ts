import { describe, expect, it } from 'vitest';
import { understandOffline } from '../../../src/language/offline/index.js';
import { ctx } from './fixtures.js';

/**
 * Round 16b (conv16b: blind16b's misses), by class: billed on after a subscription or membership
 * was ended, told with the person's own proof; a payment made by phone through our staff, with a
 * reference; a relative who names themselves and the holder, or asks what he owes.
 */
const understand = (text: string) => understandOffline(text, ctx);

describe('billed after cancelling is a dispute, the proof no question about the bank', () => {
  it.each([
    'i cancelled my phone plan in june, got the email to prove it, and they are still charging me every month',
    'we closed the streaming service contract in april but they billed us again this month',
    'they keep charging me since i cancelled it, not paying that',
    '会员三月份就取消了 每个月还在扣钱',
    '自动续费早就关了 停了两个月了 怎么又扣了我30',
  ])('"%s" is a dispute', (text) => {
    expect(understand(text).intent).toBe('dispute');
  });

  it.each(['how can you prove it', 'prove it is really you', 'can you prove that'])(
    '"%s" still asks about the bank',
    (text) => {
      expect(understand(text).intent).toBe('verify_bank');
    },
  );

  it.each(['i cancelled my netflix to save money', 'i want to cancel my gym membership so i can pay you'])(
    '"%s" is no dispute',
    (text) => {
      expect(understand(text).intent).not.toBe('dispute');
    },
  );
});

describe('a payment made by phone through our staff is a claim', () => {
  it.each([
    'paid 180 over the phone with one of your agents on wednesday, why is it still overdue',
    'i made the payment by phone last week and the man gave me a confirmation number',
    'your rep took 90 off my checking, she texted me a reference code',
    '昨天在电话里跟客服还了一千 客服给了我一个受理编号',
  ])('"%s" is already_paid', (text) => {
    expect(understand(text).intent).toBe('already_paid');
  });

  it.each([
    '你们这个客服系统真的气死我了，转了三次人工都没人接！',
    'i want to talk to an agent',
    'can i pay by phone with a rep?',
  ])('"%s" is no payment claim', (text) => {
    expect(understand(text).intent).not.toBe('already_paid');
  });
});

describe('a relative who names themselves and the holder is a third party', () => {
  it.each([
    "Hi, Karen here, John's wife. He's working nights",
    "this is tom, john's brother, he gave me his phone",
    'how far behind is he and how much he owes, i will pay it',
    '我是李娜妹妹 她让我来问问',
    '你好 我叫刘强 是张伟的同事',
    '他一共欠你们多少 我来还',
  ])('"%s" is not_holder', (text) => {
    expect(understand(text).intent).toBe('not_holder');
  });

  it.each([
    "I'm my dad's caregiver now and can't work",
    '我是单亲妈妈 一个人带孩子 真的还不上',
    '我是全职妈妈 没有收入',
    "it's my husband's job that went, we're short",
  ])('"%s" is the holder', (text) => {
    expect(understand(text).intent).not.toBe('not_holder');
  });
});
