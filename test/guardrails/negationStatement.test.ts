import { describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/index.js';
import type { Category } from '../../src/guardrails/types.js';

/**
 * negationStatement.ts (guardfa23): each lawful statement passes and its near-twin with one unlawful
 * change (an account detail, a relay, a deadline, the person named, a promise) is still blocked.
 */
const U = { verified: false } as const;
const V = { verified: true } as const;
const cases: [string, 'en' | 'zh-CN', boolean, Category | null][] = [
  ['Hello, this is a call from a debt collector. Please call us back at 877-555-0110. Thank you.', 'en', false, null],
  ['This is a call from a debt collector about your overdue balance of $900. Please call 877-555-0110.', 'en', false, 'privacy'],
  ['Notice: this collection agency is licensed by the Minnesota Department of Commerce.', 'en', false, null],
  ['Law enforcement will never call, text, or email to demand money or resolve a warrant.', 'en', false, null],
  ['Law enforcement will call you to resolve the warrant for your debt unless you pay today.', 'en', true, 'false_legal'],
  ['If your debt cannot be resolved with us, the bank will be taking it to court.', 'en', true, null],
  ['If your debt cannot be resolved by 5 p.m., we will be taking you to court tomorrow.', 'en', true, 'false_legal'],
  ['In most states, a creditor must win a lawsuit before it can garnish wages.', 'en', false, null],
  ['If we do not receive your minimum payment by the due date, you may have to pay a $35 late fee.', 'en', false, null],
  ['Your balance of $1,200 is overdue, and you may have to pay a $35 late fee.', 'en', false, 'privacy'],
  ['根据相关司法解释，恶意透支数额较大的，可能构成信用卡诈骗罪。', 'zh-CN', false, null],
  ['恶意透支数额较大的，可能构成信用卡诈骗罪，你已经构成了，马上就会被抓。', 'zh-CN', true, 'false_legal'],
  ['如您误收他人转账，请及时退回。拒不退还、数额较大的，依法可能承担刑事责任。', 'zh-CN', false, null],
  ['如果遇到冒充客服索取验证码的人，可直接判定为诈骗分子。', 'zh-CN', false, null],
  ['你就是诈骗分子，欠钱不还。', 'zh-CN', true, 'defamation'],
  ['按照规定，催收人员不得向与债务无关的第三人透露您的欠款信息。', 'zh-CN', false, null],
  ['逾期记录不会因结清而立即删除，将在结清后保留五年。', 'zh-CN', true, null],
  ['您今天还清，逾期记录我们马上帮您删除。', 'zh-CN', true, 'unauthorized_commitment'],
];

describe('lawful statements read by structure (negationStatement)', () => {
  it.each(cases)('%s', (text, locale, verified, category) => {
    const verdict = check(text, { locale, ...(verified ? V : U) });
    if (category === null) expect(verdict.violations).toEqual([]);
    else expect(verdict.violations.map((v) => v.category)).toContain(category);
  });
});
