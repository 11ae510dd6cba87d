import type { Db } from '../db.js';

/** A message a channel holds (delivered or acknowledged) that the transcript does not. */
export interface UnrecordedMessage {
  channel: 'directline' | 'wechat';
  conversationId: string;
  /** The channel's id for it (Direct Line activity id, WeChat MsgId or event key). */
  channelId: string;
  from: 'user' | 'bot';
  text: string | undefined;
}

interface DlRow {
  conversation_id: string;
  activity_id: string;
  from_role: string;
  activity: string;
}

function parsed(json: string): { type?: unknown; text?: unknown } {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

/**
 * Cross-checks the channels' own stores against the transcript: every message Direct Line
 * stored (what the person sent, matched by id; what the bot sent, matched by text within the
 * conversation) and every WeChat callback acknowledged must have a transcript record.
 */
export function unrecordedChannelMessages(db: Db): UnrecordedMessage[] {
  return [...directLineGaps(db), ...weChatGaps(db)];
}

function directLineGaps(db: Db): UnrecordedMessage[] {
  const gaps: UnrecordedMessage[] = [];
  const rows = db
    .prepare(
      'SELECT conversation_id, activity_id, from_role, activity FROM directline_activities ORDER BY conversation_id, seq',
    )
    .all() as DlRow[];
  const userIds = db.prepare(
    'SELECT 1 FROM transcript_records WHERE conversation_id = ? AND activity_id = ? LIMIT 1',
  );
  const botTexts = db.prepare(
    `SELECT activity FROM transcript_records WHERE conversation_id = ? AND type = 'message' AND role IN ('bot', 'agent')`,
  );
  const textsByConversation = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const activity = parsed(row.activity);
    if (activity.type !== 'message') continue;
    const text = typeof activity.text === 'string' ? activity.text : undefined;
    if (row.from_role === 'user') {
      if (!userIds.get(row.conversation_id, row.activity_id)) gaps.push(gap('directline', row, 'user', text));
      continue;
    }
    let texts = textsByConversation.get(row.conversation_id);
    if (!texts) {
      texts = new Map();
      for (const r of botTexts.all(row.conversation_id) as { activity: string }[]) {
        const t = parsed(r.activity).text;
        const key = typeof t === 'string' ? t : '';
        texts.set(key, (texts.get(key) ?? 0) + 1);
      }
      textsByConversation.set(row.conversation_id, texts);
    }
    const key = text ?? '';
    const left = texts.get(key) ?? 0;
    if (left > 0) texts.set(key, left - 1);
    else gaps.push(gap('directline', row, 'bot', text));
  }
  return gaps;
}

function gap(
  channel: 'directline',
  row: DlRow,
  from: 'user' | 'bot',
  text: string | undefined,
): UnrecordedMessage {
  return { channel, conversationId: row.conversation_id, channelId: row.activity_id, from, text };
}

function weChatGaps(db: Db): UnrecordedMessage[] {
  const keys = db
    .prepare('SELECT dedupe_key FROM wechat_inbound_seen ORDER BY received_at')
    .pluck()
    .all() as string[];
  const byId = db.prepare(
    `SELECT 1 FROM transcript_records WHERE channel_id = 'wechat' AND activity_id = ? LIMIT 1`,
  );
  const gaps: UnrecordedMessage[] = [];
  for (const key of keys) {
    const id = weChatActivityId(key);
    if (id !== undefined && !byId.get(id))
      gaps.push({ channel: 'wechat', conversationId: '', channelId: id, from: 'user', text: undefined });
  }
  return gaps;
}

/** 'msg:<MsgId>' → MsgId; 'evt:<openid>:<time>:<event>' → '<event>:<openid>:<time>' (toActivity's ids). */
function weChatActivityId(key: string): string | undefined {
  if (key.startsWith('msg:')) return key.slice(4);
  const parts = key.split(':');
  if (parts[0] === 'evt' && parts.length === 4 && (parts[3] === 'subscribe' || parts[3] === 'unsubscribe'))
    return `${parts[3]}:${parts[1] ?? ''}:${parts[2] ?? ''}`;
  return undefined;
}
