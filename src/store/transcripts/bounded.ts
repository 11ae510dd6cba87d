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
  const notes: CopyNotes = { reasons: new Set<string>(), jsonBound: 0, sorted: true };
  const result = boundedCopy(activity, notes);
  produced.add(result);
  if (notes.sorted && notes.reasons.size === 0) canonical.add(result);
  return result;
}

/** Copies `boundedActivity` made (and handed on unchanged in shape): bounding them again is a no-op. */
const produced = new WeakSet<object>();

/**
 * Copies `boundedActivity` made whose JSON.stringify text is already their canonical JSON
 * (chain.ts `canonicalJson`): nothing cut, every object's keys in sorted order and none that
 * JSON.stringify would put first (an array index) or that sets a prototype (`__proto__`), no
 * array holes. The store then serialises them without walking them again to check.
 */
const canonical = new WeakSet<object>();

/** Whether `value` is a copy whose JSON.stringify text is its canonical JSON (see `canonical`). */
export function isCanonicalCopy(value: object): boolean {
  return canonical.has(value);
}

/** Whether the value is a copy `boundedActivity` made (owned by the transcript, not changed after). */
export function isBoundedCopy(value: object): boolean {
  return produced.has(value);
}

/**
 * Gives a copy the timestamp it lacks (the writer's), the one change a copy sees after it is
 * made: its keys are then no longer all in sorted order, so its JSON is checked when written.
 */
export function stampCopy(copy: TranscriptActivity, timestamp: string): void {
  copy.timestamp = timestamp;
  canonical.delete(copy);
}

/**
 * `boundedActivity`, unless the value already is one of its copies (the transcript writer bounds
 * each record once before the store sees it): then the same object, not a second deep copy.
 */
export function boundedOnce(activity: object): TranscriptActivity {
  return produced.has(activity) ? (activity as TranscriptActivity) : boundedActivity(activity);
}

/**
 * What a copy collects on its way: the reasons anything was cut, and an upper bound of the copy's
 * JSON length (each string at most 6 characters per code unit, "\uXXXX", plus its quotes; each
 * number at most 25), so the copy is serialised to measure it only when it might be too large.
 */
interface CopyNotes {
  reasons: Set<string>;
  jsonBound: number;
  /** False once the copy holds what JSON.stringify would not write in canonical order (see `canonical`). */
  sorted: boolean;
}

function boundedCopy(activity: object, notes: CopyNotes): TranscriptActivity {
  const { reasons } = notes;
  const copy = plain(activity, 0, notes);
  const result: TranscriptActivity =
    copy !== null && typeof copy === 'object' && !Array.isArray(copy)
      ? (copy as TranscriptActivity)
      : { type: 'unknown' };
  const size =
    notes.jsonBound > TRANSCRIPT_LIMITS.maxJsonChars ? JSON.stringify(result).length : notes.jsonBound;
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

/** Beyond this many keys an object's keys are sorted by Array.prototype.sort. */
const INSERTION_SORT_MAX = 32;

/**
 * An object's own keys in the order Array.prototype.sort() puts them (UTF-16 code units). Small
 * key lists, nearly all of them, are sorted in place by insertion: V8's sort allocates a work
 * array on every call, which was a tenth of all a turn allocated (issue 19).
 */
export function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  const n = keys.length;
  if (n > INSERTION_SORT_MAX) return keys.sort();
  for (let i = 1; i < n; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** The most characters a string takes in JSON. */
const stringBound = (text: string): number => 2 + 6 * text.length;

function plain(value: unknown, depth: number, notes: CopyNotes): unknown {
  if (value === null) {
    notes.jsonBound += 4;
    return null;
  }
  switch (typeof value) {
    case 'string':
      if (value.length <= TRANSCRIPT_LIMITS.maxStringChars) {
        notes.jsonBound += stringBound(value);
        return value;
      }
      notes.reasons.add('string too long');
      return cut(`${value.slice(0, TRANSCRIPT_LIMITS.maxStringChars)}[truncated]`, notes);
    case 'number':
      notes.jsonBound += 25;
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      notes.jsonBound += 5;
      return value;
    case 'bigint':
      return cut(value.toString(), notes);
    case 'object':
      return plainObject(value, depth, notes);
    case 'function':
    case 'symbol':
    case 'undefined':
      return undefined;
  }
  return undefined;
}

/** A string the copy made (not the caller's), counted in the bound. */
function cut(text: string, notes: CopyNotes): string {
  notes.jsonBound += stringBound(text);
  return text;
}

function plainObject(value: object, depth: number, notes: CopyNotes): unknown {
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const converted: unknown = (toJSON as () => unknown).call(value);
    if (converted === null || typeof converted !== 'object') return plain(converted, depth, notes);
    value = converted;
  }
  if (depth >= TRANSCRIPT_LIMITS.maxDepth) {
    notes.reasons.add('nested too deep');
    return cut(DEPTH_MARKER, notes);
  }
  if (Array.isArray(value)) {
    if (value.length > TRANSCRIPT_LIMITS.maxArrayItems) notes.reasons.add('array too long');
    // brackets, and a comma (or a "null" for an item left out) per item
    const n = Math.min(value.length, TRANSCRIPT_LIMITS.maxArrayItems);
    notes.jsonBound += 2 + 5 * n;
    // One array, no slice and map (which kept a hole as a hole: so does this)
    const items = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      if (!(i in value)) {
        notes.sorted = false;
        continue;
      }
      items[i] = plain((value as unknown[])[i], depth + 1, notes) ?? null;
    }
    return items;
  }
  const out: Record<string, unknown> = {};
  notes.jsonBound += 2;
  // Keys in sorted order: the canonical JSON of the copy is then written natively (chain.ts).
  for (const key of sortedKeys(value)) {
    const item = plain((value as Record<string, unknown>)[key], depth + 1, notes);
    if (item === undefined) continue;
    // JSON.stringify writes array-index keys first; `__proto__` would set the copy's prototype
    if (notes.sorted && (isDigit(key.charCodeAt(0)) || key === '__proto__')) notes.sorted = false;
    out[key] = item;
    // the key, its colon and a comma
    notes.jsonBound += stringBound(key) + 2;
  }
  return out;
}
