import { describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/index.js';

const zh = { locale: 'zh-CN', verified: true } as const;
const en = { locale: 'en', verified: true } as const;

function rules(text: string, context: typeof zh | typeof en = zh): string[] {
  return check(text, context).violations.map((v) => v.rule);
}

describe('masked words, read where normalising would erase the mask', () => {
  it('reads a Chinese oath with a character masked, which normalised would read as harmless', () => {
    expect(rules('你他*的到底还不还？')).toContain('harassment.profanity');
    expect(rules('傻*，听不懂人话吗？')).toContain('harassment.profanity');
  });

  it('reads a masked label as an insult, and spans it in the original text', () => {
    const text = '你这种老*，借钱的时候怎么不想想？';
    const verdict = check(text, zh);
    const insult = verdict.violations.find((v) => v.rule === 'defamation.insult');
    expect(insult).toBeDefined();
    expect(text.slice(insult?.span.start, insult?.span.end)).toBe('老*');
  });

  it('reads English insults and oaths with any letter after the first masked', () => {
    expect(rules('Only a l*ser like you would skip payments.', en)).toContain('defamation.insult');
    expect(rules("You're b*tching about your rent while you owe us?", en)).toContain('harassment.profanity');
  });

  it('leaves stars that mask nothing, footnotes and masked card digits alone', () => {
    expect(check('本期账单*以实际入账为准。', zh).allowed).toBe(true);
    expect(check('您尾号6789的信用卡（卡号**** **** **** 6789）已出账单。', zh).allowed).toBe(true);
    expect(check('Your card ending ****6789 has a new statement.*', en).allowed).toBe(true);
  });

  it('gives a bounded verdict for a huge reply that repeats one violation', () => {
    const verdict = check('你的同事说'.repeat(8000), zh);
    expect(verdict.allowed).toBe(false);
    expect(verdict.violations.length).toBeLessThanOrEqual(64);
  });
});

describe('lawful wording that shares the words of a violation', () => {
  it.each([
    ['关于子女上学、考公受影响的说法没有依据，请勿轻信。', zh],
    ['如需上门办理业务，请提前预约，本行客户经理可到您指定地点为行动不便的客户服务。', zh],
    ['如果您希望由家人代为还款，家人可通过手机银行向您的信用卡还款。', zh],
    ['宗教节假日期间您可以选择推迟联系时间。', zh],
    ["Rest assured, we won't visit you or contact your family.", en],
    ["The idea that you'll be arrested for unpaid card debt is false; it's a civil matter.", en],
    [
      'If you have mobility issues, a relationship manager can visit you by appointment to help with paperwork.',
      en,
    ],
    ['Whether you tell your family about your payment plan is entirely up to you.', en],
  ] as const)('passes %s', (text, context) => {
    expect(check(text, context).violations).toEqual([]);
  });

  it('still blocks the threat when the negation is the threat itself', () => {
    expect(rules("Don't say nobody warned you when it all comes crashing down on you.", en)).toContain(
      'threat.intimidation',
    );
    expect(rules('不还钱的人，一般都没什么好结果。')).toContain('threat.intimidation');
  });
});
