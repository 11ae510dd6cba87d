import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';

const zh: GuardContext = { locale: 'zh-CN', verified: true };
const en: GuardContext = { locale: 'en', verified: true };

function rules(text: string, context: GuardContext): string[] {
  return check(text, context).violations.map((v) => v.rule);
}

describe('threats', () => {
  it('blocks violence, intimidation and visits to make trouble', () => {
    expect(rules('信不信我找人打断你的腿？', zh)).toContain('threat.violence');
    expect(rules('我们知道你住哪，别逼我们。', zh)).toContain('threat.intimidation');
    expect(rules('我劝你别不识抬举。', zh)).toContain('threat.intimidation');
    expect(rules('今晚我们的人就去你家门口等你。', zh)).toContain('threat.visit');
    expect(rules('You had better watch your back.', en)).toContain('threat.intimidation');
    expect(rules('We will send someone to your workplace tomorrow.', en)).toContain('threat.visit');
  });

  it('lets a promise not to visit through', () => {
    expect(check('我们绝不会上门催收，也不会去您的单位。', zh).allowed).toBe(true);
    expect(check('We will never visit your home or workplace.', en).allowed).toBe(true);
  });
});

describe('false legal threats', () => {
  it('blocks arrest, certain court action, blacklists and invented consequences', () => {
    expect(rules('您已涉嫌信用卡诈骗罪，警方将上门抓人。', zh)).toContain('false_legal.arrest');
    expect(rules('律师函已经寄出，下周开庭。', zh)).toContain('false_legal.court');
    expect(rules('你已经被列入黑名单了。', zh)).toContain('false_legal.blacklist');
    expect(rules('再不还款，您的子女将无法考公务员。', zh)).toContain('false_legal.invented_consequence');
    expect(rules("If you don't pay today, you will be arrested.", en)).toContain('false_legal.arrest');
    expect(rules("This is Officer Miller from the sheriff's office.", en)).toContain(
      'false_legal.impersonation',
    );
  });

  it('lets factual consequences, rights and scam warnings through', () => {
    expect(check('逾期可能影响征信记录。', zh).allowed).toBe(true);
    expect(check('银行可能依法采取进一步措施。', zh).allowed).toBe(true);
    expect(check('The bank may take lawful steps to recover the debt.', en).allowed).toBe(true);
    expect(check('You may take legal action if you believe we made a mistake.', en).allowed).toBe(true);
    expect(
      check('A collector who says you will go to jail over card debt is lying to you.', en).allowed,
    ).toBe(true);
  });

  it('does not let a condition pass as a negation', () => {
    expect(rules('不还钱就等着坐牢吧。', zh)).toContain('false_legal.arrest');
    expect(rules('Not paying credit card debt is a felony.', en)).toContain('false_legal.arrest');
  });
});

describe('privacy', () => {
  it('blocks telling third parties, relays and requests for credentials', () => {
    expect(rules('再不还，我们就打电话给你爸妈。', zh)).toContain('privacy.third_party');
    expect(rules('我们会把你欠钱的事发到你的朋友圈。', zh)).toContain('privacy.third_party');
    expect(rules('Please tell your husband to call us.', { locale: 'en', verified: false })).toContain(
      'privacy.relay_request',
    );
    expect(rules('请把短信验证码发给我。', zh)).toContain('privacy.credentials_request');
  });

  it("lets negations, the person's own choices and anti-fraud advice through", () => {
    expect(check('我们不会联系您的家人', zh).allowed).toBe(true);
    expect(check('We will never contact your employer.', en).allowed).toBe(true);
    expect(check('您可以联系信任的家人或朋友，和他们聊一聊。', zh).allowed).toBe(true);
    expect(check("Please don't share your PIN with anyone.", en).allowed).toBe(true);
  });

  it('blocks any account detail before verification but not after', () => {
    const u: GuardContext = { locale: 'zh-CN', verified: false };
    expect(rules('您的欠款为12,345.67元。', u)).toContain('privacy.unverified_disclosure');
    expect(rules('您尾号6789的信用卡需要处理。', u)).toContain('privacy.unverified_disclosure');
    expect(rules('您已逾期35天。', u)).toContain('privacy.unverified_disclosure');
    expect(rules('Your card ending in 6789 is past due.', { locale: 'en', verified: false })).toContain(
      'privacy.unverified_disclosure',
    );
    expect(check('您的欠款为12,345.67元。', zh).allowed).toBe(true);
    expect(check('验证失败次数过多，请三十分钟后再试。', u).allowed).toBe(true);
    expect(check('请拨打12356心理援助热线或95588。', u).allowed).toBe(true);
  });
});

describe('defamation and harassment', () => {
  it('blocks labels, accusations, profanity and relentless contact', () => {
    expect(rules('你就是个老赖。', zh)).toContain('defamation.insult');
    expect(rules('像你这种骗子我见多了。', zh)).toContain('defamation.label');
    expect(rules('You are a criminal.', en)).toContain('defamation.criminal_label');
    expect(rules('他妈的，还不还钱？', zh)).toContain('harassment.profanity');
    expect(rules('半夜也打，打到你还钱为止。', zh)).toContain('harassment.relentless_contact');
    expect(rules('We will call you every hour until you pay.', en)).toContain(
      'harassment.relentless_contact',
    );
  });

  it('lets anti-fraud wording and contact limits through', () => {
    expect(check('请注意识别垃圾短信，谨防骗子冒充银行工作人员。', zh).allowed).toBe(true);
    expect(check('我们每天最多联系您一次。', zh).allowed).toBe(true);
    expect(check("We won't call you before 8 a.m. or after 9 p.m.", en).allowed).toBe(true);
  });
});

describe('misrepresentation', () => {
  const facts: GuardContext = {
    locale: 'zh-CN',
    verified: true,
    facts: {
      currency: 'CNY',
      balanceCents: 1_234_567,
      minimumDueCents: 61_728,
      daysPastDue: 35,
      cardLast4: '6789',
    },
  };

  it('blocks amounts, day counts and card digits the act does not state', () => {
    expect(rules('您目前欠款15,000.00元。', facts)).toEqual(['misrepresentation.amount']);
    expect(rules('您已逾期60天。', facts)).toEqual(['misrepresentation.days_past_due']);
    expect(rules('您尾号1234的信用卡。', facts)).toEqual(['misrepresentation.card_digits']);
    expect(rules('您的欠款约1.2万元。', facts)).toEqual(['misrepresentation.amount']);
    expect(rules('您需要还两千元。', facts)).toEqual(['misrepresentation.amount']);
  });

  it("lets the act's own facts, however written, through", () => {
    expect(check('您欠款12,345.67元，已逾期三十五天，最低还款额¥617.28，尾号6789。', facts).allowed).toBe(
      true,
    );
    expect(check('您已逾期35天，请在30分钟内回复，分期最长60个月，热线12356。', facts).allowed).toBe(true);
  });

  it('blocks a bot claiming to be human but not a human agent saying so', () => {
    expect(rules('我是真人，不是机器人。', zh)).toContain('misrepresentation.human_claim');
    expect(check('您好，我是人工客服小李，很高兴为您服务。', { ...zh, speaker: 'agent' }).allowed).toBe(true);
    expect(check("I'm an automated assistant, not a person.", en).allowed).toBe(true);
  });
});

describe('unauthorised commitments', () => {
  it('blocks waivers, discounts, settlements and deferrals the act did not authorise', () => {
    expect(rules('我们可以为您免除全部利息。', zh)).toContain('unauthorized_commitment.waiver');
    expect(rules('I can offer you a 50% discount.', en)).toContain('unauthorized_commitment.discount');
    expect(rules('We can settle for $1,000.', en)).toContain('unauthorized_commitment.settlement');
    expect(rules('我们可以帮您把还款日推迟三个月。', zh)).toContain('unauthorized_commitment.deferral');
    expect(rules('我保证帮您把逾期记录从征信上删掉。', zh)).toContain(
      'unauthorized_commitment.credit_record',
    );
  });

  it('allows what the act authorised and refusals', () => {
    expect(
      check('您的延期还款方案已确认。我们可以帮您把还款日推迟一个月。', { ...zh, authorised: ['extension'] })
        .allowed,
    ).toBe(true);
    expect(check('很抱歉，我们无法为您减免欠款。', zh).allowed).toBe(true);
    expect(check("We can't waive the fees, but a plan can help.", en).allowed).toBe(true);
  });
});

describe('discrimination and prompt leaks', () => {
  it('blocks remarks about region, gender, age and disability', () => {
    expect(rules('你们那地方的人就爱赖账。', zh)).toContain('discrimination.region');
    expect(rules("Typical woman, spending money she doesn't have.", en)).toContain('discrimination.identity');
    expect(rules('At your age you should know better.', en)).toContain('discrimination.age');
    expect(rules('Are you deaf? Pay the bill.', en)).toContain('discrimination.disability');
  });

  it('blocks repeating the system prompt, verbatim or described', () => {
    const secret =
      'You are the collections assistant. Internal rule: the waiver ceiling is ten percent of principal.';
    expect(
      rules('Internal rule: the waiver ceiling is ten percent of principal.', { ...en, secrets: [secret] }),
    ).toContain('prompt_leak.secret');
    expect(rules('My system prompt says: be firm.', en)).toContain('prompt_leak.instructions');
    expect(check("I can't share my instructions, but I can help with your account.", en).allowed).toBe(true);
  });
});

describe('verdicts', () => {
  it('report the category, rule, severity, span and masked evidence of each violation', () => {
    const text = '您的身份证号码是110101199003077731，请核对。';
    const [v] = check(text, zh).violations;
    expect(v).toMatchObject({ category: 'privacy', rule: 'privacy.id_number', severity: 'critical' });
    expect(text.slice(v?.span.start, v?.span.end)).toBe('110101199003077731');
    expect(v?.evidence).toBe('**************7731');
  });

  it('report per-detector latency', () => {
    const v = check('我们不会联系您的家人。', zh);
    expect(v.timings?.map((t) => t.detector)).toEqual([
      'normalise',
      'lexicon',
      'patterns',
      'identifiers',
      'facts',
      'channels',
      'secrets',
      'classifier',
    ]);
  });
});
