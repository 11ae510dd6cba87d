import { ActivityTypes, type Activity, type ConversationReference } from 'botbuilder';
import type { InboundMessage } from './inbound.js';

export const WECHAT_CHANNEL_ID = 'wechat';

/** `wechat:<openid>`: the conversation id of a person's chat with the Official Account. */
export function conversationIdFor(openid: string): string {
  return `${WECHAT_CHANNEL_ID}:${openid}`;
}

/** The openid in a WeChat conversation reference (its user, or the id after `wechat:`). */
export function openidOf(reference: Partial<ConversationReference>): string | undefined {
  const user = reference.user?.id;
  if (user) return user;
  const id = reference.conversation?.id;
  return id?.startsWith(`${WECHAT_CHANNEL_ID}:`) ? id.slice(WECHAT_CHANNEL_ID.length + 1) : undefined;
}

/**
 * The Bot Framework activity for a WeChat text message or (un)subscribe event. The openid is the
 * channel user id, so it binds to an account like any other channel's user id.
 */
export function toActivity(message: Extract<InboundMessage, { kind: 'text' | 'event' }>, serviceUrl: string): Partial<Activity> {
  const common = {
    channelId: WECHAT_CHANNEL_ID,
    serviceUrl,
    timestamp: new Date(message.createTime * 1000),
    locale: 'zh-CN',
    from: { id: message.openid, name: message.openid, role: 'user' },
    recipient: { id: message.account, name: message.account, role: 'bot' },
    conversation: { id: conversationIdFor(message.openid), isGroup: false, conversationType: 'personal', name: '' },
  };
  if (message.kind === 'text') {
    return { ...common, type: ActivityTypes.Message, id: message.msgId, text: message.text, textFormat: 'plain', channelData: { msgId: message.msgId } };
  }
  return { ...common, type: ActivityTypes.Event, id: `${message.event}:${message.openid}:${message.createTime}`, name: message.event, value: {} };
}

/** An outbound message's text, and its suggested replies as one line (WeChat text has no buttons). */
export interface OutboundParts {
  text: string;
  replyLine: string | undefined;
}

export function outboundParts(activity: Partial<Activity>): OutboundParts {
  const text = (activity.text ?? '').trim();
  const labels = (activity.suggestedActions?.actions ?? [])
    .map((a) => (typeof a.value === 'string' && a.type === 'imBack' ? a.value : (a.title ?? '')).trim())
    .filter(Boolean);
  if (labels.length === 0) return { text, replyLine: undefined };
  const english = (activity.locale ?? '').toLowerCase().startsWith('en');
  const replyLine = english ? `You can reply: ${labels.map((l) => `"${l}"`).join(', ')}` : `您可以回复：${labels.map((l) => `“${l}”`).join('、')}`;
  return { text, replyLine };
}

/** The text a person sees for one message: its text, then the line listing what they can reply. */
export function outboundText(activity: Partial<Activity>): string {
  const { text, replyLine } = outboundParts(activity);
  return [text, replyLine].filter(Boolean).join('\n');
}

/**
 * A turn's messages as WeChat texts. As in Web Chat, only the last message's suggested replies
 * are offered (earlier ones are already out of date), so the reply line appears once, at the end.
 */
export function renderTurn(parts: readonly OutboundParts[]): string[] {
  return parts
    .map((p, i) => (i === parts.length - 1 && p.replyLine ? [p.text, p.replyLine].filter(Boolean).join('\n') : p.text))
    .filter((t) => t !== '');
}
