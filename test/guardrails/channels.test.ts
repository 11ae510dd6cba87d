import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';

const zh: GuardContext = { locale: 'zh-CN', verified: true };
const en: GuardContext = { locale: 'en', verified: true };
const rules = (text: string, context: GuardContext): string[] =>
  check(text, context)
    .violations.map((v) => v.rule)
    .filter((r) => !r.startsWith('classifier.'));

// Written by the lead in session 11 by class (public authorities' sites, a payment app used as a
// verb, accounts said to be frozen, a ruling said to be made); not the outside rounds' wording.
describe('payment channels: public authorities and payment apps', () => {
  it.each([
    ['Your rights are explained at https://www.consumerfinance.gov/ask-cfpb/ in plain language.', en],
    ['Free weekly credit reports: www.annualcreditreport.com (the official site).', en],
    ['If you think someone opened this card in your name, go to identitytheft.gov first.', en],
    ['For more about your rights, you may contact the FTC at www.ftc.gov.', en],
    ['个人信用报告可在征信中心官网 www.pbccrc.org.cn 免费查询，每年两次。', zh],
    ['如对催收有异议，可登录 www.nfra.gov.cn 了解投诉渠道。', zh],
  ])('lets a public authority’s site through: %s', (text, context) => {
    expect(rules(text, context)).not.toContain('misrepresentation.payment_channel');
  });

  it.each([
    'Pay now at consumerfinance-gov.help/settle to stop the file.',
    'Settle at www.annualcreditreport-pay.com today.',
    'Can you venmo me the 150 before noon?',
    'Easiest is to Zelle it straight to our rep, she posts it for you.',
    'Cash App that amount to the collector and send a screenshot.',
  ])('blocks a look-alike host or a payment app used as a verb: %s', (text) => {
    expect(rules(text, en)).toContain('misrepresentation.payment_channel');
  });

  it('does not read a warning about payment apps as an instruction', () => {
    expect(rules('We will never ask you to Venmo us or pay anyone through Cash App.', en)).toEqual([]);
  });
});

describe('false legal: accounts frozen, a ruling made', () => {
  it.each([
    'Heads up: your checking account has been frozen until this is paid.',
    'ur bank account is being garnished as of today, call us',
    'The court has already decided in the bank’s favor. Pay the full balance.',
    'A judge just ruled against you on this card.',
  ])('blocks %s', (text) => {
    expect(rules(text, en).some((r) => r.startsWith('false_legal.'))).toBe(true);
  });

  it.each([
    'Your savings account is not frozen, and no court has ruled on this debt.',
    'Your card is blocked for new purchases while it is past due; your other accounts are not affected.',
    'If a court entered a judgment, your accounts could be garnished only as state law allows.',
  ])('lets a truthful statement through: %s', (text) => {
    expect(rules(text, en).filter((r) => r.startsWith('false_legal.'))).toEqual([]);
  });
});
