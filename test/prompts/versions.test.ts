import { describe, expect, it } from 'vitest';
import type { Act } from '../../src/core/act.js';
import {
  ACT_KINDS,
  countWords,
  durationWords,
  handoffOutcome,
  suggestionsFor,
  templateInfo,
  type Wording,
} from '../../src/prompts/index.js';
import { SAMPLES, ZHANG_WEI, plan } from './fixtures.js';

const offers: Act = {
  kind: 'plan_offers',
  currency: 'CNY',
  offers: [plan('full', 1_234_567, 1, 0, '2026-05-20'), plan('installments', 1_234_567, 12, 60, '2026-06-01')],
  fits: true,
};

describe('templates as versioned data', () => {
  it('gives every act kind a template id and a positive version', () => {
    expect(ACT_KINDS).toHaveLength(43);
    for (const kind of ACT_KINDS) {
      const info = templateInfo(kind);
      expect(info.id).toBe(kind);
      expect(Number.isInteger(info.version) && info.version > 0).toBe(true);
    }
  });

  it('makes a locale that misses an act kind a type error (checked by tsc)', () => {
    // @ts-expect-error: only `opening` is worded; every other kind is missing.
    const partial: Wording = { opening: () => '您好' };
    expect(Object.keys(partial)).toEqual(['opening']);
  });
});

describe('suggested actions', () => {
  it('offers one button per plan and a way to a person', () => {
    expect(suggestionsFor(offers, 'zh-CN')).toEqual(['方案1', '方案2', '转人工']);
    expect(suggestionsFor(offers, 'en')).toEqual(['Option 1', 'Option 2', 'Talk to a person']);
  });

  it('offers yes/no on a plan confirmation and on a callback offer', () => {
    const offer = plan('installments', 1_234_567, 12, 60, '2026-06-01');
    expect(suggestionsFor({ kind: 'plan_confirm', currency: 'CNY', offer }, 'zh-CN')).toEqual(['确认', '不用了', '转人工']);
    expect(suggestionsFor({ kind: 'handoff_callback_offer' }, 'en')).toEqual(['Confirm', 'No thanks']);
  });

  it('offers a stop button on reminders and nothing on a stop confirmation', () => {
    expect(suggestionsFor({ kind: 'reminder', reminderKind: 'due', jurisdiction: 'CN' }, 'zh-CN')).toEqual(['转人工', '退订']);
    expect(suggestionsFor({ kind: 'cease_contact_confirmed' }, 'en')).toEqual([]);
  });

  it('keeps every label short and in the reader language', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const act of SAMPLES[locale]) {
        for (const label of suggestionsFor(act, locale)) {
          expect(label.length, `${act.kind}: ${label}`).toBeLessThanOrEqual(20);
          if (locale === 'zh-CN') expect(label).not.toMatch(/[a-z]/);
        }
      }
    }
    expect(suggestionsFor({ kind: 'account_summary', account: ZHANG_WEI }, 'zh-CN')).toEqual(['查看还款方案', '转人工']);
  });
});

describe('counts in words', () => {
  it('spells counts the way Chinese is spoken', () => {
    expect([2, 3, 10, 12, 30, 105, 110, 1050, 1440].map((n) => countWords(n, 'zh-CN'))).toEqual([
      '两', '三', '十', '十二', '三十', '一百零五', '一百一十', '一千零五十', '一千四百四十',
    ]);
  });

  it('spells counts in English', () => {
    expect([0, 2, 21, 30, 105, 1440].map((n) => countWords(n, 'en'))).toEqual([
      'zero', 'two', 'twenty-one', 'thirty', 'one hundred five', 'one thousand four hundred forty',
    ]);
  });

  it('says whole hours as hours', () => {
    expect(durationWords(30, 'zh-CN')).toBe('三十分钟');
    expect(durationWords(120, 'zh-CN')).toBe('两个小时');
    expect(durationWords(60, 'en')).toBe('one hour');
    expect(durationWords(1, 'en')).toBe('one minute');
  });
});

describe('handoff outcomes', () => {
  it('recognises outcome codes however they are written, and nothing else', () => {
    expect(handoffOutcome('Plan agreed')).toBe('plan_agreed');
    expect(handoffOutcome('callback-scheduled')).toBe('callback_scheduled');
    expect(handoffOutcome('he said he will pay')).toBeUndefined();
  });
});
