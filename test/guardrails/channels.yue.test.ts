import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';

/**
 * Cantonese instructions to pay a person, outside the bank's channels (channels.ts, PERSONAL_YUE,
 * guardrw14zh), in phrasings written for this test, none from its check set.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true, paymentChannels: ['手机银行', '95588'] };

describe('Cantonese payment outside the channels', () => {
  it.each([
    '有咩WhatsApp我，我同你講點過數。',
    '你直接入數去我戶口啦。',
    '轉數快俾我就搞掂。',
    '你落樓下，畀現金我。',
    '我哋聽日上嚟收錢。',
    '唔使經銀行咁麻煩。',
  ])('blocks "%s"', (text) => {
    expect(check(text, ZH).violations.map((v) => v.rule)).toContain('misrepresentation.payment_channel');
  });

  it.each([
    '請用手機銀行過數，多謝。',
    '我哋唔會叫你過數去私人戶口。',
    '唔好將錢交畀任何自稱職員嘅人。',
    '有問題可以打95588。',
  ])('lets "%s" through', (text) => {
    expect(check(text, ZH).violations.map((v) => v.rule)).not.toContain('misrepresentation.payment_channel');
  });
});
