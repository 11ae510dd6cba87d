import { z } from 'zod';
import { isBoundedCopy } from './bounded.js';
import type { TranscriptActivity } from './types.js';

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

const violationSchema = z.looseObject({
  category: z.string().optional(),
  rule: z.string().optional(),
  severity: z.string().optional(),
  evidence: z.string().optional(),
});

const verdictSchema = z.looseObject({
  allowed: z.boolean().optional(),
  status: z.string().optional(),
  violations: z.array(violationSchema).optional().catch(undefined),
  reason: z.string().optional(),
});

/** A verdict entry: flat, or `{ source, verdict }`. */
const verdictEntrySchema = z
  .looseObject({ source: z.string().optional(), verdict: verdictSchema.optional() })
  .transform((e) => {
    const v = e.verdict ?? verdictSchema.parse(e);
    return {
      source: e.source,
      allowed: v.allowed ?? v.status === 'allowed',
      status: v.status ?? (v.allowed ? 'allowed' : 'blocked'),
      violations: v.violations ?? [],
      reason: v.reason,
    };
  });

const draftSchema = z.union([
  z.string().transform((text) => ({
    source: undefined,
    text,
    status: undefined,
    violations: [] as TraceViolation[],
  })),
  z
    .looseObject({
      source: z.string().optional(),
      text: z.string(),
      verdict: verdictSchema.optional(),
      violations: z.array(violationSchema).optional(),
    })
    .transform((d) => ({
      source: d.source,
      text: d.text,
      status: d.verdict?.status,
      violations: d.violations ?? d.verdict?.violations ?? [],
    })),
]);

const traceValueSchema = z
  .looseObject({
    messageId: z.string().optional(),
    source: z.string().optional(),
    agent: z.string().optional(),
    act: z.looseObject({ kind: z.string() }).optional().catch(undefined),
    facts: z.record(z.string(), z.unknown()).optional().catch(undefined),
    verified: z.boolean().optional().catch(undefined),
    locale: z.string().optional().catch(undefined),
    template: z.unknown().optional(),
    wording: z.string().optional().catch(undefined),
    sent: z.string().optional().catch(undefined),
    sendPath: z.string().optional().catch(undefined),
    model: z.unknown().optional(),
    prompt: z.unknown().optional(),
    accountId: z.string().optional().catch(undefined),
    verdicts: z.array(verdictEntrySchema).catch([]).default([]),
    blockedDrafts: z.array(draftSchema).catch([]).default([]),
  })
  .transform(({ wording, sent, ...rest }) => ({ ...rest, sent: wording ?? sent }));

export type TraceViolation = z.infer<typeof violationSchema>;
export type TraceVerdict = z.infer<typeof verdictEntrySchema>;
export type TraceDraft = z.infer<typeof draftSchema>;
export type TurnTrace = z.infer<typeof traceValueSchema>;

/** Whether the activity is the send path's reply trace (act, verdicts, blocked drafts). */
export function isTurnTrace(activity: TranscriptActivity): boolean {
  return (
    activity.type === 'trace' &&
    ((typeof activity.name === 'string' && REPLY_TRACE_NAMES.includes(activity.name)) ||
      activity.label === REPLY_TRACE_LABEL)
  );
}

/**
 * Traces already read, for the transcript's own bounded copies only: the send path's metrics
 * and the store both read each reply trace it writes, and a copy is not changed once made.
 */
const readTraces = new WeakMap<object, TurnTrace | undefined>();

/**
 * The trace's value, normalised, or undefined when the activity is not a reply trace. Read it,
 * do not change it: a bounded copy's trace is read once and shared.
 */
export function turnTraceOf(activity: TranscriptActivity): TurnTrace | undefined {
  if (!isTurnTrace(activity)) return undefined;
  const owned = isBoundedCopy(activity);
  if (owned && readTraces.has(activity)) return readTraces.get(activity);
  const parsed = traceValueSchema.safeParse(activity.value ?? {});
  const trace = parsed.success ? parsed.data : undefined;
  if (owned) readTraces.set(activity, trace);
  return trace;
}

/** Whether the trace shows a draft the guardrails stopped (at any stage). */
export function traceBlocked(trace: TurnTrace): boolean {
  return trace.blockedDrafts.length > 0 || trace.verdicts.some((v) => !v.allowed);
}
