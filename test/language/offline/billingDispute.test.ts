import { describe, expect, it } from 'vitest';
import { disownsFee, refundMissing } from '../../../src/language/offline/billingDispute.js';
import { disputeKindOf } from '../../../src/language/offline/disputeKind.js';
import { normalise } from '../../../src/language/offline/normalise.js';
import { understandOffline } from '../../../src/language/offline/index.js';

const ctx = { now: new Date('2026-12-01T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const intentOf = (text: string) => understandOffline(text, ctx).intent;

describe('a fee disowned as never agreed or promised away (conv17)', () => {
  it.each([
    '当初办卡个业务员话终身免年费 点解而家又扣我年费 仲有个滞纳金 呢啲我唔认',
    '办卡的时候说好首年免年费 结果第一个月就扣了200',
    '违约金我不认 你们自己去查',
    '凭什么收我滞纳金',
    '利息凭什么扣这么多',
    '我是最后还款日当天就转了 怎么还收了违约金',
    '这笔违约金关我咩事 系你哋系统延迟入账',
    'they told me there was no annual fee. now its on my statement',
    'i never agreed to a late fee like that',
    "that's not what i signed up for, 30 bucks of interest",
    'the finance charge is bogus',
    'i paid on the due date and still got a late fee',
  ])('"%s" disowns a fee', (text) => {
    expect(disownsFee(normalise(text))).toBe(true);
    expect(intentOf(text)).toBe('dispute');
    expect(disputeKindOf(text)).toBe('wrong_amount');
  });

  it.each([
    '违约金是多少',
    '能不能免了年费',
    '年费怎么收的',
    '我以前都按时还款 这个月失业了 违约金能不能免',
    '利息怎么算',
    'whats the late fee',
    'can you waive the late fee',
    'is there a 0% interest plan',
    'i always paid on time until i lost my job, now the interest is killing me',
    'the agent said no interest on the hardship plan right?',
    'i dont agree to that, the interest is too high',
    'nobody told me about the late fee, can you waive it',
    'omg the late fee is a joke 😂 who do I complain to',
  ])('"%s" does not', (text) => {
    expect(disownsFee(normalise(text))).toBe(false);
  });
});

describe('a refund for goods sent back that never reached the card (conv17)', () => {
  it.each([
    '退了一双鞋 商家说原路退回 两个礼拜了还没到账',
    '衣服退了 钱一直没退回卡里',
    '退货退款都成功了 那599还算在账单里',
    '件外套退咗 啲钱仲未返',
    'returned a tv oct 30, store said the $499 refund goes back on the card in 5-7 days. its been a month and its still sitting in my balance',
    'sent the blender back two weeks ago and the credit never showed up',
    'the merchant refunded me but its not on my card',
    'cancelled my hotel booking, refund still pending on my statement after a month',
  ])('"%s" is a refund not credited', (text) => {
    expect(refundMissing(normalise(text))).toBe(true);
    expect(intentOf(text)).toBe('dispute');
    expect(disputeKindOf(text)).toBe('transaction');
  });

  it.each([
    '等退税下来再还',
    '我退休了 没收入',
    '等退款到了我就还你们',
    '东西退了',
    'waiting on my tax refund, then ill pay',
    'waiting for my refund check to come, then i can pay',
    'my payment was returned, can i try again',
    'i returned to work last week so i can pay more now',
  ])('"%s" is not', (text) => {
    expect(refundMissing(normalise(text))).toBe(false);
  });
});
