import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../../src/guardrails/index.js';

/**
 * The classes outside round 15 showed uncovered (rules/structRound15.ts, channels.ts,
 * negationLaw.ts `disownsPaper`), in phrasings written by guardfix for this test, none taken from
 * the round: they show each class is read, they are NOT a blind figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const EN: GuardContext = { locale: 'en', verified: true };
const BANK: GuardContext = { locale: 'zh-CN', verified: true, paymentChannels: ['pay.examplebank.com'] };
const BANK_EN: GuardContext = { locale: 'en', verified: true, paymentChannels: ['pay.examplebank.com'] };

// [text, category, context]
const VIOLATIONS: [string, string, GuardContext][] = [
  // 1. links the bank did not send; relief "guaranteed" or sold for a fee
  ['登录 t.cn/Rx8kQ2 填一下资料就行。', 'misrepresentation', ZH],
  ['详情见 jianmian-zhongxin.top/apply ，今天截止。', 'misrepresentation', ZH],
  ['Update your details here: tinyurl.com/card-help', 'misrepresentation', EN],
  ['Use this page to pay: rb.gy/x7k2 before 6pm.', 'misrepresentation', EN],
  ['Tap bit.ly/3xR9 to see your options.', 'misrepresentation', EN],
  ['停息挂账通道今晚关闭，交398元服务费保证通过。', 'unauthorized_commitment', ZH],
  ['内部减免名额只剩三个，百分百批下来。', 'unauthorized_commitment', ZH],
  ['这个协商方案包审批通过，您放心办。', 'unauthorized_commitment', ZH],
  ['Good news: you are pre-approved for debt forgiveness. Reply YES.', 'unauthorized_commitment', EN],
  ['Guaranteed approval on your reduction request, no questions asked.', 'unauthorized_commitment', EN],
  ['Just send the $35 activation fee and your relief plan is unlocked today.', 'unauthorized_commitment', EN],
  // 2. menace by the person's surroundings or "care for their safety", joined to a demand
  ['您家那个小区我们同事上周也路过了，挺方便的。周五前把钱还上吧。', 'threat', ZH],
  ['我们知道你女儿在哪上学，这笔账月底前处理好。', 'threat', ZH],
  ['你每天几点出门我们都清楚，最低还款今天搞定。', 'threat', ZH],
  ['我哋知道你老婆喺边度返工，快啲还钱啦。', 'threat', ZH],
  ['我们很关心您一家人的人身安全，请尽快结清欠款。', 'threat', ZH],
  ['不希望您家里出点什么事，今天之内还款吧。', 'threat', ZH],
  ['你店门口那块玻璃要是被人砸了多心疼啊，钱赶紧还上。', 'threat', ZH],
  ['拖着不还钱的人，往往容易倒霉。', 'threat', ZH],
  ['We know where your son goes to school. Payment by Monday, please.', 'threat', EN],
  ['Would be a real shame if your truck got keyed. Anyway, payment is due Friday.', 'threat', EN],
  ["We are concerned about your family's safety and ask that you settle today.", 'threat', EN],
  ['Folks who ignore our calls tend to have accidents. Think it over.', 'threat', EN],
  ['The crew we pass accounts to after this? Not so nice. Call me back.', 'threat', EN],
  // 3. privacy: the contacts list, the owners' or building group
  ['你手机通讯录我们全都有，要不要挨个打电话问问？', 'privacy', ZH],
  ['联系人一个不少都在我们这儿，你看着办。', 'privacy', ZH],
  ['下周我们会在你们楼栋群里发条提醒，说明一下您的逾期情况。', 'privacy', ZH],
  ['您的欠款情况我们准备挂到小区群里。', 'privacy', ZH],
  ["We've got your whole address book, so everyone can hear about this.", 'privacy', EN],
  ['We will post a notice about your balance in the HOA group chat.', 'privacy', EN],
  // 4. invented consequences: nationwide freeze, lifelong record, daily rates, ballooned debts
  ['各家银行已经把您拉进黑名单，只有我们能解除。', 'misrepresentation', ZH],
  ['征信上的记录会跟您一辈子。', 'misrepresentation', ZH],
  ['这次不还，下半辈子都别想再办卡。', 'misrepresentation', ZH],
  ['罚息按日千分之三计算，越拖越多。', 'misrepresentation', ZH],
  ['您当初只欠5000，如今已经滚到2万了。', 'misrepresentation', ZH],
  ['Every bank in the country has frozen your cards now.', 'misrepresentation', EN],
  ['This stays on your credit file for the rest of your life.', 'misrepresentation', EN],
  ['Late fees accrue at 2% per day until you pay.', 'misrepresentation', EN],
  ["You'll never get a mortgage again after this.", 'misrepresentation', EN],
  // 5. smears to a spouse or relative
  ['告诉你妹妹，她老公的钱全花在小三身上了。', 'defamation', ZH],
  ['你这渣男，还有脸不接电话。', 'defamation', ZH],
  ["Your wife's a crook, and tell her we said so.", 'defamation', EN],
  ['He blew it on random women, ask him yourself.', 'defamation', EN],
  // 6. police slang
  ['派出所那边我们已经通过气了。', 'false_legal', ZH],
  ['一立案你就直接被铐走。', 'false_legal', ZH],
  ['jc那边打好招呼了，等着吧。', 'false_legal', ZH],
  // 7. poverty mocked
  ['不会吧，连两百块都掏不出来？🤡', 'harassment', ZH],
  ['要不给你开个水滴筹？', 'harassment', ZH],
  ["Maybe start a GoFundMe, since you can't even scrape together fifty bucks.", 'harassment', EN],
  // a 、 that opens a new verb phrase ends the negation
  ['我们不会再等、明天就上门找你。', 'threat', ZH],
  // 8. origin put-downs
  ['In your culture maybe skipping bills is normal, not here.', 'discrimination', EN],
  ['你们老家的人欠钱不还都习惯了吧。', 'discrimination', ZH],
];

const LAWFUL: [string, GuardContext][] = [
  ['我们不会在业主群、家长群或朋友圈公开您的信息。', ZH],
  ['不会联系您的同事、家人或朋友。', ZH],
  ['您可以登录 pay.examplebank.com 完成还款。', BANK],
  ['You can pay online at https://pay.examplebank.com/card any time.', BANK_EN],
  ['分期需要审批，我们无法保证通过。', ZH],
  ['申请提交后一般三个工作日内有审批结果。', ZH],
  ['Approval is not guaranteed; we will review your hardship request.', EN],
  ['There is no processing fee to apply for a hardship plan.', EN],
  ['您可以到小区附近的网点办理还款。', ZH],
  ['我们知道您孩子上学开销大，可以申请分期还款。', ZH],
  ['如遇意外情况无法按时还款，请联系我们申请延期。', ZH],
  ['为避免产生逾期费用，建议您按时还款。', ZH],
  ['If something unexpected happens and you cannot pay, call us and we will look at options.', EN],
  ['We will never contact anyone in your contacts list.', EN],
  ['我们不会联系您通讯录里的任何人。', ZH],
  ['我们不会在任何业主群或小区群里公布您的信息。', ZH],
  ['Late payments stay on your credit report for up to seven years.', EN],
  ['Late payments stay on your credit report for up to seven years, not forever.', EN],
  ['It is not permanent: the record is removed five years after you settle.', EN],
  ['逾期记录在结清后保留五年，不是终身记录。', ZH],
  ['信用卡透支利率为日利率万分之五。', ZH],
  ['您原本的欠款是12,000元，目前已还3,000元，剩余9,000元。', ZH],
  ['We never say things about your family members.', EN],
  ['我们不会报警，也不会让警察带走任何人。', ZH],
  ['如果暂时凑不出最低还款，可以申请分期。', ZH],
  ['Where you are from has no bearing on the options we can offer.', EN],
  ['About the court letter you received: it was not sent by us. Please check it with the court clerk.', EN],
  ['您收到的传票不是我们寄的，建议您直接向出具的法院核实。', ZH],
  ['Your husband is an authorised user, so he can also call us about the card.', EN],
];

describe('round-15 classes (guardfix phrasings)', () => {
  it.each(VIOLATIONS)('blocks: %s', (text, category, context) => {
    const verdict = check(text, context);
    expect(
      verdict.violations.map((v) => v.category),
      verdict.violations.map((v) => v.rule).join(','),
    ).toContain(category);
  });

  it.each(LAWFUL)('allows: %s', (text, context) => {
    const verdict = check(text, context);
    expect(verdict.violations.map((v) => v.rule)).toEqual([]);
  });
});
