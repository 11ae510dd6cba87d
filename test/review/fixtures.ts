import type { TranscriptActivity } from '../../src/store/transcripts/types.js';

/**
 * A conversation as the service logs it: inbound activities from the transcript middleware,
 * bot and agent messages each followed by the send path's reply trace, and a handoff event.
 * Shapes follow src/bot/middleware/guardedSend.ts.
 */
export interface ConversationOptions {
  conversationId: string;
  channelId?: string;
  accountId?: string;
  /** First activity's time; each next one is `gapMs` later. */
  start?: string;
  gapMs?: number;
}

const VERDICT_OK = { allowed: true, status: 'allowed', violations: [] };
const THREAT = {
  category: 'threat',
  rule: 'threat.contact_third_party',
  severity: 'high',
  evidence: '通知你的单位',
};

export function sampleConversation(o: ConversationOptions): TranscriptActivity[] {
  const channelId = o.channelId ?? 'directline';
  const start = Date.parse(o.start ?? '2026-11-20T02:00:00.000Z');
  const gap = o.gapMs ?? 2000;
  const conversation = { id: o.conversationId };
  const user = { id: 'u-1', name: '张三', role: 'user' };
  const bot = { id: 'bot', name: '示例银行助理', role: 'bot' };
  const agent = { id: 'agent-li', name: '客服小李', role: 'agent' };
  let i = 0;
  const at = (): string => new Date(start + gap * i++).toISOString();
  const base = (id: string, from: { id: string; name: string; role: string }) => ({
    id,
    channelId,
    conversation,
    from,
    timestamp: at(),
  });
  const reply = (
    id: string,
    text: string,
    act: object,
    extra: Record<string, unknown> = {},
  ): TranscriptActivity[] => {
    const message = {
      ...base(id, bot),
      type: 'message',
      text,
      locale: 'zh-CN',
      channelData: { source: 'bot' },
    };
    const trace = {
      ...base(`${id}-trace`, bot),
      type: 'trace',
      name: 'collections.reply',
      label: 'guardrail',
      valueType: 'https://collections.example/trace/reply/v1',
      replyToId: id,
      value: {
        messageId: id,
        source: 'bot',
        act,
        verified: true,
        locale: 'zh-CN',
        accountId: o.accountId,
        template: { id: `${(act as { kind: string }).kind}.zh-CN`, version: 1 },
        wording: 'template',
        verdicts: [{ source: 'send-path', verdict: VERDICT_OK }],
        blockedDrafts: [],
        sendPath: 'as_is',
        ...extra,
      },
    };
    return [message, trace];
  };
  return [
    { ...base('a0', user), type: 'conversationUpdate', membersAdded: [user] },
    ...reply('b1', '您好，我是示例银行的智能助理。本次对话将被录音存档。', { kind: 'opening' }),
    {
      ...base('u1', user),
      type: 'message',
      text: '我是张三，手机号13812345678，身份证110101199003077777',
      locale: 'zh-CN',
    },
    ...reply('b2', '感谢您，身份已核实。您尾号6789的信用卡当前逾期金额为1,234.56元。', {
      kind: 'account_summary',
    }),
    { ...base('u2', user), type: 'message', text: '我现在真的还不起', locale: 'zh-CN' },
    ...reply(
      'b3',
      '我们理解您的困难。我们可以为您提供分期还款方案，每月还款约206.00元。',
      { kind: 'plan_offers' },
      {
        wording: 'template',
        model: { model: 'gpt-4o-mini', promptId: 'respond', promptVersion: 3, latencyMs: 812 },
        verdicts: [
          { source: 'model', verdict: { allowed: false, status: 'blocked', violations: [THREAT] } },
          { source: 'send-path', verdict: VERDICT_OK },
        ],
        blockedDrafts: [
          {
            source: 'model',
            text: '再不还钱我们就通知你的单位',
            verdict: { allowed: false, status: 'blocked', violations: [THREAT] },
          },
        ],
      },
    ),
    { ...base('u3', user), type: 'message', text: '这笔年费我有异议，我要投诉', locale: 'zh-CN' },
    ...reply('b4', '已为您登记异议，编号D-1001。异议处理期间我们将暂停催收。', {
      kind: 'dispute_recorded',
      disputeId: 'D-1001',
    }),
    {
      ...base('e1', bot),
      type: 'event',
      name: 'handoff.queued',
      value: { reason: 'dispute', etaMinutes: 10 },
    },
    {
      ...base('g1', agent),
      type: 'message',
      text: '您好，我是客服小李，您的异议我们会在三个工作日内答复。',
      channelData: { source: 'agent', agent: '客服小李' },
    },
    {
      ...base('g1-trace', agent),
      type: 'trace',
      name: 'collections.reply',
      label: 'guardrail',
      replyToId: 'g1',
      value: {
        messageId: 'g1',
        source: 'agent',
        agent: '客服小李',
        verdicts: [{ source: 'send-path', verdict: VERDICT_OK }],
        blockedDrafts: [],
        sendPath: 'as_is',
      },
    },
  ];
}
