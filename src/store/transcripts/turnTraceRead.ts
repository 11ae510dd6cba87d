import {
  traceValueSchema,
  type TraceDraft,
  type TraceVerdict,
  type TraceViolation,
  type TurnTrace,
} from './turnTraceSchema.js';

/**
 * Reads a reply trace's value as traceValueSchema does, without the schema for the usual case
 * (the send path's own, well-formed traces: one is read per reply on the hot path). Each helper
 * below answers `null` for anything it does not take as it stands (a field of another type, an
 * entry the schema would drop or repair); the schema then reads the whole value, so the answer
 * is always the schema's. test/store/transcripts/turnTraceRead.test.ts holds both to that.
 */
type Fields = Record<string, unknown>;

/** A plain object taken as it stands. One with an own `__proto__` key (JSON.parse makes those)
 * is left to the schema, which drops that key where a spread copy would keep it. */
function isFields(value: unknown): value is Fields {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.hasOwn(value, '__proto__')
  );
}

const optString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const optBoolean = (value: unknown): boolean => value === undefined || typeof value === 'boolean';

function violationsOf(value: unknown): TraceViolation[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return null;
  const violations: TraceViolation[] = [];
  for (const v of value as unknown[]) {
    if (!isFields(v) || !optString(v['category']) || !optString(v['rule'])) return null;
    if (!optString(v['severity']) || !optString(v['evidence'])) return null;
    violations.push({ ...v });
  }
  return violations;
}

interface Verdict {
  allowed: boolean | undefined;
  status: string | undefined;
  violations: TraceViolation[] | undefined;
  reason: string | undefined;
}

function verdictOf(value: unknown): Verdict | null {
  if (!isFields(value)) return null;
  const { allowed, status, reason } = value;
  if (!optBoolean(allowed) || !optString(status) || !optString(reason)) return null;
  const violations = violationsOf(value['violations']);
  if (violations === null) return null;
  return {
    allowed: allowed as boolean | undefined,
    status: status as string | undefined,
    violations,
    reason: reason as string | undefined,
  };
}

function verdictEntryOf(entry: unknown): TraceVerdict | null {
  if (!isFields(entry) || !optString(entry['source'])) return null;
  const given = entry['verdict'];
  const v = verdictOf(given === undefined ? entry : given);
  if (!v) return null;
  return {
    source: entry['source'] as string | undefined,
    allowed: v.allowed ?? v.status === 'allowed',
    status: v.status ?? (v.allowed ? 'allowed' : 'blocked'),
    violations: v.violations ?? [],
    reason: v.reason,
  };
}

function draftOf(draft: unknown): TraceDraft | null {
  if (typeof draft === 'string') return { source: undefined, text: draft, status: undefined, violations: [] };
  if (!isFields(draft) || !optString(draft['source']) || typeof draft['text'] !== 'string') return null;
  const verdict = draft['verdict'] === undefined ? undefined : verdictOf(draft['verdict']);
  const violations = violationsOf(draft['violations']);
  if (verdict === null || violations === null) return null;
  return {
    source: draft['source'] as string | undefined,
    text: draft['text'],
    status: verdict?.status,
    violations: violations ?? verdict?.violations ?? [],
  };
}

function listOf<T>(value: unknown, read: (entry: unknown) => T | null): T[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const out: T[] = [];
  for (const entry of value as unknown[]) {
    const item = read(entry);
    if (item === null) return null;
    out.push(item);
  }
  return out;
}

const STRING_FIELDS = ['messageId', 'source', 'agent', 'locale', 'wording', 'sent', 'sendPath', 'accountId'];

function fastRead(value: unknown): TurnTrace | null {
  if (!isFields(value) || !optBoolean(value['verified'])) return null;
  for (const key of STRING_FIELDS) if (!optString(value[key])) return null;
  const { act, facts } = value;
  if (act !== undefined && !(isFields(act) && typeof act['kind'] === 'string')) return null;
  if (facts !== undefined && !isFields(facts)) return null;
  const verdicts = listOf(value['verdicts'], verdictEntryOf);
  const blockedDrafts = listOf(value['blockedDrafts'], draftOf);
  if (verdicts === null || blockedDrafts === null) return null;
  const { wording, sent, ...rest } = value;
  const trace: Fields = { ...rest, verdicts, blockedDrafts, sent: wording ?? sent };
  if (act !== undefined) trace['act'] = { ...act };
  if (facts !== undefined) trace['facts'] = { ...facts };
  return trace as TurnTrace;
}

/** The value read as traceValueSchema reads it; undefined when the schema refuses it. */
export function readTurnTraceValue(value: unknown): TurnTrace | undefined {
  try {
    const fast = fastRead(value);
    if (fast) return fast;
    const parsed = traceValueSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A value that cannot even be read (a getter that throws) is no trace.
    return undefined;
  }
}
