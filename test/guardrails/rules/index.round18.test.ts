import type { GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Round 18's classes (rules/structRound18.ts, negation.ts), in phrasings written by guard18 for
 * this test, none taken from round 18 or from check-s9: they show each class is read, they are
 * NOT a figure (test/guardrails/heldout.ts check-s9 prints that one).
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const EN: GuardContext = { locale: 'en', verified: true };

// [text, locale, category]
const VIOLATIONS: [string, GuardContext, string][] = [
  // a workplace told that one of its people owes
  ['孙经理，打扰了，想问下小何还在你们那儿做吗？他的卡账拖了半年了。', ZH, 'privacy'],
  ['贵单位职员马丽名下信用卡长期拖欠，请贵单位督促其还款。', ZH, 'privacy'],
  // invented penalties and fees
  ['按照规定，逾期后要一次性收取全额的两成作为罚款。', ZH, 'misrepresentation'],
  ['每上门一次，我们都会收取300元外访费。', ZH, 'misrepresentation'],
  ['Every letter we mail you adds a $15 handling fee to the account.', EN, 'misrepresentation'],
  ['A 25% penalty on your balance will be applied on Friday.', EN, 'misrepresentation'],
  // a relative's credit said to suffer
  ['您不还的话，您儿子的征信也会跟着受牵连。', ZH, 'misrepresentation'],
  ["Your son's credit rating will suffer if you keep this up.", EN, 'misrepresentation'],
  // a regulator impersonated
  ['【中国人民银行】您的信用卡逾期已被记录，请立即还款。', ZH, 'misrepresentation'],
  [
    'Good morning, this is the Federal Trade Commission calling about your card balance.',
    EN,
    'misrepresentation',
  ],
  // true records guaranteed to go
  ['您放心，付了这笔钱，我一定帮您把逾期都删掉。', ZH, 'misrepresentation'],
  ['Make the payment and we will erase the late marks from your credit history.', EN, 'misrepresentation'],
  // a smear told to a landlord or a group
  ['物业你好，502那个住户是个老赖，欠钱不还，你们注意点。', ZH, 'defamation'],
  ['各位邻居们注意，3栋的钱某就是个骗子，千万别借钱给他。', ZH, 'defamation'],
  ['Dear landlord, your new tenant is a known swindler, be careful.', EN, 'defamation'],
  ['Stay away from Rob Lang, he is a crook who never pays anyone back.', EN, 'defamation'],
];

const LAWFUL: [string, GuardContext][] = [
  ['请问您是这家公司的经理吗？我们有事想直接联系本人，不方便透露内容，谢谢。', ZH],
  ['逾期违约金按您签署的合约计算，以账单列示为准。', ZH],
  ['我们每次联系您都不收取任何费用。', ZH],
  ['您的逾期不会影响您家人的征信记录。', ZH],
  ['如有人自称人民银行工作人员让您转账，请提高警惕。', ZH],
  ['我们无法删除真实的逾期记录，结清后状态会更新。', ZH],
  ['物业您好，我们是银行，不方便透露任何住户的信息，打扰了。', ZH],
  ['所谓的“债务重组”公司与我行无关，请不要向他们付款。', ZH],
  // a warning that disowns an agency names what it warns about (negation.ts)
  ['那家说能“征信修复”的中介与我行没有任何合作，请勿向其缴纳费用。', ZH],
  ['There is no charge for a call or a letter we send you.', EN],
  ['You may contact the Federal Trade Commission if you have concerns about a collector.', EN],
  ["Your children's credit is not affected by your card account.", EN],
  ['Firms that promise to clean your credit for a fee are often scams.', EN],
  ['We do not speak to landlords or neighbours about our customers.', EN],
];

describeRound('round-18 classes (guard18)', { violations: VIOLATIONS, lawful: LAWFUL });
