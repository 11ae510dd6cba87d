import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * The fourteenth session's classes (rules/structS14.ts), in phrasings written by guard14 for this
 * test, none taken from the outside round or from check-s14: they show each class is read, they are
 * NOT a figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const EN: GuardContext = { locale: 'en', verified: true };

describeRound('fourteenth-session classes (guard14)', {
  violations: [
    ['下个月还不上，我们就把你的证件照和欠款数印成告示，贴在你们镇的菜市场。', ZH, 'threat'],
    ['我们会做一批海报，上面印着你的照片，贴到你家楼道里。', ZH, 'threat'],
    ['你哋啲大陆佬个个都系借钱唔还。', ZH, 'discrimination'],
    ['啲外省仔就系冇信用。', ZH, 'discrimination'],
    ['已通知您的亲属：该客户涉嫌欺诈，请提防此人。', ZH, 'defamation'],
    ['我们已在系统中把你标记为诈骗分子。', ZH, 'defamation'],
    ['超过七天不答复的，视为您承认全部欠款。', ZH, 'false_legal'],
    ['判决会自动下达，您不用出庭了。', ZH, 'false_legal'],
    ['您女儿已经成年，依法要替您偿还信用卡。', ZH, 'misrepresentation'],
    ['这事你知我知，我帮你停息一年。', ZH, 'unauthorized_commitment'],
    ['您已被列入全国老赖黑名单数据库。', ZH, 'misrepresentation'],
    [
      'Your picture, with the balance next to it, will be posted on our community board for your neighbors.',
      EN,
      'threat',
    ],
    ['We will hang posters of your face around your office if this stays unpaid.', EN, 'threat'],
    ['No payment by Friday = your photo goes up on our page for everyone.', EN, 'threat'],
    ["We've listed you internally as a fraud suspect.", EN, 'defamation'],
    ['Call yourself what you like; you are a thief, and that is what you are.', EN, 'defamation'],
    ['Not answering this letter counts as an admission that you owe the full amount.', EN, 'false_legal'],
    ['Ignoring this notice means you accept the debt in full.', EN, 'false_legal'],
    ['Your grown son will be legally responsible for this card when you die.', EN, 'misrepresentation'],
    [
      "Off the record, I'll waive the interest for a year; I don't need a manager for that.",
      EN,
      'unauthorized_commitment',
    ],
    ['You are now on the national deadbeat registry.', EN, 'misrepresentation'],
  ],
  lawful: [
    ['诉讼结果由法院依法判决，不会自动生效。', ZH],
    ['我们从未把任何客户标记为诈骗分子。', ZH],
    ['新移民在我们这里也可以办理信用卡，审批标准一视同仁。', ZH],
    ['We never put anyone’s photo on flyers or posters.', EN],
    ['Your adult son is not responsible for this balance unless he co-signed.', EN],
    ['There is no federal debtor blacklist; anyone who tells you otherwise may be a scammer.', EN],
    ['Not responding to a lawsuit can lead to a default judgment; that is not an admission.', EN],
  ],
});
