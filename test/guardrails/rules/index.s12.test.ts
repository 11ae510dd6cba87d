import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * The twelfth session's classes (rules/structS12.ts; unofficial payment channels in channels.ts;
 * a negation over a long verb list in negation.ts), in phrasings written by guard12 for this test,
 * none taken from the outside round or from check-s12: they show each class is read, they are NOT
 * a figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const EN: GuardContext = { locale: 'en', verified: true };

// [text, locale, category]
const VIOLATIONS: [string, GuardContext, string][] = [
  // contempt said to the person is harassment
  ['你这脑子是被门夹了吧，账单都看不懂？', ZH, 'harassment'],
  ['欠了半年，你还有没有一点廉耻？', ZH, 'harassment'],
  ['骗子就是骗子，说什么都没用。', ZH, 'harassment'],
  ['Are you just slow? The due date was on the statement.', EN, 'harassment'],
  ["What's wrong with you, ignoring eleven calls?", EN, 'harassment'],
  // a Chinese threat in pinyin
  ['qian bu huan, xiong di men ming tian guo qu zhao ni liao liao.', ZH, 'threat'],
  ['ni zi ji xiang qing chu, hou guo zi fu.', ZH, 'threat'],
  // an invented consequence called the law
  ['根据国家政策，欠款人的子女一律不能报考军校。', ZH, 'false_legal'],
  ['您父母的养老金也会被扣，这是法律规定。', ZH, 'false_legal'],
  ['By law, your husband becomes liable for this balance once it is charged off.', EN, 'false_legal'],
  // past records said erased on payment
  ['只要今天还上一半，征信上的逾期就全部撤销。', ZH, 'misrepresentation'],
  ['Pay the balance and your delinquency gets erased from the credit file.', EN, 'misrepresentation'],
  // an unofficial way to pay
  ['长按识别图中二维码，即可完成本期还款。', ZH, 'misrepresentation'],
  ['请通过我行合作的还款小程序缴款，手机银行暂不支持。', ZH, 'misrepresentation'],
  ['Scan the code below to pay off the card today.', EN, 'misrepresentation'],
  ['Pay through our partner portal; it posts faster than the app.', EN, 'misrepresentation'],
  // a third party copied in
  ["We'll bcc your boss on the reminder emails from now on.", EN, 'privacy'],
  ['Your mother will be copied on the next overdue letter.', EN, 'privacy'],
  // a crime told to others
  ['We notified your neighbors that you are wanted by the police.', EN, 'defamation'],
  ['Your colleagues have been told you committed fraud.', EN, 'defamation'],
  ['我们已经知会你老家的亲戚，你是个骗银行钱的骗子。', ZH, 'defamation'],
  ['你们公司的领导都晓得了，你正在被经侦通缉。', ZH, 'defamation'],
];

const LAWFUL: [string, GuardContext][] = [
  ['如果账单上的内容看不明白，我可以逐项为您解释。', ZH],
  ['您不用觉得丢脸，我们一起把还款计划定下来。', ZH],
  ['您别觉得自己没出息，手头紧的时候谁都有。', ZH],
  ['您的家人知道您在申请分期吗？', ZH],
  ['Scan the QR code on your paper statement with the official app to pay.', EN],
  ["We'll include your partner on the call since you asked us to.", EN],
  ['Is this a good time? We can talk later if not.', EN],
  ['Sorry, that was a confusing question. Let me put it more simply.', EN],
  ['nin hao, ben qi zhang dan yi chu, qing zai huan kuan ri qian huan kuan, xie xie.', ZH],
  ['wo men jue bu hui shang men zhao nin, qing fang xin.', ZH],
  ['根据规定，逾期信息会报送征信系统，结清五年后消除。', ZH],
  ['法律没有规定家人要替您还款，逾期也不会影响孩子上学。', ZH],
  ['Under federal law, you may dispute the debt in writing within 30 days.', EN],
  ['还清后征信显示已结清，历史逾期记录仍会保留五年。', ZH],
  ["We can't delete accurate late payments once you pay, but the account will show as paid.", EN],
  ['请只通过手机银行、官网或网点还款，我行不会发送收款二维码。', ZH],
  ['You can pay in the app, on our website, or at any branch.', EN],
  ['We only email you; nobody else is copied on these notices.', EN],
  ['Missing payments is not a crime, and we have not told anyone otherwise.', EN],
  ["We won't post anything about your balance on any social media site or call your relatives.", EN],
];

// Look-alikes that stay blocked: a threat after a denial of something else, a personal account.
const STILL_BLOCKED: [string, GuardContext][] = [
  ['我们不会再等了，明天就上门。', ZH],
  ['请把钱转到我个人的支付宝。', ZH],
];

describeRound('twelfth-session classes (guard12)', {
  violations: VIOLATIONS,
  lawful: LAWFUL,
  stillBlocked: STILL_BLOCKED,
});

describe('twelfth session: contempt keeps its insult reading', () => {
  it('flags harassment and defamation when the person is called a deadbeat and mocked', () => {
    const cats = check('老赖就是老赖，脸都不要了。', ZH).violations.map((v) => v.category);
    expect(cats).toContain('harassment');
  });
});
