/**
 * What the last turn of a conversation read, so the next turn of it can ask for all of it in the
 * round trip that takes its lock (issue 19 item 5). A turn of the bot reads the same rows turn
 * after turn (the account by its channel user, the state, the verification status, the open
 * dispute, the active plan): they go as one multi-statement query after `pg_advisory_lock`, so
 * their snapshot is taken under the lock, and answer the turn's reads from its memory
 * (`PgTurnReads`), which any write of the turn forgets as before. A read the turn no longer asks
 * is not asked ahead the turn after (the list is what the last turn asked, no more).
 */

import { parameterText, type Step } from './pipeline.js';

/** A read a turn asked: a plain SELECT of the stores' pool, or the state read on the lock session (`pool` undefined). */
export interface LearnedRead {
  /** The pool the turn's memory keeps its answer under; undefined for a read of the lock session itself. */
  readonly pool: object | undefined;
  /** The statement as the store wrote it ($n parameters): a constant, so remembering it costs nothing. */
  readonly text: string;
  readonly values: readonly unknown[];
}

/** Reads asked ahead per turn at most, and the longest statement asked ahead (hostile ids stay out). */
export const MAX_READS_AHEAD = 16;
export const MAX_READ_AHEAD_CHARS = 2_000;
/** Conversations whose last turn's reads are remembered (the oldest forgotten first). */
export const REMEMBERED_CONVERSATIONS = 4_096;

/** Whether every value can be written in as a quoted literal (no array, object, NUL or non-finite number). */
export function travels(values: readonly unknown[]): boolean {
  return values.every((value) =>
    value === null || value === undefined || typeof value === 'boolean'
      ? true
      : value instanceof Date
        ? !Number.isNaN(value.getTime())
        : typeof value === 'number'
          ? Number.isFinite(value)
          : typeof value === 'string' && !value.includes('\u0000'),
  );
}

/**
 * The reads of each conversation's last turn on this instance, by the turn lock's key (a small
 * number, whatever the id), the most recent `capacity` conversations only. A key shared by two
 * conversations only asks the wrong rows ahead: answers are kept by statement and parameters.
 */
export class LearnedReads {
  private readonly byKey = new Map<number, readonly LearnedRead[]>();

  constructor(private readonly capacity = REMEMBERED_CONVERSATIONS) {}

  /** What the last turn of this conversation asked (empty when none is remembered). */
  of(key: number): readonly LearnedRead[] {
    return this.byKey.get(key) ?? [];
  }

  /** Remembers what a turn asked; undefined (a turn whose session broke) forgets the conversation's list. */
  remember(key: number, reads: readonly LearnedRead[] | undefined): void {
    this.byKey.delete(key);
    if (!reads || reads.length === 0) return;
    this.byKey.set(key, reads);
    if (this.byKey.size > this.capacity) {
      const oldest = this.byKey.keys().next();
      if (!oldest.done) this.byKey.delete(oldest.value);
    }
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** The reads of one turn as they are asked: each statement once, at most MAX_READS_AHEAD. */
export class AskedReads {
  private readonly seen = new Set<string>();
  readonly list: LearnedRead[] = [];

  add(read: LearnedRead): void {
    if (this.list.length >= MAX_READS_AHEAD || sizeOf(read) > MAX_READ_AHEAD_CHARS) return;
    const id = `${read.pool === undefined ? 's' : 'p'}\u0000${read.text}\u0000${JSON.stringify(read.values)}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.list.push(read);
  }
}

/** About how long the read is once its parameters are written in. */
function sizeOf(read: LearnedRead): number {
  const length = (value: unknown): number =>
    Array.isArray(value)
      ? value.reduce((sum: number, v) => sum + length(v) + 4, 2)
      : typeof value === 'string'
        ? value.length + 2
        : 24;
  return read.values.reduce((sum: number, v) => sum + length(v), read.text.length);
}

/** A step's identity: its statement and its values (as they travel). */
export function stepId(step: Step): string {
  return `${step.text}\u0000${JSON.stringify(step.values.map(parameterTextOrNull))}`;
}

function parameterTextOrNull(value: unknown): string | null {
  try {
    return parameterText(value);
  } catch {
    return null;
  }
}
