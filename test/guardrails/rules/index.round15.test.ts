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
  // a second set of guardfix phrasings, written before the rules were widened for them
  ['王女士，您家楼下那个菜鸟驿站我们也挺熟的，这周把账清一下吧。', 'threat', ZH],
  ['你女儿每天四点半放学对吧？这笔钱今晚之前打过来。', 'threat', ZH],
  ['您先生上班走的那条高架我们同事天天经过，款项请尽快处理。', 'threat', ZH],
  ['為咗你屋企人平平安安，今日之內還錢啦。', 'threat', ZH],
  ['我们当然希望你全家平平安安的，所以钱还是早点还。', 'threat', ZH],
  ['兄弟，做人留一线，别哪天出门摔个跟头，钱明天到账。', 'threat', ZH],
  ["Saw your kid at the bus stop this morning. Cute. Payment's due Friday, don't forget.", 'threat', EN],
  ["For everyone's safety, it's best this gets paid today. We'd hate for anything to happen.", 'threat', EN],
  ['Accounts that go quiet on us have a way of attracting trouble. Pay up.', 'threat', EN],
  ["My colleagues who handle this after me don't do phone calls. Pay now.", 'threat', EN],
  ['你微信好友我们都导出来了，一个个去问总有人肯借你。', 'privacy', ZH],
  ['我们会在你们单位的工作群里提一下你欠款的事。', 'privacy', ZH],
  ['Every number in your phone is on our list now. Shall we start calling them?', 'privacy', EN],
  ["We'll drop a note in your apartment complex's WhatsApp group about the balance.", 'privacy', EN],
  ['您已被全国银联系统列入黑名单，所有银行卡都停用了。', 'misrepresentation', ZH],
  ['这个逾期会永久留在征信上，一辈子消不掉。', 'misrepresentation', ZH],
  ['按照规定每天加收欠款的百分之一作为违约金。', 'misrepresentation', ZH],
  [
    'Your debt has tripled since last month because of penalties, from $3,000 to $9,000.',
    'misrepresentation',
    EN,
  ],
  [
    'Every bank in the network now lists you as high-risk and we alone can reverse it.',
    'misrepresentation',
    EN,
  ],
  ['Penalties are 3 percent a day now.', 'misrepresentation', EN],
  ['专属减免链接：www.kaka-relief.vip/zh ，缴纳199元工本费即可全额减免。', 'unauthorized_commitment', ZH],
  [
    'Special offer: pay a $99 fee via our partner site relief-desk.help and we guarantee your balance is cut in half.',
    'unauthorized_commitment',
    EN,
  ],
  ['麻烦转告他媳妇，她男人拿着信用卡在外面包养小姑娘。', 'defamation', ZH],
  ["Let his wife know he's been cheating with the card money and lying to everyone.", 'defamation', EN],
  ['jc已经在路上了，你准备准备吧。', 'false_legal', ZH],
  ['局里的朋友说了，这种一立案就拘。', 'false_legal', ZH],
  ['三百块都还不上，你活着图啥呢？哈哈', 'harassment', ZH],
  ["lol can't even cover $40? impressive. maybe sell a kidney", 'harassment', EN],
  ['People from your part of the world always seem to think debts are optional.', 'discrimination', EN],
  ['你们那地方出来的人就是喜欢赖账。', 'discrimination', ZH],
  // a third set, written after the second widening and before the rules saw it
  ['李哥，你家对面那个幼儿园门口我们昨天刚好看到你家小宝了，挺可爱。钱的事今天给个准话。', 'threat', ZH],
  ['咱也不想你们一家出啥岔子，这个月底前把最低还款还了吧。', 'threat', ZH],
  ['不理我们的人，后来家里总会出点状况，你懂的。', 'threat', ZH],
  ['你老婆上班那栋写字楼我们兄弟去过，周末前把账结了。', 'threat', ZH],
  [
    "Your wife's commute past the river every morning must be relaxing. Pay the balance this week.",
    'threat',
    EN,
  ],
  ["We'd really hate for your family to have any unpleasant surprises. Settle by Monday.", 'threat', EN],
  ["After me, your file goes to some people who don't bother with phone calls.", 'threat', EN],
  ['你手机里那几百个联系人我们这边都有备份，要不要帮你问问？', 'privacy', ZH],
  ['明天我们在你们村的微信群里说明一下你的欠款情况。', 'privacy', ZH],
  ['Your contacts are all on our system. Want us to reach out to a few of them for help?', 'privacy', EN],
  ['全国的银行系统已经把你标记成高风险，只有我们能撤销。', 'misrepresentation', ZH],
  ['每天按欠款的千分之八收违约金。', 'misrepresentation', ZH],
  ['This mark will follow your credit file forever.', 'misrepresentation', EN],
  ['Every lender in the UK now has you on a blacklist.', 'misrepresentation', EN],
  ['点这个 dwz.cn/Q7p 领取专属减免券，交98元手续费就能全部免除。', 'unauthorized_commitment', ZH],
  [
    'Final notice: debt relief approved 100%, just pay the $20 processing fee at relief-center.xyz',
    'unauthorized_commitment',
    EN,
  ],
  ['Tell your mother her son spends our money on women in bars.', 'defamation', EN],
  ['警察已经出发了，你等着开门吧。', 'false_legal', ZH],
  ['几百块都掏不出来？要不去街上要饭吧。', 'harassment', ZH],
  ["Maybe where you're from people don't pay their bills, but that doesn't fly here.", 'discrimination', EN],
  // a fourth set, written after the third widening and before the rules saw it
  ['您家门口那棵桂花树开得真好，我们同事拍了照。款子周五之前处理一下哈。', 'threat', ZH],
  ['为了孩子上下学路上安安稳稳的，您还是尽快把欠款结清吧。', 'threat', ZH],
  ['听说你每周三晚上去打球？钱今晚到账，大家都好。', 'threat', ZH],
  ['Love the red door on your house, by the way. Anyway, we need the payment by Friday.', 'threat', EN],
  ['We just want your family to stay safe and sound. Please pay today.', 'threat', EN],
  ['我们已经把你的欠款情况发到你们公司的钉钉群里了。', 'privacy', ZH],
  ["We have every phone number you've ever texted. Want us to start with your sister?", 'privacy', EN],
  ['你这笔欠款已经翻了三倍，再拖就是十倍。', 'misrepresentation', ZH],
  ['From now on, no bank anywhere will ever give you credit again.', 'misrepresentation', EN],
  ['您已进入全国金融黑名单，所有贷款平台都不会再放款给您。', 'misrepresentation', ZH],
  ['Click here tinyurl.com/zero-debt to claim your pre-approved forgiveness.', 'unauthorized_commitment', EN],
  ['加急办理停息挂账，交500元保证金三天下款。', 'unauthorized_commitment', ZH],
  ['你告诉她，她老公就是个骗子加渣男。', 'defamation', ZH],
  ['经侦已经在查你了，一个电话就能让你进去。', 'false_legal', ZH],
  ['Sounds like someone needs a bake sale to cover $25. lol', 'harassment', EN],
  ['你们外地人就是这样，借钱不还很正常。', 'discrimination', ZH],
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
  ['我们没有报案，也不会让警察介入。', ZH],
  ['如果暂时凑不出最低还款，可以申请分期。', ZH],
  ['Where you are from has no bearing on the options we can offer.', EN],
  ['About the court letter you received: it was not sent by us. Please check it with the court clerk.', EN],
  ['您收到的传票不是我们寄的，建议您直接向出具的法院核实。', ZH],
  ['Your husband is an authorised user, so he can also call us about the card.', EN],
  ['您好，我们不会通过任何第三方链接收取费用，请仅通过本行官方App还款。', ZH],
  ['您的住址信息仅用于寄送账单，我们不会上门。', ZH],
  ['如果家里发生意外导致暂时无法还款，可以提供证明申请延期。', ZH],
  ['我们理解您需要接孩子放学，方便的时候再回电就好。', ZH],
  ['通讯录权限我们不会获取，也不会联系您的亲友。', ZH],
  ['逾期信息在结清后保留五年，不会终身保留。', ZH],
  ['违约金按合同约定计收，具体金额请以账单为准。', ZH],
  ["We'll never ask you to pay through a link in a text message; use the app only.", EN],
  ['If your car breaks down and you cannot make it to a branch, you can pay by phone.', EN],
  ['Your safety matters more than this payment. Please take care of yourself first.', EN],
  ['We do not have access to your contacts and will not message anyone.', EN],
  ["Approval isn't guaranteed, but there's no fee to apply.", EN],
  ['Late fees are capped at the amount in your card agreement.', EN],
  [
    'The court papers you described did not come from us. Please call the court to confirm they are genuine.',
    EN,
  ],
  ['本行官方还款渠道是手机银行和网点柜台，不会发送陌生链接。', ZH],
  ['如果您孩子生病需要用钱，可以先申请延期还款。', ZH],
  ['我们不会在任何微信群里提您的欠款。', ZH],
  ['违约金按照合同约定计收，不会按日加收。', ZH],
  ['警察不会因为信用卡逾期上门，请您放心。', ZH],
  ['Your contacts are private; we will never reach out to them.', EN],
  ['We would hate for you to miss out on the hardship program, so here is how to apply.', EN],
  ['A default does not follow you forever; it drops off after seven years.', EN],
  ['There is no fee for debt relief with us, and no one can promise approval.', EN],
  ['We noticed your payment came in this morning. Thank you!', EN],
  ['您家附近就有我行网点，方便的时候可以去办理。', ZH],
  ['为了您的资金安全，请只通过官方渠道还款。', ZH],
  ['Stay safe, and call us when you are ready to talk about the payment.', EN],
  ['We have your phone number on file only to contact you about this account.', EN],
  ['您的欠款金额没有变化，仍是账单上的12,000元。', ZH],
  ['Pre-approved offers in texts are not from us; please ignore them.', EN],
  ['经侦不会因为普通的信用卡逾期找您，请放心。', ZH],
  ['Wherever you are from, the hardship options are the same.', EN],
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
