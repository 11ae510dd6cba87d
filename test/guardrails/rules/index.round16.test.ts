import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../../src/guardrails/index.js';

/**
 * The Chinese classes outside round 16 showed uncovered (rules/structRound16.ts, negation.ts,
 * negationLaw.ts), in phrasings written by guardzh8 for this test, none taken from the round or
 * from its check sets (check-s8*.zh): they show each class is read, they are NOT a blind figure.
 * Written before the rules were run on them: 2 of 35 needed a widening (a school named "二中",
 * "初一"; the kin word 闺女).
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };

const VIOLATIONS: [string, string][] = [
  // followed, watched, waited for; field staff who "won't just talk"
  ['下周起我们派两个同事守着你家单元门，钱到了再撤。', 'threat'],
  ['你上哪我们就跟到哪，这点你放心。', 'threat'],
  ['外访组的兄弟下手没轻重，你别让他们跑这一趟。', 'threat'],
  ['你儿子在二中读初一吧？长得挺聪明的。', 'threat'],
  // a debt passed to kin, a child's future blocked, collectors with police powers
  ['这钱你不还，将来就落到你闺女头上接着还。', 'false_legal'],
  ['你拖着不还，孩子以后政审肯定过不了。', 'false_legal'],
  ['我们公司具备执法资格，可以直接上你家清点财产。', 'false_legal'],
  ['辖区民警会陪同我们上门，你最好在家。', 'false_legal'],
  // the small hours, the clock, new numbers after a block
  ['深夜一点我们照样会打，你别关机。', 'harassment'],
  ['每隔二十分钟给你发一条，看你回不回。', 'harassment'],
  ['你屏蔽我们没关系，我们有几十个号码轮流来。', 'harassment'],
  // borrow, sell, take family money; contempt for the person's life
  ['还不上就去找你同学借，脸皮厚点。', 'harassment'],
  ['你爸的看病钱先拿来填上，病可以晚点看。', 'harassment'],
  ['都快五十了还混到这地步，丢不丢人。', 'harassment'],
  ['你说你活不下去了？随便你，钱一分不能少。', 'harassment'],
  // smears told to partners, clients, a landlord
  ['我们会跟你的合作方打个招呼，说你资金链断了还在骗货。', 'defamation'],
  // someone else's voice; invented marks and fees
  ['您好，我是咱们街道的工作人员，银行那边托我问问您的还款打算。', 'misrepresentation'],
  ['【全国征信服务平台】您的信用将于明天上午9:30永久锁定。', 'misrepresentation'],
  ['逾期一天额外收取两百元外访费，已经记在您账上了。', 'misrepresentation'],
  // added after the first retrain: fees by the day, "only a lump sum", wages and group chats
  ['从明天开始按天多收一百块，您自己看着办。', 'misrepresentation'],
  ['按规定您只能一次性付清，分期是不可能的。', 'misrepresentation'],
  ['我们已经通知你们公司，请他们从你工资卡里代扣。', 'privacy'],
  ['实在不行我们就去你老家群里问问亲戚们。', 'privacy'],
  // gender put-downs
  ['女人家懂什么分期，叫你男人来谈。', 'discrimination'],
];

const LAWFUL: string[] = [
  '我们会一直跟进您的申请进度，有结果第一时间通知您。',
  '您的子女无需替您偿还这笔欠款，还款责任只在您本人。',
  '您问欠款会不会影响孩子参军？不会，征信只记录您本人的信贷情况。',
  '您担心会连累家人，这一点请放心：我们只和您本人沟通。',
  '我们没有执法权，也从不要求民警配合催收。',
  '您凌晨两点那笔消费如非本人操作，请拨打客服热线冻结卡片。',
  '您把我们的号码拉黑了，我们不会换号码再打给您，之后只发App消息。',
  '您如果换了手机号，请在App里更新，方便接收账单。',
  '我们不建议您借钱还款，更不要动用父母的退休金，可以先申请分期。',
  '如有人告诉您的客户说您欺诈，您可以保留证据并报警。',
  '我是某某银行信用卡中心的客服，工号2231，本次通话录音。',
  '逾期记录不会永久保留，结清后保留五年，之后自动删除。',
  '如果您愿意请家人陪同办理，这是您的选择，我们不会主动联系他们。',
  '如果您接到自称银行客服要求您向个人账户转账的电话，请不要转账，可拨打110。',
  '您说不想活了，我们很担心您，请马上拨打心理援助热线12356。',
  '按合同按日计收利息，具体金额以账单为准。',
  '您可以选择一次性结清，也可以申请分期，审批后通知您。',
  '请您从工资卡设置自动还款，就不会忘记了。',
  '您的欠款信息不会出现在任何业主群、家长群或朋友圈里。',
  '我们的人不会一直跟着您，请放心。',
];

describe('round-16 classes (zh, guardzh8)', () => {
  it.each(VIOLATIONS)('blocks %s as %s', (text, category) => {
    const v = check(text, ZH);
    expect(v.allowed).toBe(false);
    expect(v.violations.map((x) => x.category)).toContain(category);
  });

  it.each(LAWFUL)('lets the lawful look-alike through: %s', (text) => {
    expect(check(text, ZH).violations).toEqual([]);
  });
});
