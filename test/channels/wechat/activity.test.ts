import { describe, expect, it } from 'vitest';
import { outboundParts, outboundText, renderTurn } from '../../../src/channels/wechat/activity.js';

describe('text for a WeChat message', () => {
  it('lists suggested replies on a closing line, in Chinese or English', () => {
    const actions = [
      { type: 'imBack', title: '分期还款', value: '分期还款' },
      { type: 'imBack', title: '转人工', value: '转人工' },
    ];
    expect(
      outboundText({
        type: 'message',
        text: '请问您希望如何处理？',
        locale: 'zh-CN',
        suggestedActions: { actions, to: [] },
      }),
    ).toBe('请问您希望如何处理？\n您可以回复：“分期还款”、“转人工”');
    expect(
      outboundText({
        type: 'message',
        text: 'How would you like to proceed?',
        locale: 'en',
        suggestedActions: { actions: [{ type: 'imBack', title: 'Plan', value: 'Plan' }], to: [] },
      }),
    ).toBe('How would you like to proceed?\nYou can reply: "Plan"');
  });
});

describe("a turn's messages", () => {
  it("offer only the last message's suggested replies, as Web Chat does", () => {
    const ask = (text: string, labels: string[]) =>
      outboundParts({
        type: 'message',
        text,
        locale: 'zh-CN',
        suggestedActions: { actions: labels.map((l) => ({ type: 'imBack', title: l, value: l })), to: [] },
      });
    expect(
      renderTurn([
        ask('身份验证已通过。', ['查看还款方案']),
        ask('请问您每个月大约能还多少钱？', ['转人工']),
      ]),
    ).toEqual(['身份验证已通过。', '请问您每个月大约能还多少钱？\n您可以回复：“转人工”']);
    expect(renderTurn([ask('', ['确认']), ask('好的。', [])])).toEqual(['好的。']);
  });
});
