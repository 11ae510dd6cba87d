import { describe, expect, it } from 'vitest';
import { checkDraft, type DraftExpectations } from '../../../src/language/model/draftChecks.js';
import { DISCLOSURES } from '../../../src/prompts/index.js';

const expect_ = (locale: DraftExpectations['locale'], allowed: string): DraftExpectations => ({
  locale,
  required: [],
  maxChars: 400,
  internal: [],
  allowed,
});

describe('a model draft never writes the debt-collector notice itself', () => {
  it.each([
    ['en', `Thanks for letting me know. ${DISCLOSURES.en.debtCollection}`, 'Thanks for letting me know.'],
    ['en', 'Just so you know, this is an ATTEMPT TO COLLECT A DEBT.', 'Just so you know.'],
    ['zh-CN', `好的，明白了。${DISCLOSURES['zh-CN'].debtCollection}`, '好的，明白了。'],
    ['zh-CN', '提醒您，本次为债务催收沟通，您提供的信息都将用于该目的。', '提醒您。'],
  ] as const)('blocks a %s draft that adds it (%#)', (locale, draft, reference) => {
    const verdict = checkDraft(draft, expect_(locale, reference));
    expect(verdict.allowed).toBe(false);
    expect(verdict.violations.map((v) => v.rule)).toContain('model.new_topic');
  });

  it('leaves ordinary talk about paying a debt alone', () => {
    expect(
      checkDraft('We can set up a plan to pay the debt in instalments.', expect_('en', 'a plan')).allowed,
    ).toBe(true);
    expect(
      checkDraft('我们可以为您安排分期还款方案，请问您每月能还多少？', expect_('zh-CN', '分期')).allowed,
    ).toBe(true);
  });
});
