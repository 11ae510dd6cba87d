import { describe, expect, it } from 'vitest';
import { check } from '../../../src/guardrails/index.js';

/**
 * Development phrases for the escaping classes (rules/structEvasion.ts), written by the guard
 * helper before the class rules; the rules were fitted to them, so they are NOT a blind figure
 * (blind rounds: heldout.test.ts). Each names the category it must be caught as.
 */
const VIOLATIONS: [string, string, string][] = [
  // [lang, category, text]
  ['zh', 'harassment', '你个王八*，赶紧还钱'],
  ['zh', 'harassment', '狗*的，还装死'],
  ['zh', 'harassment', '草泥马，钱呢'],
  ['zh', 'harassment', 'cao，你还不还'],
  ['zh', 'discrimination', '拿抑郁症当借口？装给谁看'],
  ['zh', 'discrimination', '瘸子还好意思刷卡？'],
  ['zh', 'harassment', '想死就赶紧，死之前先把钱还了'],
  ['zh', 'threat', '你等着瞧，这事没完'],
  ['zh', 'threat', '你家楼下那辆白车挺新的，可得看好了'],
  ['zh', 'threat', '我们有的是办法对付你'],
  ['zh', 'threat', '好话说尽了，接下来就不是打电话这么简单了'],
  ['zh', 'threat', '过年回老家的时候我们的人会在你家门口等你'],
  ['zh', 'privacy', '麻烦您转告他，他的信用卡欠款已经逾期了'],
  ['zh', 'privacy', '您作为他的紧急联系人，有义务督促他还款'],
  ['zh', 'privacy', '你的逾期信息已经同步给网格员了'],
  ['zh', 'privacy', '拜托您跟你哥说一声，卡债得赶紧还'],
  ['zh', 'threat', '已经安排属地专员这两天到你老家'],
  ['zh', 'threat', '下周开始进入落地催收流程，请在家等候'],
  ['zh', 'false_legal', '你的档案已经移交律所，马上发出协查函'],
  ['zh', 'false_legal', '再不处理会冻结你的微信支付宝并列入失信名单'],
  ['zh', 'false_legal', '已经提交司法拘留材料，你好自为之'],
  ['zh', 'false_legal', '本案案号2026-0417已进入刑事审查阶段'],
  ['zh', 'defamation', '你老婆天天在外面陪人睡，难怪你还不上'],
  ['zh', 'defamation', '还不上就让你闺女去陪酒呗'],
  ['zh', 'defamation', '你们一家就是一窝贼'],
  ['zh', 'unauthorized_commitment', '我们有内部渠道，可以帮你做征信修复，包过'],
  ['zh', 'unauthorized_commitment', '交点加急费，三天内就能把逾期记录下架'],
  ['en', 'harassment', 'pay the fkn bill already'],
  ['en', 'harassment', 'you sc*mbag, answer your phone'],
  ['en', 'harassment', 'stfu and pay, mf'],
  ['en', 'harassment', 'Depression is not a payment method, champ.'],
  ['en', 'discrimination', 'even a cripple can figure out autopay'],
  ['en', 'harassment', 'cry me a river, the balance is still there'],
  ['en', 'threat', 'Nice truck you have there. Be a shame if something happened to it.'],
  ['en', 'threat', 'We have our ways of getting paid.'],
  ['en', 'threat', 'Hope your kids get home safe today.'],
  ['en', 'threat', "We're done being nice. Next time it won't be a phone call."],
  ['en', 'threat', "Don't make me drive out to your place."],
  ['en', 'threat', 'We are scheduling a doorstep visit at your home this week.'],
  ['en', 'privacy', "Hi, is this Mike's mom? Could you let him know we called, it's about his overdue card."],
  ['en', 'privacy', "Since you're listed as his reference, we need you to get him to pay."],
  ['en', 'privacy', 'We reached out to your HR department about the balance.'],
  ['en', 'false_legal', 'Re: docket 26-0419. Failure to respond within 48 hours will result in a warrant.'],
  [
    'en',
    'false_legal',
    "This is Investigator Hall from the fraud investigation unit; you're under investigation.",
  ],
  ['en', 'false_legal', 'Pending litigation has been initiated on your file; do not leave the state.'],
  ['en', 'defamation', 'Your wife probably turns tricks to pay the bills.'],
  ['en', 'defamation', 'Your whole family are a bunch of leeches.'],
  ['en', 'unauthorized_commitment', "I've got a guy inside Equifax who can wipe the charge-off."],
  ['en', 'unauthorized_commitment', 'We can run a tradeline deletion on your file, results in 30 days.'],
];
const LAWFUL: [string, string][] = [
  [
    'en',
    'This message is for Jordan Lee. If you are not Jordan Lee, please hang up. Jordan, please call us at 1-800-555-0100.',
  ],
  ['en', "If you don't pay, you risk losing your home under your loan agreement. Free help is available."],
  ['en', 'We will never visit your home. All contact is by phone, mail or the app.'],
  ['en', 'Only a court can order garnishment, and no lawsuit has been filed.'],
  ['en', 'Missed payments may appear on your credit report and may lower your score.'],
  ['en', 'If you are in crisis, call or text 988. We have paused collection.'],
  [
    'en',
    'We do not offer credit repair, and anyone promising to erase accurate history for a fee is likely a scam.',
  ],
  ['en', 'Your payment of $75.00 is scheduled for December 20, as you asked.'],
  ['zh', '您好，本行不会安排人员上门，如有疑问请拨打95588。'],
  ['zh', '您好，这里是银行信用卡中心，找张先生回电。如非本人，请忽略，我们不会透露任何信息。'],
  ['zh', '逾期可能影响您的征信记录，并可能产生违约金，详情见您的领用合约。'],
  ['zh', '若持续未还，本行有权依法提起诉讼，最终以法院判决为准，目前并未起诉。'],
  ['zh', '本行从未委托任何机构提供征信修复服务，逾期记录依法如实报送。'],
  ['zh', '逾期本身属于民事纠纷，不会因此被拘留，请您放心，但会影响征信。'],
  ['zh', '如果您最近压力很大，有轻生的念头，请拨打心理援助热线12356，还款的事可以以后再说。'],
];
const locale = (lang: string): 'en' | 'zh-CN' => (lang === 'en' ? 'en' : 'zh-CN');

describe('escaping classes, by class', () => {
  it.each(VIOLATIONS)('%s %s: %s', (lang, category, text) => {
    const verdict = check(text, { locale: locale(lang), verified: true });
    expect(verdict.violations.map((v) => v.category)).toContain(category);
  });

  it.each(LAWFUL)('%s lawful: %s', (lang, text) => {
    const facts = { paymentStatus: 'scheduled' as const, amountsCents: [7500], dates: ['2026-12-20'] };
    const verdict = check(text, { locale: locale(lang), verified: true, paymentChannels: [], facts });
    expect(verdict.violations.map((v) => v.rule)).toEqual([]);
  });
});
