import { TranscriptError } from './errors.js';

/**
 * Which store errors belong to the records being written rather than to the store (issue 19,
 * claim24). A record the store refuses (a constraint it violates, a value of the wrong kind) fails
 * its own commit only: the writer stays healthy and every other conversation's turns go on. Any
 * other error (connection lost, server down, disk full, a lock held too long) is the store's, and
 * marks the writer failing as before.
 *
 * - TranscriptError: the activity cannot be stored as given (checked before the store is asked).
 * - PostgreSQL SQLSTATE class 22 (data exception) and 23 (integrity constraint violation).
 * - SQLite SQLITE_CONSTRAINT* (a CHECK, UNIQUE, NOT NULL or trigger refusing the row),
 *   SQLITE_MISMATCH and SQLITE_TOOBIG.
 */
export function refusesRecord(error: unknown): boolean {
  if (error instanceof TranscriptError) return true;
  const code = codeOf(error);
  return code !== undefined && (PG_RECORD.test(code) || SQLITE_RECORD.test(code));
}

const PG_RECORD = /^2[23][0-9A-Z]{3}$/;
const SQLITE_RECORD = /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG)/;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The kind of refusal, a closed set (a metric label): constraint, data, or invalid (TranscriptError). */
export type RefusalKind = 'constraint' | 'data' | 'invalid';

/**
 * What may be logged of a refused record's error: its code and the constraint's name, never the
 * driver's message (PostgreSQL's data errors quote the value refused, which may be what a person
 * typed: `invalid input syntax for type …: "…"`).
 */
export function refusalOf(error: unknown): { kind: RefusalKind; code: string; constraint?: string } {
  if (error instanceof TranscriptError) return { kind: 'invalid', code: error.code };
  const code = codeOf(error) ?? 'unknown';
  const kind: RefusalKind =
    code.startsWith('22') || code === 'SQLITE_MISMATCH' || code === 'SQLITE_TOOBIG' ? 'data' : 'constraint';
  const constraint = (error as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' && /^[A-Za-z0-9_]{1,63}$/.test(constraint)
    ? { kind, code, constraint }
    : { kind, code };
}

/** One line for the refusal: its code and constraint, no value. */
export function refusalText(error: unknown): string {
  if (error instanceof TranscriptError) return `${error.name}: ${error.message}`;
  const r = refusalOf(error);
  return r.constraint ? `${r.code} on ${r.constraint}` : r.code;
}
