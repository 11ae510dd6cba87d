import { describe, expect, it } from 'vitest';
import { COMPOSED, compose } from '../../../src/guardrails/classifier/compose.js';
import type { TrainingItem } from '../../../src/guardrails/classifier/data.js';
import { templateFolds } from '../../../src/guardrails/classifier/train.js';

const zhLawful = [
  '您本月账单已出，请按时还款。',
  '如需办理分期，请致电客服热线。',
  '我们不会联系您的家人或单位。',
  '逾期可能影响您的个人信用记录。',
  '您可以在手机银行查看还款明细。',
  '如对账单有异议，可以提出申诉。',
  '我们会在工作时间内与您联系。',
  '感谢您的配合，祝您生活愉快。',
];
const zhViolating = ['再不还钱就去你单位闹', '你就是个骗子，大家都知道', '明天派人上门堵你'];
const enLawful = [
  'Your statement is ready in the app.',
  'You can ask for a payment plan at any time.',
  'We will not contact your employer.',
  'Late payments may be reported to the credit bureaus.',
  'Call us on weekdays between 9 and 5.',
  'You may dispute this balance in writing.',
  'Thank you for your time today.',
  'Your autopay is set for the 15th.',
];
const enViolating = ['We know where your kids go to school', 'Pay now or we tell your boss you are a thief'];

function fixture(): TrainingItem[] {
  const items: TrainingItem[] = [];
  zhLawful.forEach((text, i) =>
    items.push({ text, lang: 'zh', template: `a.zh:compliant:${i}`, how: 'core' }),
  );
  zhViolating.forEach((text, i) =>
    items.push({ text, lang: 'zh', category: 'threat', template: `a.zh:threat:${i}`, how: 'core' }),
  );
  enLawful.forEach((text, i) =>
    items.push({ text, lang: 'en', template: `a.en:compliant:${i}`, how: 'core' }),
  );
  enViolating.forEach((text, i) =>
    items.push({ text, lang: 'en', category: 'privacy', template: `a.en:privacy:${i}`, how: 'core' }),
  );
  // An augmented variant is never a part.
  items.push({
    text: '【通知】明天派人上门堵你',
    lang: 'zh',
    category: 'threat',
    template: 'a.zh:threat:2',
    how: 'register',
  });
  return items;
}

describe('composition augmentation', () => {
  const items = fixture();
  const folds = templateFolds(
    items.map((i) => i.template),
    2,
    16,
  );
  const composed = compose(items, { seed: 38, foldOf: (t) => folds.get(t) ?? 0 });
  const violating = composed.filter((c) => c.category !== undefined);
  const lawful = composed.filter((c) => c.category === undefined);

  it('keeps every part of a composed row in its template’s fold', () => {
    expect(composed.length).toBeGreaterThan(0);
    for (const c of composed) {
      expect(c.how).toBe(COMPOSED);
      for (const p of c.parts ?? []) expect(folds.get(p)).toBe(folds.get(c.template));
    }
  });

  it('builds one violating row per violating template, labelled by its one violating sentence', () => {
    expect(violating.map((v) => v.template).sort()).toEqual(
      [
        ...zhViolating.map((_, i) => `a.zh:threat:${i}`),
        ...enViolating.map((_, i) => `a.en:privacy:${i}`),
      ].sort(),
    );
    for (const v of violating) {
      const parts = v.parts ?? [];
      expect(parts.length).toBeGreaterThanOrEqual(2);
      expect(parts.length).toBeLessThanOrEqual(4);
      expect(parts.filter((p) => !p.includes(':compliant:'))).toEqual([v.template]);
      const sentence = items.find((i) => i.template === v.template && i.how === 'core')?.text ?? '';
      expect(v.text).toContain(sentence);
      expect(v.category).toBe(v.lang === 'zh' ? 'threat' : 'privacy');
      expect(v.text).not.toContain('【通知】明天');
    }
  });

  it('builds as many lawful rows, of 2–4 lawful sentences from distinct templates', () => {
    for (const lang of ['zh', 'en'] as const)
      expect(lawful.filter((l) => l.lang === lang).length).toBe(
        violating.filter((v) => v.lang === lang).length,
      );
    for (const l of lawful) {
      const parts = l.parts ?? [];
      expect(parts.length).toBeGreaterThanOrEqual(2);
      expect(parts.length).toBeLessThanOrEqual(4);
      expect(new Set(parts).size).toBe(parts.length);
      expect(parts.every((p) => p.includes(':compliant:'))).toBe(true);
    }
  });

  it('is deterministic for a seed and changes with it', () => {
    const again = compose(items, { seed: 38, foldOf: (t) => folds.get(t) ?? 0 });
    expect(again).toEqual(composed);
    const other = compose(items, { seed: 39, foldOf: (t) => folds.get(t) ?? 0 });
    expect(other.map((o) => o.text)).not.toEqual(composed.map((c) => c.text));
  });

  it('never repeats a text already present', () => {
    const texts = [...items.map((i) => i.text), ...composed.map((c) => c.text)];
    expect(new Set(texts).size).toBe(texts.length);
  });
});
