import { describe, expect, it } from 'vitest';
import { plainNotice } from '../../src/guardrails/negationNotice.js';

describe('plainNotice', () => {
  it('reads a whole wrong-number check, a scam alert of that shape and a placement notice', () => {
    expect(plainNotice('请问这是刘洋的手机吗?如果不是,抱歉打扰了。', false)).toBe(true);
    expect(plainNotice("hi, is this maria's number? if not, sorry to bother you.", false)).toBe(true);
    expect(plainNotice("提醒:骗子常说'你的账户涉嫌违法',银行不会通过电话要求转账。", true)).toBe(true);
    const placed =
      'your account has been placed with north hill recovery, a debt collection agency, on behalf of east bank. amount: $310.00.';
    expect(plainNotice(placed, true)).toBe(true);
  });
  it('does not read a message with anything more in it, or a placement notice to a stranger', () => {
    expect(plainNotice('请问这是刘洋的手机吗?他欠我们的钱什么时候还?', false)).toBe(false);
    expect(plainNotice("is this maria's number? if not, tell her she owes us.", false)).toBe(false);
    const placed =
      'your account has been placed with north hill recovery, a debt collection agency, on behalf of east bank.';
    expect(plainNotice(placed, false)).toBe(false);
    expect(plainNotice(`${placed} pay today or else.`, true)).toBe(false);
  });
});
