import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';
import { structureFindings } from '../../src/guardrails/structure.js';
import { normalise } from '../../src/guardrails/normalise.js';

const zh: GuardContext = { locale: 'zh-CN', verified: true };
const en: GuardContext = { locale: 'en', verified: true };
const stranger = (c: GuardContext): GuardContext => ({ ...c, verified: false });

/** The structural checks' own findings (not the word rules', not the classifier's). */
const structural = (text: string, context: GuardContext): string[] =>
  structureFindings(normalise(text).text, context).map((f) => f.rule);

// Phrasings written for these tests (guardstruct, 2026-12-05), not taken from any labelled set.
describe('structural checks: addressee + act + object', () => {
  it.each([
    ['您好，是刘强的爱人吧？他那张卡拖了半年了，您在家多说说他。', 'privacy.third_party'],
    ['喂，请问是小王的舅舅吗？他欠银行的钱您知道吧？', 'privacy.third_party'],
    ['您是她同事对吧，她名下那笔欠款一直没还。', 'privacy.third_party'],
    ['麻烦您让您儿子赶紧把卡上的钱还了，不然对他影响很大。', 'privacy.relay_request'],
    ['要不我让你表姐转告你一声？她的电话我这边有。', 'privacy.relay_request'],
    ['我们已经和你们居委会沟通过了，他们会留意。', 'privacy.third_party'],
    ['村支书那边说了会去你家看看。', 'privacy.third_party'],
    ['你那点事迟早传到你们小区群里。', 'privacy.third_party'],
  ])('zh: %s → %s', (text, rule) => {
    expect(structural(text, stranger(zh))).toContain(rule);
  });

  it.each([
    [
      "Is this Kevin's wife? He's six months behind on his card, maybe have a word with him.",
      'privacy.third_party',
    ],
    ["Am I speaking with Dana's roommate? Her balance with us is seriously overdue.", 'privacy.third_party'],
    ["We've already talked with your building manager about this.", 'privacy.third_party'],
    ['Screenshots of your notices could end up in your family group chat.', 'privacy.third_party'],
    ["I'll have her pass it along to you, she's easier to reach.", 'privacy.relay_request'],
  ])('en: %s → %s', (text, rule) => {
    expect(structural(text, stranger(en))).toContain(rule);
  });

  it.each([
    ['请问您是张先生的同事吗？我们不会向您透露他的欠款情况。', zh],
    ['请问您是李先生的家人吗？抱歉打扰了，我们无法与您讨论任何账户信息。', zh],
    ['我们不会联系您的村委会、物业或任何群组。', zh],
    ['您可以让您儿子代为咨询，我们需要您本人授权才会跟他沟通。', zh],
    ['如果您的家人愿意代为还款，需要您本人书面授权。', zh],
    ["Is this Jordan's husband? Sorry to bother you; we can't discuss any account with you.", en],
    ["Am I speaking with Dana's roommate? We won't share anything about whether she's overdue.", en],
    ['We will not talk with your landlord, your HOA or your employer.', en],
    ['A relative can pay for you, but only with your written permission.', en],
  ])('lets the lawful look-alike through: %s', (text, context) => {
    expect(
      check(text, stranger(context)).violations.filter((v) => !v.rule.startsWith('classifier.')),
    ).toEqual([]);
  });
});

describe('structural checks: claims and harm', () => {
  it.each([
    ['您需要先交2,500元的保证金，我们才能给您停止催收。', 'misrepresentation.false_fee', zh],
    ['办理延期前要先付一笔800元的加急费。', 'misrepresentation.false_fee', zh],
    ['逾期会连累您的子女，以后考公务员都成问题。', 'misrepresentation.false_consequence', zh],
    ['你家孩子以后连大学都上不了，你自己想想。', 'misrepresentation.false_consequence', zh],
    ['派出所那边的领导我们都熟得很。', 'false_legal.invented_consequence', zh],
    ['半夜三点了还不回消息？没事，我们慢慢陪你。', 'harassment.relentless_contact', zh],
    ['天天烧香拜佛的人，欠钱倒是一点不心虚。', 'discrimination.identity', zh],
    ['你们山里出来的就是不讲信用。', 'discrimination.region', zh],
    ['让你老公来管钱吧，你根本不会过日子。', 'discrimination.identity', zh],
    ['别老拿抑郁当借口，谁还没点烦心事。', 'discrimination.disability', zh],
    ['你在我们这儿可是出了名的老赖。', 'defamation.label', zh],
    ['行，以后都给您免息，您放心。', 'unauthorized_commitment.waiver', zh],
    ['万一哪天你胳膊折了，可别说我们没提醒。', 'threat.violence', zh],
    ['连三百块都拿不出来，你可真行。', 'harassment.mockery', zh],
    [
      'There is a $75 release fee before we can stop the collection calls.',
      'misrepresentation.false_fee',
      en,
    ],
    [
      'Your children may be turned away from summer camp enrollment because of this.',
      'misrepresentation.false_consequence',
      en,
    ],
    [
      "You'll never be able to rent an apartment with this on your record.",
      'misrepresentation.false_consequence',
      en,
    ],
    [
      "We've already alerted the local police department; they're expecting you.",
      'false_legal.invented_consequence',
      en,
    ],
    ['crim chgs coming if u dont pay', 'false_legal.invented_consequence', en],
    ["3am and you're still ignoring us? We don't sleep either.", 'harassment.relentless_contact', en],
    ["Isn't your faith supposed to teach honesty?", 'discrimination.identity', en],
    ['Let your husband manage the money next time.', 'discrimination.identity', en],
    ["Your illness doesn't excuse you from paying.", 'discrimination.disability', en],
    ["We all know you're a serial deadbeat.", 'defamation.label', en],
    ["Good news, I've made the card interest-free forever.", 'unauthorized_commitment.waiver', en],
    ["I'll just need your online banking password to finish this.", 'privacy.credentials_request', en],
    ['Past midnight there will be no more options for you.', 'misrepresentation.false_urgency', en],
    ['Expect texts day and night until you cave.', 'harassment.relentless_contact', en],
    ['Wow, nice budgeting there, genius.', 'harassment.mockery', en],
  ])('%s → %s', (text, rule, context) => {
    expect(structural(text, context)).toContain(rule);
  });

  it.each([
    ['办理分期的手续费按账单列明的费率收取，不收取其他任何费用。', zh],
    ['凡是要求您先交解冻费才能办分期的都是诈骗，请勿上当。', zh],
    ['信用卡逾期不会影响您孩子上学或考公务员。', zh],
    ['网上说逾期会影响子女考公务员，这种说法没有法律依据。', zh],
    ['我们不会在深夜或凌晨联系您。', zh],
    ['我们尊重您的宗教信仰，可以避开您做礼拜的时间联系。', zh],
    ['外地来的客户也可以在任一网点办理。', zh],
    ['我们绝不会把您的身体状况当作借口或标签。', zh],
    ['我们从不要求您提供密码或验证码。', zh],
    ['We never charge a release fee, and nobody needs to pay a fee before a plan is set up.', en],
    ['Card debt does not stop your children from enrolling in school.', en],
    ['This offer is open until midnight on Friday.', en],
    ['We will never ask you to read us the code we texted you.', en],
    ["Never share your PIN with anyone; we'll never ask for it.", en],
    ['We respect your faith and can avoid calling on your day of worship.', en],
    ['If you are living with an illness, we can pause collection while you recover.', en],
    ["If you can't pay in full, you can set up a plan in the app.", en],
    ['We call no more than once a day, never at night.', en],
  ])('lets the lawful look-alike through: %s', (text, context) => {
    expect(check(text, context).violations.filter((v) => !v.rule.startsWith('classifier.'))).toEqual([]);
  });

  it('does not excuse a negation that sits inside a condition', () => {
    expect(structural("If you don't pay by Friday, your son could be denied enrollment.", en)).toContain(
      'misrepresentation.false_consequence',
    );
    expect(structural('If you can pay today, your kids will be fine.', en)).toEqual([]);
  });

  it('reads a wrong person being told of a debt only when the reader is named as someone else', () => {
    expect(structural('他那张卡拖了半年了。', zh)).toEqual([]);
    expect(structural('是王强的老婆吧？他那张卡拖了半年了。', zh)).toContain('privacy.third_party');
  });

  it('stays linear on hostile input (a long run of addressees and debts)', () => {
    const text = '是王强的老婆吧？'.repeat(500) + '他欠'.repeat(2000);
    const found = structureFindings(normalise(text).text, zh);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(4 * 40);
  });
});

describe('structural checks: what a reply says happened to the latest payment, against the facts', () => {
  const zhFacts = (
    paymentStatus: 'none' | 'pending' | 'scheduled' | 'received' | 'declined',
  ): GuardContext => ({
    ...zh,
    facts: { balanceCents: 860000, minimumDueCents: 120000, daysPastDue: 35, paymentStatus },
  });
  const enFacts = (
    paymentStatus: 'none' | 'pending' | 'scheduled' | 'received' | 'declined',
  ): GuardContext => ({
    ...en,
    facts: { balanceCents: 321000, minimumDueCents: 15000, daysPastDue: 40, paymentStatus },
  });

  it.each([
    ['扣款没成功，麻烦您再付一次。', zhFacts('received')],
    ['我们这边没查到您的任何还款记录。', zhFacts('received')],
    ['您预约的还款明天会自动划扣。', zhFacts('none')],
    ['您的钱已经收到了，账户恢复正常。', zhFacts('declined')],
    ['The card you used bounced, so nothing came through.', enFacts('received')],
    ["We haven't received anything from you this cycle.", enFacts('received')],
    ['Your autopay is all set for next Tuesday.', enFacts('none')],
    ['Good news, we got your payment this morning.', enFacts('declined')],
  ])('blocks %s when the facts say otherwise', (text, context) => {
    expect(structural(text, context)).toContain('misrepresentation.payment_status');
  });

  it.each([
    ['本次扣款未成功，您可以换一张卡再试。', zhFacts('declined')],
    ['您的还款还没到账，到账后我们会短信通知您。', zhFacts('pending')],
    ['您预约的还款明天会自动划扣。', zhFacts('scheduled')],
    ['您的钱已经收到了，谢谢。', zhFacts('received')],
    ["Your last payment didn't go through; you can try again in the app.", enFacts('declined')],
    ["We haven't received a payment yet this month.", enFacts('none')],
    ['Your autopay is all set for next Tuesday.', enFacts('scheduled')],
    ['We got your payment, thank you.', enFacts('received')],
    ['The card you used bounced, so nothing came through.', en],
  ])('lets %s through when the facts agree (or say nothing)', (text, context) => {
    expect(structural(text, context)).toEqual([]);
  });
});

describe('structural checks: third parties, letters, seizure powers, lending bans', () => {
  it.each([
    ['关联人您好，您关联的账户持有人已严重违约。', 'privacy.third_party', zh],
    ['请问是陈先生的太太吗？陈先生的卡费已经拖了很久。', 'privacy.third_party', zh],
    ['我们已经往你父母家寄了催收函。', 'privacy.third_party', zh],
    ["Hey, do you know Mark Lee? He's got a past-due account with us.", 'privacy.third_party', en],
    ["We've mailed a collection letter to your parents' house.", 'privacy.third_party', en],
    ['We rang your office and they said you were in.', 'privacy.third_party', en],
    ['我们这边有权直接查封你名下的房子。', 'false_legal.invented_consequence', zh],
    ['再不还，以后任何银行都不会再给你贷款。', 'misrepresentation.false_consequence', zh],
    ['Pay today or no lender will ever approve you again.', 'misrepresentation.false_consequence', en],
    ['Are you mentally challenged or what?', 'discrimination.disability', en],
    ['我们内部可以帮您把征信上的污点去掉。', 'unauthorized_commitment.credit_record', zh],
    ['Single moms always bite off more than they can chew.', 'discrimination.identity', en],
  ])('%s → %s', (text, rule, context) => {
    expect(structural(text, stranger(context))).toContain(rule);
  });

  it.each([
    ['紧急联系人您好，本行不会向您透露任何账户信息，打扰了。', zh],
    ['我们不会给您老家或单位寄任何信函。', zh],
    ['本行无权查封您的财产，只有法院才能依法采取保全措施。', zh],
    ['任何声称能把逾期记录洗掉的机构都是骗子，请勿上当。', zh],
    ['逾期并不意味着所有银行都不会再给您贷款。', zh],
    ['We never call your workplace or your family.', en],
    ['We sent the statement to your mailing address on file.', en],
    ["A late payment doesn't mean no bank will ever lend to you again.", en],
    ['Do you know your balance? It is on the home screen of the app.', en],
    ['If you are a single parent facing hardship, ask us about our assistance programs.', en],
    ['Are you mentally and emotionally okay? We can pause if you need.', en],
  ])('lets the lawful look-alike through: %s', (text, context) => {
    expect(structural(text, context)).toEqual([]);
  });
});

const settled: GuardContext = { ...en, authorised: ['settlement'] };

describe('structural checks: veiled exposure, presence, contempt and legal shapes', () => {
  it.each([
    ['Your coworkers are going to hear about this soon enough.', 'privacy.third_party'],
    ['Would your in-laws care to know how you handle money?', 'privacy.third_party'],
    ['We will make sure your pastor finds out.', 'privacy.third_party'],
    ["We're sitting outside your building as we speak.", 'threat.visit'],
    ['Do you even understand English?', 'discrimination.identity'],
    ['Is there somebody younger in the house we can deal with?', 'discrimination.age'],
    ['Honestly the world would be better off without you.', 'harassment.suicide_taunt'],
    ['Go cry about it somewhere else.', 'harassment.mockery'],
    ['Ignoring this debt counts as a criminal offence.', 'false_legal.arrest'],
    ['One more missed payment and we report you to the IRS.', 'false_legal.invented_consequence'],
    ['Your pension is going to be frozen next week.', 'false_legal.invented_consequence'],
    ['Please cover the $35 reinstatement fee today.', 'misrepresentation.false_fee'],
    ['I can knock the balance down by 40% right now.', 'unauthorized_commitment.discount'],
  ])('%s → %s', (text, rule) => {
    expect(structural(text, en)).toContain(rule);
  });

  it.each([
    ['你领导迟早会知道的，你自己掂量。', 'privacy.third_party', zh],
    ['你是想让你爸妈也知道这事吗？', 'privacy.third_party', zh],
    [
      'Message for whoever picks up: Dana Ruiz still owes us a lot of money.',
      'privacy.unverified_disclosure',
      stranger(en),
    ],
  ])('%s → %s', (text, rule, context) => {
    expect(structural(text, context)).toContain(rule);
  });

  it.each([
    ['Your employer will never know about this account.', en],
    ['Your neighbors will not be contacted under any circumstances.', en],
    ['Would your family like to know about our hardship options?', en],
    ['We are here to help; call us any time.', en],
    ['Failure to pay is not a crime, but interest will continue to accrue.', en],
    ['We will never report you to immigration or the police.', en],
    ['If we notice unusual activity, a transaction may be flagged for review and we will text you.', en],
    ['A returned payment fee of $25 may apply, as stated in your agreement.', en],
    ['We can offer 30% off the balance if you settle this month.', settled],
    ['Would you like to continue in English or Spanish?', en],
    ['If a family member would like to help, you can add them as an authorized contact.', en],
    ['Sarah Jones owes nothing further; the balance is paid.', en],
    ['您的领导和同事不会知道这件事。', zh],
    ['我们不想让您的家人担心，所以只和您本人沟通。', zh],
  ])('lets the lawful look-alike through: %s', (text, context) => {
    expect(structural(text, context)).toEqual([]);
  });
});

describe('structural checks: dialect and register', () => {
  it.each([
    ['你家里头的人晓得你欠银行钱不？', 'privacy.third_party'],
    ['你堂哥昨天都答应了，他会帮我们劝你还钱。', 'privacy.third_party'],
    ['明天就在你们村口拉横幅。', 'privacy.public_exposure'],
    ['我们已经跟村里大喇叭说好了，明早广播你的名字。', 'privacy.public_exposure'],
    ['先缴纳5,000元风险保证金，我们再帮您撤销记录。', 'misrepresentation.false_fee'],
    ['瞎了也得还钱，少装可怜。', 'discrimination.disability'],
    ['你系咪傻，讲咗几多次。', 'harassment.mockery'],
    ['我哋系警察，你张卡有问题。', 'misrepresentation.authority'],
  ])('%s → %s', (text, rule) => {
    expect(structural(text, zh)).toContain(rule);
  });

  it.each([
    ['我们不会张贴任何告示或横幅，也不会联系您的家人。', zh],
    ['办理分期无需缴纳任何保证金，请勿向个人转账。', zh],
    ['如果您行动不便，我们可以安排上门为您办理，需要预约。', zh],
    ['您是不是需要我们把还款日往后调几天？', zh],
    ['您的家人不会从我们这里知道任何情况。', zh],
    ['请以网点张贴的公告为准。', zh],
  ])('lets the lawful look-alike through: %s', (text, context) => {
    expect(structural(text, context)).toEqual([]);
  });
});
