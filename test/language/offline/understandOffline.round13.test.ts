import { describe, expect, it } from 'vitest';
import { paidVia } from '../../../src/language/offline/paymentClaim.js';
import { understandOffline } from '../../../src/language/offline/index.js';
import { extractLast4 } from '../../../src/language/offline/last4.js';
import { ctx } from './fixtures.js';

/**
 * Classes the outside conversations of round 12 (seen since session 8) and our own13 set showed
 * missing, written by class with phrasings other than the scenarios', and the look-alikes that must
 * keep another reading.
 */
const intent = (text: string): string => understandOffline(text, ctx).intent;

describe('a payment said the way people say it is a payment claim', () => {
  it.each([
    '钱早打过去了 你们查查',
    '这期的上周就还上了',
    '俺媳妇前两天给整过去了',
    '自动还款那天就扣了 你们怎么还说我逾期',
    '你们是不是没收到啊 我转账了',
    'i transfered it over already, did you guys not get it',
    'the payment went through on tuesday',
    'my money order was mailed last week',
    'autopay pulled it out of my checking on the 3rd',
    'did u not see my payment',
  ])('"%s"', (text) => {
    expect(intent(text)).toBe('already_paid');
  });

  it.each([
    ['我已经没钱还了', 'already_paid'],
    ['电话打过去了没人接', 'already_paid'],
    ['今天把欠朋友的钱都还了，下个月轮到你们', 'already_paid'],
  ])('and not "%s"', (text, not) => {
    expect(intent(text)).not.toBe(not);
  });

  it('takes the day said with no paying verb as the day paid ("the money went out yesterday")', () => {
    expect(understandOffline('the money left my account yesterday, it went out fine', ctx).slots.date).toBe(
      '2026-11-27',
    );
  });

  it.each([
    ['我是农行转的 昨天就转了', 'abc'],
    ['用云闪付还的', 'unionpay'],
    ['paid by check last week', 'check'],
    ['sent it with zelle', 'zelle'],
    ['i paid already', undefined],
  ])('names the channel of "%s" from a closed list', (text, via) => {
    expect(paidVia(text)).toBe(via);
  });
});

describe('someone claiming to be the bank who asked for money is a scam question, not a legal one', () => {
  it.each([
    '有个男的打电话说是银行法务 让我今天转到他指定的私人账户 不然就起诉抓我',
    '有人加我QQ说是你们客服 让我扫二维码还款 靠谱吗',
    '对方自称是法院的 说要冻结我的卡 让我交保证金到他账户',
    'this dude called from a random number saying hes from the bank, wants me to buy gift cards to clear my debt??',
    'got an email claiming to be your fraud department asking me to wire the balance to a new account. was that you',
    'some guy texted me saying the sheriff is coming unless i pay him on cash app tonight. is this real',
  ])('"%s"', (text) => {
    expect(intent(text)).toBe('verify_bank');
  });

  it.each([
    ['will you have me arrested if i dont pay', 'ask_legal'],
    ['你们会不会起诉我', 'ask_legal'],
    ['someone called me yesterday about my card, I paid it already', 'already_paid'],
  ])('but "%s" keeps its reading', (text, expected) => {
    expect(intent(text)).toBe(expected);
  });
});

describe('a correction of the ID digits is read as the new answer', () => {
  it.each([
    ['wrong card sorry, 4321', '4321'],
    ['fat fingered it, 4321', '4321'],
    ['刚刚说错了 是1234', '1234'],
    ['弄反了 应该是1234', '1234'],
    ['哦那是卡号 1234', '1234'],
  ])('"%s" → %s', (text, last4) => {
    expect(extractLast4(text)).toBe(last4);
  });

  it('never reads an amount with words around it as a correction', () => {
    expect(extractLast4('sorry I can only do 2000 a month')).toBeUndefined();
  });
});

describe('asking for time is deferring, never an offer or a refusal', () => {
  it.each([
    '让我再合计合计',
    '我回去跟我爸妈商量一下',
    '晚些再联系你们',
    '改天再聊吧',
    'gonna think it over',
    "i'll get back to u tmrw",
    'need some time to think',
    'let me check with my wife and come back to you',
  ])('"%s"', (text) => {
    expect(intent(text)).toBe('defer');
  });

  it.each([
    ['我考虑一下分12期', 'offer_payment'],
    ['你们考虑一下我的情况 能不能减免', 'request_waiver'],
    ['i can do 200 a month, let me know', 'offer_payment'],
  ])('but "%s" is %s', (text, expected) => {
    expect(intent(text)).toBe(expected);
  });

  it('finding a way to pay is not deferring ("我想想办法这个月还上")', () => {
    expect(intent('我想想办法这个月还上')).not.toBe('defer');
  });
});

describe('part payment and how to pay', () => {
  it.each([
    '我先还点 手机上怎么弄',
    '还款的话用啥渠道',
    'can i pay part of it now? how do i do that',
    'can i even pay on my phone',
  ])('"%s" asks how to pay', (text) => {
    expect(intent(text)).toBe('ask_how_to_pay');
  });

  it.each(['先还一部分行吗', '能不能先还点', 'can i pay some of it first'])(
    '"%s" is never the whole balance at once',
    (text) => {
      expect(understandOffline(text, ctx).slots.period).toBeUndefined();
    },
  );
});

describe('a person and a dispute, said unusually', () => {
  it.each([
    '有没有喘气的',
    '给我找个能说话的真人',
    '帮我转一下你们的专员',
    'is there someone who actually works for the bank',
  ])('"%s" asks for a person', (text) => {
    expect(intent(text)).toBe('request_human');
  });

  it.each([
    '有笔消费是境外的 可我从来没出过国',
    '我买的东西没收到货 还扣了我钱',
    'the gym charge isnt me, I cancelled the membership',
    'the tv never arrived but im being charged for it',
    '账单这个金额对不上',
  ])('"%s" disputes', (text) => {
    expect(intent(text)).toBe('dispute');
  });
});

/** Classes own13b (written after the first rules, run once: 9/24) showed missing, with other phrasings. */
describe('after own13b', () => {
  it.each([
    ['前两天我把这期的给交了', 'already_paid'],
    ['i made the payment monday, i have the confirmation number', 'already_paid'],
    ['有人打电话说受你们委托 让我转到他们公司账户 是真的不', 'verify_bank'],
    [
      'guy on the phone says he works for your bank, wants me to settle for half in crypto. real?',
      'verify_bank',
    ],
    ['received a text with a link to log in and pay, is that you', 'verify_bank'],
    ['let me go over my budget and circle back', 'defer'],
    ["can't deal with it right now, maybe later", 'defer'],
    ['商品早退货了 你们怎么还算我的欠款', 'dispute'],
    ['this hotel charge was double billed', 'dispute'],
    ['叫你们负责的来跟我说', 'request_human'],
    ['can somebody call me, I want to talk with your staff', 'request_human'],
  ])('"%s" is %s', (text, expected) => {
    expect(intent(text)).toBe(expected);
  });

  it.each([
    ['哎输错了 1234 这回对', '1234'],
    ['不是二一 是一二 一二三四', '1234'],
    ['swapped two, 4321', '4321'],
  ])('"%s" corrects to %s', (text, last4) => {
    expect(extractLast4(text)).toBe(last4);
  });
});
