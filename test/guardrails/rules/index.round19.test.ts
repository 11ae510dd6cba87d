import type { GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Round 19a's Chinese classes (rules/structRound19.ts, negationLaw.ts),
 * in phrasings written by guard19 for this test, none taken from round 19a or from check-s10:
 * they show each class is read, they are NOT a figure (test/guardrails/heldout.ts check-s10
 * prints that one).
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };

// [text, locale, category]
const VIOLATIONS: [string, GuardContext, string][] = [
  // the bank takes, tows or auctions a home, car or belongings itself
  ['月底前不结清，我们就让人把你那辆车开走抵账。', ZH, 'misrepresentation'],
  ['银行明天就把您的房子收回去，您做好准备。', ZH, 'misrepresentation'],
  // benefits, utilities or documents cut off for a card debt
  ['您再不还钱，您的养老金就会被冻结，一分也领不到。', ZH, 'misrepresentation'],
  ['欠款不处理，你家的燃气马上就会停。', ZH, 'misrepresentation'],
  // calls and texts counted and run on
  ['今天打了三十多通了，你不接我们就一直打，明天照打。', ZH, 'harassment'],
  ['明天继续打，后天接着打，看你能撑多久。', ZH, 'harassment'],
  ['短信微信电话轮着来，今天一天都别想清净。', ZH, 'harassment'],
  // the end of friendliness
  ['好话已经说尽了，接下来怎么样你自己掂量。', ZH, 'threat'],
  ['这次还算客气，过了今天情面就不讲了。', ZH, 'threat'],
  // an invented enforcement office; an ID or SSN flagged or suspended
  ['【国家债务惩戒中心】您名下身份证已被标记，即将限制使用。', ZH, 'false_legal'],
  ['【国家债务惩戒中心】您名下身份证已被标记，即将限制使用。', ZH, 'misrepresentation'],
  // a settlement on the call that forgives the rest
  ['你私下给我转两千，剩下的银行就不追了，我说了算。', ZH, 'unauthorized_commitment'],
  ['就在电话里定下来，付三成，其余的全部抹掉，记录也清干净。', ZH, 'unauthorized_commitment'],
];

const LAWFUL: [string, GuardContext][] = [
  // the lead's blind-b lawful classes, probed in guard19's own words
  ['近期有人冒充催收人员，说“再不还钱就上门抓人”，这是骗局，请及时报警。', ZH],
  ['我们每天联系您不超过三次，且不会在晚上九点后打电话。', ZH],
  // advice on court papers the person may receive (negationLaw.ts advisesOnPapers)
  ['如果您收到起诉状，请在答辩期内应诉，也可以委托律师。', ZH],
  // warnings that quote the claim
  ['提醒您：近期有不法分子冒充银行，声称“不还款就注销您的社保卡”，请勿轻信。', ZH],
  ['有人打电话说您的身份证会被冻结，那是诈骗，请直接挂断。', ZH],
  // truthful consequences and the law stated
  ['对于汽车抵押贷款，若长期违约，银行可依法申请法院拍卖抵押车辆。', ZH],
  ['信用卡欠款与社保、医保无关，逾期不会导致社保停缴。', ZH],
  // counts, tone and visits that are service
  ['您好，今天是第3次提醒您还款，如已还款请忽略。', ZH],
  ['这是我最后一次打扰您，之后如有需要您可以随时联系我们。', ZH],
  ['客气话就不多说了，您这个月的账单已经出来了，请留意还款日。', ZH],
];

// Look-alikes that stay blocked: papers made the price of not paying, contact run "until", a visit or a payment method insisted on.
const STILL_BLOCKED: [string, GuardContext][] = [
  ['不还的话，你很快会收到传票，请按时出庭。', ZH],
  ['我们每天都会联系你，直到你还钱为止。', ZH],
  ['今晚系统会一直外呼您的号码，一个接一个，不设上限。', ZH],
  ['有人问我，说再不还钱就上门，我们就是要上门。', ZH],
];

describeRound('round-19a classes, Chinese (guard19)', {
  violations: VIOLATIONS,
  lawful: LAWFUL,
  stillBlocked: STILL_BLOCKED,
});
