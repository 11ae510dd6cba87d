import type { Activity } from 'botbuilder';
import type { GuardContext } from '../guardrails/types.js';
import type { ReplyTrace } from '../language/responder.js';

/**
 * Private metadata an outbound activity carries to the guarded send path, under
 * `channelData.__collections`. The send path reads it, strips it (it never leaves the
 * process) and records it in the transcript's trace.
 */
export const OUTBOUND_META_KEY = '__collections';

export interface OutboundMeta {
  /** Who produced the text. */
  source: 'bot' | 'agent' | 'reminder' | 'system';
  /** For bot replies: the act, its facts, the drafts and verdicts. */
  trace?: ReplyTrace;
  /** The guard context to check with, when not the turn's default. */
  guardContext?: GuardContext;
  /** What to do when the last-line check blocks the text: send the safe message, or drop it. */
  onBlock?: 'safe_message' | 'drop';
  /** The agent's name, for agent messages. */
  agent?: string;
}

export function withMeta(activity: Partial<Activity>, meta: OutboundMeta): Partial<Activity> {
  const channelData = { ...((activity.channelData as Record<string, unknown> | undefined) ?? {}) };
  channelData[OUTBOUND_META_KEY] = meta;
  return { ...activity, channelData };
}

/** Reads and removes the metadata (the send path calls this once per activity). */
export function takeMeta(activity: Partial<Activity>): OutboundMeta | undefined {
  const channelData = activity.channelData as Record<string, unknown> | undefined;
  if (!channelData || !(OUTBOUND_META_KEY in channelData)) return undefined;
  const meta = channelData[OUTBOUND_META_KEY] as OutboundMeta;
  const rest = { ...channelData };
  delete rest[OUTBOUND_META_KEY];
  activity.channelData = Object.keys(rest).length > 0 ? rest : undefined;
  return meta;
}

/** The turn's default guard context, for outbound text that carries none (set by the bot). */
export const GUARD_DEFAULTS_KEY = 'collections.guardDefaults';
