import { describe, expect, it } from 'vitest';
import { contentUnits, hasContent, MIN_CONTENT_UNITS } from '../../../src/guardrails/classifier/opinion.js';
import { check } from '../../../src/guardrails/index.js';

const ctx = { locale: 'zh-CN' as const, verified: true };

describe('the classifier on short texts', () => {
  it('counts Han characters and Latin-script words as content', () => {
    expect(contentUnits('您好')).toBe(2);
    expect(contentUnits("Hi, I'll check.")).toBe(3);
    expect(contentUnits('好的 OK')).toBe(3);
  });

  it('stops counting once there is enough content, agreeing with the full count', () => {
    for (const text of [
      '您好',
      '好的 OK',
      'OK thanks',
      '请您尽快还款',
      'Please call us back today.',
      '你好 hi 好',
    ]) {
      expect(hasContent(text), text).toBe(contentUnits(text) >= MIN_CONTENT_UNITS);
    }
  });

  it('never blocks a greeting or an acknowledgement an agent types in a hurry', () => {
    for (const text of ['您好', '您好。', '稍等', '嗯', '好的', 'Hi', 'Hello.', 'OK thanks', '收到']) {
      expect(contentUnits(text)).toBeLessThan(MIN_CONTENT_UNITS);
      expect(check(text, ctx).allowed, text).toBe(true);
    }
  });

  it('leaves short insults and threats to the rules, which still block them', () => {
    for (const text of ['傻逼', '去死吧', '你等着！', '你给我等着']) {
      expect(check(text, ctx).allowed, text).toBe(false);
    }
  });
});
