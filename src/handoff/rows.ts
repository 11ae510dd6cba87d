import type { HandoffReason } from '../core/act.js';
import type { Locale } from '../core/locale.js';
import type {
  AgentGuard,
  CallbackState,
  HandoffEntry,
  HandoffMessage,
  HandoffStatus,
  MessageSender,
} from './types.js';

/**
 * A `handoffs` row as either database gives it back: `T` is its timestamp type (SQLite: ISO text;
 * PostgreSQL: `Date`, or text when read through a planned request read) and `B` its boolean
 * (SQLite: 0/1; PostgreSQL: boolean).
 */
export interface HandoffRow<T, B> {
  handoff_id: string;
  conversation_id: string;
  channel_id: string;
  account_id: string | null;
  reason: HandoffReason;
  priority: number;
  summary: string;
  locale: Locale;
  verified: B;
  guard: string | null;
  status: HandoffStatus;
  agent: string | null;
  queued_at: T;
  accepted_at: T | null;
  released_at: T | null;
  outcome: string | null;
  callback: CallbackState;
  callback_at: T | null;
}

/** A `handoff_messages` row; `T` as in `HandoffRow`. */
export interface MessageRow<T> {
  seq: number;
  message_id: string;
  sender: MessageSender;
  agent: string | null;
  text: string;
  created_at: T;
}

/** How one database's values read as the entry's: an ISO timestamp and a boolean. */
export interface RowValues<T, B> {
  iso: (value: T) => string;
  bool: (value: B) => boolean;
}

const optional =
  <T>(iso: (value: T) => string) =>
  (value: T | null): string | undefined =>
    value === null ? undefined : iso(value);

export function entryFrom<T, B>(r: HandoffRow<T, B>, values: RowValues<T, B>): HandoffEntry {
  const maybe = optional(values.iso);
  return {
    handoffId: r.handoff_id,
    conversationId: r.conversation_id,
    channelId: r.channel_id,
    accountId: r.account_id ?? undefined,
    reason: r.reason,
    priority: r.priority,
    summary: r.summary,
    locale: r.locale,
    verified: values.bool(r.verified),
    guard: r.guard ? (JSON.parse(r.guard) as AgentGuard) : undefined,
    status: r.status,
    agent: r.agent ?? undefined,
    queuedAt: values.iso(r.queued_at),
    acceptedAt: maybe(r.accepted_at),
    releasedAt: maybe(r.released_at),
    outcome: r.outcome ?? undefined,
    callback: r.callback,
    callbackAt: maybe(r.callback_at),
  };
}

export function messageFrom<T>(r: MessageRow<T>, iso: (value: T) => string): HandoffMessage {
  return {
    id: r.message_id,
    seq: r.seq,
    from: r.sender,
    agent: r.agent ?? undefined,
    text: r.text,
    timestamp: iso(r.created_at),
  };
}
