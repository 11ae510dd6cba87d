import { describe, expect, it } from 'vitest';
import { addressesNoOne } from '../../src/guardrails/negationNotice.js';

describe('addressesNoOne', () => {
  it('reads general rules text about debtors as addressed to no one', () => {
    expect(addressesNoOne('银行委托催收前，应当书面通知债务人。')).toBe(true);
    expect(addressesNoOne('信用卡账单应付账款得申请缓缴三至六个月。')).toBe(true);
    expect(addressesNoOne('Customers who lost income may apply to defer payments.')).toBe(true);
  });
  it('does not excuse a message to or about a person, or one naming a sum', () => {
    expect(addressesNoOne('您的信用卡已逾期，请尽快还款。')).toBe(false);
    expect(addressesNoOne('债务人王某某应尽快还款。')).toBe(false);
    expect(addressesNoOne('客户应于三日内还款5000元。')).toBe(false);
    expect(addressesNoOne('Customers must pay $500 today.')).toBe(false);
    expect(addressesNoOne('Your account is overdue and customers must pay.')).toBe(false);
  });
});
