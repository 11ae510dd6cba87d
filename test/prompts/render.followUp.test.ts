import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/prompts/index.js';
import { reminderTone } from '../../src/prompts/format.js';
import { CTX } from './fixtures.js';
import { withoutBankNumbers } from './helpers.js';

describe('the follow-up after a missed instalment or promise', () => {
  it('is its own tone; a promise reminder is a courtesy before the date', () => {
    expect(reminderTone('missed-1')).toBe('missed');
    expect(reminderTone('promise-1')).toBe('upcoming');
    expect(reminderTone('due+7')).toBe('follow_up');
  });

  it('asks what happened and offers a new arrangement, without pressure or figures', () => {
    const zh = renderTemplate({ kind: 'reminder', reminderKind: 'missed-1', jurisdiction: 'CN' }, CTX['zh-CN']);
    expect(zh).toContain('重新商量');
    expect(zh).not.toMatch(/立即|马上|否则|后果|催收|逾期|必须|尽快/);
    const en = renderTemplate({ kind: 'reminder', reminderKind: 'missed-1', jurisdiction: 'US' }, CTX.en);
    expect(en).toContain('new arrangement');
    expect(en).not.toMatch(/immediately|otherwise|consequence|must|failure|overdue|urgent/i);
    for (const [text, locale] of [
      [zh, 'zh-CN'],
      [en, 'en'],
    ] as const) {
      expect(withoutBankNumbers(text, CTX[locale], CTX[locale].crisisLine)).not.toMatch(/\d/);
    }
  });
});
