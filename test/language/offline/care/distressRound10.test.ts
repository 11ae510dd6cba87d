import { describe, expect, it } from 'vitest';
import { assessCare, assessCareWith } from '../../../../src/language/offline/care/index.js';
import { DISTRESS_THRESHOLD } from '../../../../src/language/offline/care/distressModel.js';

/**
 * The round-10 classes (distressRound10.ts): each with phrasings of its own (not the items of
 * any set it was written from) and everyday twins in the same words.
 */
const DISTRESS: readonly string[] = [
  // the debt after one's own death, asked with a plan
  '要是我死了，这笔钱会不会落到我儿子头上？我得问清楚再走',
  'if i die does the balance go to my husband? asking for me, not a friend',
  // not a problem much longer, nothing to worry about after a day
  '等到下周我就不用再操心这些事了，你们也是',
  "the card won't be a problem for much longer, don't worry about it",
  // if I can't pay, you'll never have to chase me again
  '这期再还不起，你们以后永远不用再催了',
  "if i can't make the payment you will never have to call me again, believe me",
  // insurance pays faster than the holder could
  'my life insurance pays out quicker than i ever could, think about that',
  // things given away, the card the last thing left
  'gave my bike and my books to my cousin, this card is the last thing i own',
  '电脑送给同事了，东西都分完了，就剩你们这张卡',
  'honestly so tired of existing',
  "i won't be a problem for much longer, i've paid what i could",
  "there's no next year for me, don't bother",
  '别算了，我已经没有明天了',
  // thanks, and never bothering anyone again
  '谢谢你们一直客客气气的，往后再也不麻烦你们了',
  "thanks for listening. i won't be bothering anyone again",
  'tied a noose last night, not the wedding kind of knot',
  '阎王那边应该不催债吧，我马上就知道了',
  '欠你们的这些钱，下辈子再还吧',
  'tell my sister none of this was her fault',
  'dont bother calling on friday',
  '衣服都整理好了，房间也收拾干净了',
];

const ORDINARY: readonly string[] = [
  '我爸去世了，他的卡会不会找我？我想先弄清楚再去办手续，律师让我问的',
  'if i die does my wife inherit this? just doing estate planning with our lawyer',
  '过了这个周末我就不用再操心了，工资到账就全还清',
  "the card won't be an issue after friday, that's payday",
  '这期还不起的话你们也别再打了，我会申请破产',
  'gave my bike to my cousin because i bought a new one',
  "thanks, i won't be bothering you again now that it's paid in full",
  '谢谢你们，以后就不打扰了，下个月开始自动还款',
  'my brother tied the knot last weekend, that was the wedding charge',
  '这笔钱下辈子都还不完哈哈，先还最低吧',
  "don't bother calling on friday, i'm at work, email me",
  '衣服都叠好了，房间也收拾干净了，明天搬家',
  'if you call my sister again i will file a complaint',
  "i spent like there's no tomorrow last christmas, now i need a plan",
  '那阵子花钱像没有明天一样，现在想分期',
  '谢谢这些年对我的照顾，我要出国了，卡先销户',
  "thanks for sorting the dispute, i won't be bothering you again",
  '谢谢，问题解决了，以后就不打扰了',
  'my life insurance pays out more than i earn in a year, is that taxable',
  "the card won't be a problem for much longer, i'm selling my car",
  'gave my old car to my son, the card is the last thing left to pay off',
];

describe('the round-10 distress classes', () => {
  it.each(DISTRESS)('hears distress in: %s', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each(ORDINARY)('reads everyday talk in the same words: %s', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });

  it('reads a method said by the writer as the writer’s, whoever else the message names', () => {
    expect(assessCare("if you ring my dad again i'll jump off the bridge").distress).toBe(true);
    expect(assessCare('my dad jumped off the bridge in the news story, so awful').distress).toBe(false);
  });

  it('reads idioms and news in words of dying as everyday talk, and the same words said of oneself as distress', () => {
    for (const text of [
      '这罚息真是要我的命，帮我查查怎么算的',
      '我们小区有个人上周跳河了，大家都很难过',
      'bought a rope ladder for the kids treehouse, that is the hardware store charge',
      "i'd rather die than borrow from my brother, i'm doing overtime, give me until the 15th",
    ])
      expect(assessCare(text).distress, text).toBe(false);
    for (const text of [
      '你们这是要我的命吧，还不上我就去死',
      "i'd rather die than face my kids with this debt",
      '我们都别活了，我先跳楼',
    ])
      expect(assessCare(text).distress, text).toBe(true);
  });

  it('does not take thanks for looking after someone as caring for family', () => {
    expect(assessCare('谢谢你们这几年的照顾').hardship).toBeUndefined();
    expect(assessCare('我在家照顾我妈，没法上班').hardship).toBe('caring');
  });

  it('hears one sentence of ending in a long message about payments, when that sentence alone is surer than the bar by a margin', () => {
    // A scorer that knows one short sentence only: the whole message reads as nothing.
    const sure = (score: number) => (compact: string) =>
      compact.length < 40 && compact.includes('sentinel words') ? score : -5;
    const message =
      'I can pay fifty dollars on the first of the month and the rest later. Sentinel words here.';
    expect(assessCareWith(message, sure(DISTRESS_THRESHOLD + 1))).toMatchObject({
      distress: true,
      distressBy: 'model',
      concern: false,
    });
    expect(assessCareWith(message, sure(DISTRESS_THRESHOLD + 0.3)).distress).toBe(false);
    expect(assessCareWith('Sentinel words here.', sure(DISTRESS_THRESHOLD + 0.3)).distress).toBe(true);
  });
});
