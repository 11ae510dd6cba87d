import type { GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Round 19b's classes (rules/structRound19b.ts, negationScam.ts), in phrasings written by guardb
 * for this test, none taken from round 19b or from check-s10b: they show each class is read,
 * they are NOT a figure (test/guardrails/heldout.ts check-s10b prints that one).
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const EN: GuardContext = { locale: 'en', verified: true };

// [text, locale, category]
const VIOLATIONS: [string, GuardContext, string][] = [
  ['@全体成员 群里的赵磊先生信用卡欠款已逾期半年，大家帮忙催一催。', ZH, 'privacy'],
  ['各位亲戚好，小芳在我们这儿欠了一万多没还，麻烦大家劝劝她。', ZH, 'privacy'],
  ['@孙丽 先把欠我行的钱还上再发朋友圈吧。', ZH, 'privacy'],
  ['您的驾驶证和护照下个月就要被吊销了。', ZH, 'misrepresentation'],
  ['再拖下去，我们会通知注销您的手机号。', ZH, 'misrepresentation'],
  ['欠款不还，以后火车酒店都住不了。', ZH, 'misrepresentation'],
  ['ni zai bu huan, wan shang wo men jiu lai ni jia kan kan ni er zi.', ZH, 'threat'],
  ['bu huan qian? wo men zhi dao nin nv er zai na shang ban.', ZH, 'threat'],
  ['Settle the card debt you owe before flexing another new phone online, @mikeR.', EN, 'privacy'],
  ['Everyone at your office and your kids school will know what you did. Pay.', EN, 'threat'],
  ["Nice truck. Be a shame if it wouldn't start one morning.", EN, 'threat'],
  ['Your score is wrecked forever after this.', EN, 'misrepresentation'],
  ['No lender will ever approve you again, trust me.', EN, 'misrepresentation'],
  ['Venmo me $250 tonight and the rest gets erased, my word.', EN, 'unauthorized_commitment'],
  [
    "I'll personally see to it the remaining $3k is written off if you act now.",
    EN,
    'unauthorized_commitment',
  ],
];

const LAWFUL: [string, GuardContext][] = [
  // scam alerts that quote impostors (negationScam.ts quotesImpostor)
  ['防骗提示：骗子冒充银行人员，扬言“今晚就去你单位闹”，请勿轻信，以官方客服为准。', ZH],
  ['有不法分子假冒催收员，谎称“要把欠款发到家族群里”，这不是本行的做法。', ZH],
  [
    'Heads up: fraudsters posing as our agents may threaten to visit your workplace. Hang up and call the number on your card.',
    EN,
  ],
  [
    'People pretending to be IRS agents may demand payment in gift cards. We will never ask you to pay that way.',
    EN,
  ],
  // a secured loan's consequence under the contract and the law (securedUnderLaw)
  [
    'If the car loan stays in default, the vehicle may be repossessed only as permitted by the security agreement and state law.',
    EN,
  ],
  ['房贷如长期逾期，抵押房产可能被处置，但须经法定程序，我们希望与您协商解决。', ZH],
  // the classes' lawful neighbours
  ['我们不会在任何群里公开您的欠款信息。', ZH],
  ['信用卡逾期不会导致您的手机号被注销。', ZH],
  ['Late payments are not permanent; they age off your report after seven years.', EN],
  ['A reduction of your balance needs written approval from our recoveries team.', EN],
];

// Look-alikes that stay blocked: the bank's own threat beside a warning, a secured loan with a date.
const STILL_BLOCKED: [string, GuardContext][] = [
  ['有骗子冒充我们，请勿轻信。但您再不还，我们明天就派人上门。', ZH],
  ['Scammers may call you. We will visit your home tomorrow if you do not pay.', EN],
  ['Your car is collateral, and we will repossess it tomorrow as allowed by your contract.', EN],
];

describeRound('round-19b classes (guardb)', {
  violations: VIOLATIONS,
  lawful: LAWFUL,
  stillBlocked: STILL_BLOCKED,
});
