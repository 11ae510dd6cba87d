/**
 * Label values for the metrics. Every label has a closed set of values, so a hostile client
 * (a made-up channel id, a crafted trace) cannot grow the series count or put personal data
 * into a label: anything outside the set is counted as 'other'.
 */

export const CHANNELS = ['directline', 'wechat', 'msteams', 'webchat', 'emulator', 'test', 'other'] as const;
export type ChannelLabel = (typeof CHANNELS)[number];

export const GUARD_CATEGORIES = [
  'threat',
  'false_legal',
  'privacy',
  'defamation',
  'harassment',
  'misrepresentation',
  'unauthorized_commitment',
  'discrimination',
  'prompt_leak',
  'checker_error',
  'other',
] as const;
export type GuardCategoryLabel = (typeof GUARD_CATEGORIES)[number];

/** Who wrote the draft the guardrail judged. */
export const GUARD_SOURCES = ['template', 'model', 'agent', 'reminder'] as const;
export type GuardSourceLabel = (typeof GUARD_SOURCES)[number];

export const MODEL_RESULTS = [
  'ok',
  'timeout',
  'no_time',
  'rate_limited',
  'server_error',
  'auth',
  'bad_request',
  'connection',
  'malformed',
  'empty',
  'error',
  'rejected',
  'other',
] as const;
export type ModelResultLabel = (typeof MODEL_RESULTS)[number];

export const TURN_OUTCOMES = ['replied', 'no_reply', 'error'] as const;
export type TurnOutcome = (typeof TURN_OUTCOMES)[number];

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function channelLabel(channelId: unknown): ChannelLabel {
  return oneOf(CHANNELS, channelId, 'other');
}

export function categoryLabel(category: unknown): GuardCategoryLabel {
  return oneOf(GUARD_CATEGORIES, category, 'other');
}

/**
 * The draft's author: agents and reminders by the message's sender; for the bot's own replies,
 * 'model' when the model (or its regeneration) wrote the draft, otherwise 'template'.
 */
export function guardSourceLabel(messageSource: unknown, draftSource: unknown): GuardSourceLabel {
  if (messageSource === 'agent' || messageSource === 'reminder') return messageSource;
  if (draftSource === 'agent' || draftSource === 'reminder') return draftSource;
  if (draftSource === 'model' || draftSource === 'regeneration') return 'model';
  return 'template';
}

/** 'ok' for a model answer that was used; otherwise the failure reason from the trace. */
export function modelResultLabel(fallbackReason: unknown): ModelResultLabel {
  if (fallbackReason === undefined || fallbackReason === null || fallbackReason === '') return 'ok';
  if (fallbackReason === 'template' || fallbackReason === 'safe_message') return 'rejected';
  return oneOf(MODEL_RESULTS, fallbackReason, 'other');
}
