import { isBoundedCopy } from './bounded.js';
import { readTurnTraceValue } from './turnTraceRead.js';
import type { TurnTrace } from './turnTraceSchema.js';
import type { TranscriptActivity } from './types.js';

export type { TraceDraft, TraceVerdict, TraceViolation, TurnTrace } from './turnTraceSchema.js';

/**
 * The trace the guarded send path logs right after each bot or agent message (see
 * src/bot/middleware/guardedSend.ts):
 *
 *   { type: 'trace', name: 'collections.reply', label: 'guardrail', replyToId: <message id>,
 *     valueType: 'https://collections.example/trace/reply/v1',
 *     value: { messageId, source, act, facts, verified, locale, template, wording, model,
 *              verdicts: [{ source, verdict }], blockedDrafts: [{ source, text, verdict }], sendPath } }
 *
 * Read leniently (flat verdicts, drafts as strings, 'sent' instead of 'wording' are accepted):
 * a trace from an older or newer writer still shows what it has.
 */
export const REPLY_TRACE_NAMES: readonly string[] = ['collections.reply', 'collections.turn'];
export const REPLY_TRACE_LABEL = 'guardrail';

/** Whether the activity is the send path's reply trace (act, verdicts, blocked drafts). */
export function isTurnTrace(activity: TranscriptActivity): boolean {
  return (
    activity.type === 'trace' &&
    ((typeof activity.name === 'string' && REPLY_TRACE_NAMES.includes(activity.name)) ||
      activity.label === REPLY_TRACE_LABEL)
  );
}

/**
 * Traces already read, for the transcript's own bounded copies only: a copy is not changed once
 * made, so a second reader (a retried write, the review of a record just written) reads it free.
 */
const readTraces = new WeakMap<object, TurnTrace | undefined>();

/**
 * The trace's value, normalised (see turnTraceSchema.ts; a well-formed value is read without the
 * schema), or undefined when the activity is not a reply trace. Read it, do not change it: a
 * bounded copy's trace is read once and shared.
 */
export function turnTraceOf(activity: TranscriptActivity): TurnTrace | undefined {
  if (!isTurnTrace(activity)) return undefined;
  const owned = isBoundedCopy(activity);
  if (owned && readTraces.has(activity)) return readTraces.get(activity);
  const trace = readTurnTraceValue(activity.value ?? {});
  if (owned) readTraces.set(activity, trace);
  return trace;
}

/** Whether the trace shows a draft the guardrails stopped (at any stage). */
export function traceBlocked(trace: TurnTrace): boolean {
  return trace.blockedDrafts.length > 0 || trace.verdicts.some((v) => !v.allowed);
}
