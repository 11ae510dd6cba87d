import { describe, expect, it } from 'vitest';
import { outboundParts, outboundText, renderTurn } from '../../../src/channels/wechat/activity.js';
import { mergeReplies, splitText, TEXT_LIMIT_BYTES } from '../../../src/channels/wechat/customerService.js';
import { parseTemplateFields, renderTemplateFields } from '../../../src/channels/wechat/templateMessage.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe("merging a turn's replies", () => {
  it('joins the replies of a turn into one message, in order, separated by a blank line', () => {
    expect(mergeReplies(['您好，我是示例银行的智能助手。', '请提供身份证后四位以核实身份。'], 5)).toEqual({
      messages: ['您好，我是示例银行的智能助手。\n\n请提供身份证后四位以核实身份。'],
      dropped: 0,
    });
  });

  it('starts a new message only when the next reply would pass the 2,048-byte limit', () => {
    const long = '好'.repeat(600); // 1,800 bytes
    const out = mergeReplies([long, '短句一。', long, '短句二。'], 5);
    expect(out.messages.map(bytes)).toEqual([bytes(long) + 2 + 12, bytes(long) + 2 + 12]);
    expect(out.messages.every((m) => bytes(m) <= TEXT_LIMIT_BYTES)).toBe(true);
  });

  it('splits one over-long reply at sentence ends, never inside a character', () => {
    const sentence = '根据您的账户情况，我们可以为您提供分期还款方案。';
    const text = sentence.repeat(60);
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => bytes(p) <= TEXT_LIMIT_BYTES && p.endsWith('。'))).toBe(true);
    expect(parts.join('')).toBe(text);
    const noBreaks = '好'.repeat(1000);
    expect(splitText(noBreaks).map((p) => p.length)).toEqual([682, 318]);
  });

  it('keeps at most the quota and says how many did not fit', () => {
    const block = 'a'.repeat(2000);
    expect(mergeReplies([block, block, block, block], 3)).toMatchObject({ dropped: 1 });
    expect(mergeReplies([block, block, block, block], 3).messages).toHaveLength(3);
  });

  it('leaves out empty replies', () => {
    expect(mergeReplies(['', '  ', '好的'], 5)).toEqual({ messages: ['好的'], dropped: 0 });
  });
});

describe('text for a WeChat message', () => {
  it('lists suggested replies on a closing line, in Chinese or English', () => {
    const actions = [
      { type: 'imBack', title: '分期还款', value: '分期还款' },
      { type: 'imBack', title: '转人工', value: '转人工' },
    ];
    expect(outboundText({ type: 'message', text: '请问您希望如何处理？', locale: 'zh-CN', suggestedActions: { actions, to: [] } })).toBe(
      '请问您希望如何处理？\n您可以回复：“分期还款”、“转人工”',
    );
    expect(outboundText({ type: 'message', text: 'How would you like to proceed?', locale: 'en', suggestedActions: { actions: [{ type: 'imBack', title: 'Plan', value: 'Plan' }], to: [] } })).toBe(
      'How would you like to proceed?\nYou can reply: "Plan"',
    );
  });
});

describe("a turn's messages", () => {
  it('offer only the last message\'s suggested replies, as Web Chat does', () => {
    const ask = (text: string, labels: string[]) =>
      outboundParts({ type: 'message', text, locale: 'zh-CN', suggestedActions: { actions: labels.map((l) => ({ type: 'imBack', title: l, value: l })), to: [] } });
    expect(renderTurn([ask('身份验证已通过。', ['查看还款方案']), ask('请问您每个月大约能还多少钱？', ['转人工'])])).toEqual([
      '身份验证已通过。',
      '请问您每个月大约能还多少钱？\n您可以回复：“转人工”',
    ]);
    expect(renderTurn([ask('', ['确认']), ask('好的。', [])])).toEqual(['好的。']);
  });
});

describe('template fields', () => {
  it('fills placeholders and cuts values to their maximum length', () => {
    const parsed = parseTemplateFields('{"thing1":{"value":"{bank}","maxLength":20},"thing2":{"value":"{text}","maxLength":10},"time3":"{date}"}');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(renderTemplateFields(parsed.fields, { text: '您的信用卡账单已到期，请及时还款。', bank: '示例银行', now: new Date('2026-11-28T20:00:00Z') })).toEqual({
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
