import { turnTraceOf, type TurnTrace } from '../store/transcripts/turnTrace.js';
import type { TranscriptRecord, TranscriptRole } from '../store/transcripts/types.js';
import { maskDeep, maskName } from './masking.js';

/**
 * One step of a replay: what someone said or what happened, and for bot and agent messages the
 * send path's trace beside it (act, verdicts, blocked drafts).
 */
export interface ReviewStep {
  seq: number;
  timestamp: string;
  role: TranscriptRole;
  type: string;
  /** Display name of the sender (masked for the person in the default view). */
  from?: string;
  /** The sender's Bot Framework role: 'user', 'bot', 'agent'. */
  fromRole?: string;
  text?: string;
  /** Event or trace name: 'handoff.queued', 'collections.inbound'. */
  name?: string;
  /** Event or non-reply trace value. */
  value?: unknown;
  /** For bot and agent messages (or a reply that was dropped): why it was sent as it was. */
  trace?: TurnTrace;
}

function stepOf(record: TranscriptRecord): ReviewStep {
  const a = record.activity;
  const step: ReviewStep = {
    seq: record.seq,
    timestamp: record.timestamp,
    role: record.role,
    type: record.type,
  };
  if (typeof a.from?.name === 'string') step.from = a.from.name;
  if (typeof a.from?.role === 'string') step.fromRole = a.from.role;
  if (typeof a.text === 'string') step.text = a.text;
  if (typeof a.name === 'string') step.name = a.name;
  if (a.value !== undefined && a.type !== 'message') step.value = a.value;
  return step;
}

const isOutbound = (s: ReviewStep | undefined): s is ReviewStep =>
  s !== undefined && s.type === 'message' && (s.role === 'bot' || s.role === 'agent');

/**
 * Records in order become steps; each reply trace is attached to its message (by
 * value.messageId / replyToId, else the message just before it). A trace with no message
 * (a dropped agent text) stays a step of its own, so a reviewer sees it.
 */
export function buildSteps(records: readonly TranscriptRecord[]): ReviewStep[] {
  const steps: ReviewStep[] = [];
  const byActivityId = new Map<string, ReviewStep>();
  for (const record of records) {
    const trace = turnTraceOf(record.activity);
    if (!trace) {
      const step = stepOf(record);
      steps.push(step);
      if (typeof record.activity.id === 'string') byActivityId.set(record.activity.id, step);
      continue;
    }
    const linkId = trace.messageId ?? record.activity.replyToId;
    const linked = linkId === undefined ? undefined : byActivityId.get(linkId);
    const previous = steps[steps.length - 1];
    const target = isOutbound(linked)
      ? linked
      : isOutbound(previous) && !previous.trace && linkId === undefined
        ? previous
        : undefined;
    if (target && !target.trace) target.trace = trace;
    else steps.push({ ...stepOf(record), value: undefined, trace });
  }
  return steps;
}

/** The default (masked) view of steps. */
export function maskSteps(steps: readonly ReviewStep[]): ReviewStep[] {
  return steps.map((s) => {
    const masked = maskDeep(s);
    const person = s.fromRole === undefined ? s.role === 'user' : s.fromRole === 'user';
    if (person && s.from !== undefined) masked.from = maskName(s.from);
    return masked;
  });
}
