import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Round 20b's classes (rules/structRound20b.ts; the summons advice in negationLaw.ts, the number
 * on the back of the card in disclosure.ts), in phrasings written by guard11b for this test, none
 * taken from round 20b: they show each class is read, they are NOT a figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const EN: GuardContext = { locale: 'en', verified: true };

// [text, locale, category]
const VIOLATIONS: [string, GuardContext, string][] = [
  // a threat to expose the person is a threat, not only a privacy breach
  ['再不还钱，我们就把你欠债的事印成传单发到你们村里每一户。', ZH, 'threat'],
  ['月底前还不上，我们马上把你的身份证照片挂到网上去。', ZH, 'threat'],
  ['拖着不还？那我们就把你的欠款截图发到你公司的群里。', ZH, 'threat'],
  ['Pay today or I will make sure all your Instagram followers know you are dodging a debt.', EN, 'threat'],
  [
    "Ignore this again and we're going to post your unpaid balance on Facebook for your friends to see.",
    EN,
    'threat',
  ],
  [
    "We'll tell every one of your coworkers about the money you owe if this isn't paid by Friday.",
    EN,
    'threat',
  ],
  // an insult said to the person is harassment as well as defamation
  ['你就是个废物，欠钱不还还有脸接电话？', ZH, 'harassment'],
  ['像你这样的人活着纯属浪费粮食。', ZH, 'harassment'],
  ['你这种人也配用信用卡？', ZH, 'harassment'],
  ['pay up you lazy deadbeat', EN, 'harassment'],
  ["Honestly you're such a waste of space, just pay the bill.", EN, 'harassment'],
  ['everyone knows ur just worthless, stop hiding', EN, 'harassment'],
  // police said to take the person in, accounts said frozen, prison years as a threat
  ['明天上午不还款，公安民警就上门把你带走配合调查。', ZH, 'false_legal'],
  ['今晚之前不处理，警察会过来带你回派出所做笔录。', ZH, 'false_legal'],
  ['您名下的储蓄卡和支付宝账户已经被冻结，结清欠款后方可解冻。', ZH, 'false_legal'],
  ['你的微信钱包将被司法冻结，直到还清为止。', ZH, 'false_legal'],
  ['你欠的这个数，足够判你五年了，好好想想。', ZH, 'false_legal'],
  ['Your bank and PayPal accounts will be frozen until this balance is cleared.', EN, 'false_legal'],
  ['That amount is enough to put you in prison for three years, think about it.', EN, 'false_legal'],
];

const LAWFUL: [string, GuardContext][] = [
  // exposure's lawful neighbours
  ['我们不会把您的欠款信息发到任何群里，也不会告诉您的同事。', ZH],
  ['我们会把本月电子账单发到您预留的邮箱。', ZH],
  ['我们会把还款提醒短信发到您本人的手机上。', ZH],
  ['We will never tell your friends, neighbours or coworkers about this account.', EN],
  ['You can share our free budgeting guide with friends and family.', EN],
  ['Let us know if your neighbours received a letter meant for you.', EN],
  // insults' lawful neighbours
  ['如收到自称我行的中奖信息，那就是垃圾短信，请直接删除。', ZH],
  ['请不要浪费时间排队，可以在手机银行直接办理分期。', ZH],
  ["You're not lazy; money trouble can happen to anyone.", EN],
  ["Nobody has the right to call you names over a debt; you're protected by law.", EN],
  // lawful talk of the police, of frozen cards and of the law
  ['如您发现有人冒充我行催收，可拨打110或到派出所报案。', ZH],
  ['为保障资金安全，您的信用卡已临时止付，还款后可申请恢复使用。', ZH],
  ['若银行卡被盗刷，您可以第一时间申请冻结银行卡。', ZH],
  ['Your checking account is not affected by this card balance.', EN],
  ['Your debit card is frozen? Call the number on the back to unlock it.', EN],
  // the summons advice and the agent's staff number (negationLaw.ts, disclosure.ts)
  ['如果您收到法院传票，请按时应诉，您有权委托律师或申请法律援助。', ZH],
  [
    "If you've gotten court papers about this card, answer them before the deadline; a lawyer or legal aid can help.",
    EN,
  ],
  ['If you have received a summons, respond on time. Legal aid offices can advise you for free.', EN],
  ['我是本行客服，工号B2207，您可以拨打信用卡背面的客服号码核实我的身份。', ZH],
  ['为确认来电真实，您可致电卡片背面的号码，转接我的工号。', ZH],
];

// Look-alikes that stay blocked: a request for the card's code, a summons with a threat, a relay.
const STILL_BLOCKED: [string, GuardContext][] = [
  ['请把卡片背面的三位数字告诉我，以便核实身份。', ZH],
  ['If you received a summons, pay today or you will be arrested.', EN],
  ['麻烦转告他本人尽快给我们回电话。', ZH],
];

describeRound('round-20b classes (guard11b)', {
  violations: VIOLATIONS,
  lawful: LAWFUL,
  stillBlocked: STILL_BLOCKED,
});

describe('round-20b: an exposure threat keeps its privacy reading', () => {
  it('flags both threat and privacy when a debt is put on a noticeboard', () => {
    const cats = check('不还钱就把你的欠款贴到小区公告栏上。', ZH).violations.map((v) => v.category);
    expect(cats).toEqual(expect.arrayContaining(['threat', 'privacy']));
  });
});
