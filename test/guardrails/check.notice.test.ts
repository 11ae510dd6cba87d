import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';

/**
 * A general notice addressed to no one (guard15, policy 2026.12.12): a statute or regulator's rule
 * explained, in simplified or traditional characters, is no reply to a person, so the classifier's
 * opinion of it is recorded and not enforced; the rules still read it.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };

describe('a general notice and the classifier (guard15)', () => {
  it('records the classifier opinion on a statute explained to no one, without blocking', () => {
    for (const text of [
      '依据强制执行法，债权人须取得法院执行名义后，方可申请查封债务人财产。',
      '依據強制執行法，債權人須取得法院執行名義後，方可聲請查封債務人財產。',
    ]) {
      const v = check(text, ZH);
      expect(v.allowed).toBe(true);
      expect(v.classifier?.flagged).toBe(true);
    }
  });
  it('still blocks a rule finding in a notice, and a notice addressed to the person', () => {
    expect(check('债务人须知：不还钱的都会被抓去坐牢。', ZH).allowed).toBe(false);
    expect(check('依据法律规定，您须在三天内还清，否则我们就查封您的房子。', ZH).allowed).toBe(false);
  });
});
