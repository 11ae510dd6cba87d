import { postWithToken, type ApiResult, type ApiSettings, type Resend, type TokenSource } from './apiClient.js';

/**
 * Largest text we put in one customer-service message, in UTF-8 bytes (about 680 Chinese
 * characters). WeChat does not document the figure; longer texts are refused with errcode 45002
 * "content size out of limit" at 2,048 bytes, the limit it documents for text replies.
 */
export const TEXT_LIMIT_BYTES = 2048;

/**
 * Customer-service messages WeChat allows per trigger (服务号 customer-service rules): 5 within
 * 48 hours after the person sends a message, 3 within one minute after they subscribe.
 */
export const REPLY_QUOTA = { message: 5, subscribe: 3 } as const;

export type CustomerServiceOutcome =
  | { status: 'sent'; messages: number }
  /** errcode 45015: more than 48 hours since the person last wrote. */
  | { status: 'window_closed'; sent: number }
  /** errcode 45047: the customer-service quota for this person is used up. */
  | { status: 'quota_exceeded'; sent: number }
  /** errcode 43004: the person has unsubscribed. */
  | { status: 'unsubscribed'; sent: number }
  /** `mayHaveArrived`: the failed message itself may have reached the person (see apiClient). */
  | { status: 'failed'; sent: number; detail: string; mayHaveArrived: boolean };

const SEPARATOR = '\n\n';
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Splits one text longer than `maxBytes` at a line or sentence end where it can, else between characters. */
export function splitText(text: string, maxBytes = TEXT_LIMIT_BYTES): string[] {
  const parts: string[] = [];
  let rest = text;
  while (bytes(rest) > maxBytes) {
    let cut = 0;
    let size = 0;
    let lastBreak = 0;
    for (const ch of rest) {
      const b = bytes(ch);
      if (size + b > maxBytes) break;
      size += b;
      cut += ch.length;
      if (/[\n。！？!?；;]/.test(ch) || (ch === '.' && /\s/.test(rest[cut] ?? ''))) lastBreak = cut;
    }
    const at = lastBreak > cut / 2 ? lastBreak : cut;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/**
 * Packs a turn's replies, in order, into as few messages as possible, each within `maxBytes`
 * (replies joined by a blank line). When even that needs more than `maxMessages`, the first
 * `maxMessages` are kept and `dropped` says how many did not fit.
 *
 *   mergeReplies(['您好。', '请问您是本人吗？'], 5) // { messages: ['您好。\n\n请问您是本人吗？'], dropped: 0 }
 */
export function mergeReplies(texts: readonly string[], maxMessages: number, maxBytes = TEXT_LIMIT_BYTES): { messages: string[]; dropped: number } {
  const pieces = texts.map((t) => t.trim()).filter((t) => t !== '').flatMap((t) => splitText(t, maxBytes));
  const messages: string[] = [];
  for (const piece of pieces) {
    const last = messages[messages.length - 1];
    if (last !== undefined && bytes(last) + bytes(SEPARATOR) + bytes(piece) <= maxBytes) {
      messages[messages.length - 1] = last + SEPARATOR + piece;
    } else {
      messages.push(piece);
    }
  }
  const kept = messages.slice(0, Math.max(0, maxMessages));
  return { messages: kept, dropped: messages.length - kept.length };
}

/**
 * What a customer-service message is: a `reply` within a conversation the person is in, or a
 * `proactive` one (a reminder, an agent's note). Each has its retry rule (issue 19 wechat24).
 */
export type MessageKind = 'reply' | 'proactive';

export const RESEND_BY_KIND: Readonly<Record<MessageKind, Resend>> = {
  reply: 'any_transient',
  proactive: 'only_if_not_arrived',
};

/** `POST /cgi-bin/message/custom/send` for text messages. */
export class CustomerServiceClient {
  constructor(
    private readonly tokens: TokenSource,
    private readonly api: ApiSettings,
  ) {}

  /** Sends one text message as it is (callers keep it within TEXT_LIMIT_BYTES). */
  async sendText(openid: string, content: string, kind: MessageKind = 'reply'): Promise<ApiResult> {
    const body = { touser: openid, msgtype: 'text', text: { content } };
    return postWithToken(this.tokens, this.api, '/cgi-bin/message/custom/send', body, RESEND_BY_KIND[kind]);
  }

  /** Sends the messages in order, stopping at the first that fails. */
  async sendTexts(openid: string, messages: readonly string[], kind: MessageKind = 'reply'): Promise<CustomerServiceOutcome> {
    let sent = 0;
    for (const message of messages) {
      const result = await this.sendText(openid, message, kind);
      if (result.kind !== 'ok') return failure(result, sent);
      sent++;
    }
    return { status: 'sent', messages: sent };
  }
}

function failure(result: Exclude<ApiResult, { kind: 'ok' }>, sent: number): CustomerServiceOutcome {
  switch (result.kind) {
    case 'errcode':
      if (result.errcode === 45015) return { status: 'window_closed', sent };
      if (result.errcode === 45047) return { status: 'quota_exceeded', sent };
      if (result.errcode === 43004) return { status: 'unsubscribed', sent };
      return { status: 'failed', sent, detail: `errcode ${result.errcode}: ${result.errmsg}`, mayHaveArrived: false };
    case 'transient':
      return { status: 'failed', sent, detail: result.detail, mayHaveArrived: result.mayHaveArrived };
    case 'http_error':
      return { status: 'failed', sent, detail: `HTTP ${result.status}`, mayHaveArrived: false };
  }
}
