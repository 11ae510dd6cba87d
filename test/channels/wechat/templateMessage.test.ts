import { describe, expect, it } from 'vitest';
import { parseTemplateFields, renderTemplateFields } from '../../../src/channels/wechat/templateMessage.js';

describe('template fields', () => {
  it('fills the template fields and cuts values to their maximum length', () => {
    const parsed = parseTemplateFields(
      '{"thing1":{"value":"{bank}","maxLength":20},"thing2":{"value":"{text}","maxLength":10},"time3":"{date}"}',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(
      renderTemplateFields(parsed.fields, {
        text: '您的信用卡账单已到期，请及时还款。',
        bank: '示例银行',
        now: new Date('2026-11-28T20:00:00Z'),
      }),
    ).toEqual({
      thing1: { value: '示例银行' },
      thing2: { value: '您的信用卡账单已到…' },
      time3: { value: '2026-11-29' },
    });
  });

  it('names what is wrong with a bad mapping', () => {
    expect(parseTemplateFields('[')).toEqual({ ok: false, error: 'WECHAT_TEMPLATE_FIELDS is not JSON' });
    expect(parseTemplateFields('{}')).toEqual({ ok: false, error: 'WECHAT_TEMPLATE_FIELDS maps no fields' });
    expect(parseTemplateFields('{"thing1":5}')).toMatchObject({ ok: false });
  });
});
