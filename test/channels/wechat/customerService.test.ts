import { describe, expect, it } from 'vitest';
import { mergeReplies, splitText, TEXT_LIMIT_BYTES } from '../../../src/channels/wechat/customerService.js';

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
