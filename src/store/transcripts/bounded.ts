import type { TranscriptActivity } from './types.js';

/** Limits of what one stored activity may hold; beyond them it is kept truncated, with a marker. */
export const TRANSCRIPT_LIMITS = {
  /** Objects/arrays nested deeper than this are replaced by a marker string. */
  maxDepth: 32,
  /** Longer strings are cut. */
  maxStringChars: 20_000,
  /** Longer arrays are cut. */
  maxArrayItems: 500,
  /** An activity whose JSON is still larger keeps only its core fields. */
  maxJsonChars: 256 * 1024,
} as const;

const DEPTH_MARKER = '[truncated: nested too deep for the transcript]';
const CORE_FIELDS = [
  'type',
  'id',
  'timestamp',
  'localTimestamp',
  'channelId',
  'conversation',
  'from',
  'recipient',
  'replyToId',
  'locale',
  'name',
  'label',
  'valueType',
  'text',
] as const;

/** What was cut from an activity; stored in it as `transcriptTruncated` (so it is hashed too). */
export interface TruncationMarker {
  reasons: string[];
  originalJsonChars?: number;
}

/**
 * A deep, plain-JSON copy of an activity (Dates as ISO strings, class instances as their own
 * fields, undefined and functions left out) that never throws on hostile shapes: nesting past
 * `maxDepth`, huge strings or arrays, cycles and oversized activities are kept truncated with a
 * `transcriptTruncated` marker instead of failing the write.
 *
 *   boundedActivity({ type: 'message', value: deeplyNested }).transcriptTruncated?.reasons
 */
export function boundedActivity(activity: object): TranscriptActivity {
  const result = boundedCopy(activity);
  produced.add(result);
  return result;
}

/** Copies `boundedActivity` made (and handed on unchanged in shape): bounding them again is a no-op. */
const produced = new WeakSet<object>();

/** Whether the value is a copy `boundedActivity` made (owned by the transcript, not changed after). */
export function isBoundedCopy(value: object): boolean {
  return produced.has(value);
}

/**
 * `boundedActivity`, unless the value already is one of its copies (the transcript writer bounds
 * each record once before the store sees it): then the same object, not a second deep copy.
 */
export function boundedOnce(activity: object): TranscriptActivity {
  return produced.has(activity) ? (activity as TranscriptActivity) : boundedActivity(activity);
}

function boundedCopy(activity: object): TranscriptActivity {
  const reasons = new Set<string>();
  const copy = plain(activity, 0, reasons);
  const result: TranscriptActivity =
    copy !== null && typeof copy === 'object' && !Array.isArray(copy)
      ? (copy as TranscriptActivity)
      : { type: 'unknown' };
  const size = JSON.stringify(result).length;
  if (size > TRANSCRIPT_LIMITS.maxJsonChars) {
    const core: Record<string, unknown> = { type: typeof result.type === 'string' ? result.type : 'unknown' };
    for (const field of CORE_FIELDS) if (result[field] !== undefined) core[field] = result[field];
    if (typeof core.text === 'string') core.text = core.text.slice(0, TRANSCRIPT_LIMITS.maxStringChars);
    reasons.add('activity too large: only its core fields are kept');
    return withMarker(core as TranscriptActivity, reasons, size);
  }
  return reasons.size > 0 ? withMarker(result, reasons) : result;
}

function withMarker(activity: TranscriptActivity, reasons: Set<string>, size?: number): TranscriptActivity {
  const marker: TruncationMarker = { reasons: [...reasons].sort() };
  if (size !== undefined) marker.originalJsonChars = size;
  return { ...activity, transcriptTruncated: marker };
}

function plain(value: unknown, depth: number, reasons: Set<string>): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
      if (value.length <= TRANSCRIPT_LIMITS.maxStringChars) return value;
      reasons.add('string too long');
      return `${value.slice(0, TRANSCRIPT_LIMITS.maxStringChars)}[truncated]`;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'bigint':
      return value.toString();
    case 'object':
      return plainObject(value, depth, reasons);
    case 'function':
    case 'symbol':
    case 'undefined':
      return undefined;
  }
  return undefined;
}

function plainObject(value: object, depth: number, reasons: Set<string>): unknown {
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const converted: unknown = (toJSON as () => unknown).call(value);
    if (converted === null || typeof converted !== 'object') return plain(converted, depth, reasons);
    value = converted;
  }
  if (depth >= TRANSCRIPT_LIMITS.maxDepth) {
    reasons.add('nested too deep');
    return DEPTH_MARKER;
  }
  if (Array.isArray(value)) {
    if (value.length > TRANSCRIPT_LIMITS.maxArrayItems) reasons.add('array too long');
    return value
      .slice(0, TRANSCRIPT_LIMITS.maxArrayItems)
      .map((item: unknown) => plain(item, depth + 1, reasons) ?? null);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = plain((value as Record<string, unknown>)[key], depth + 1, reasons);
    if (item !== undefined) out[key] = item;
  }
  return out;
}
