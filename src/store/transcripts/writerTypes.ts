import type { Clock } from '../../core/clock.js';
import type { RefusalKind } from './recordRefusal.js';
import type { AppendMeta, TranscriptActivity, TranscriptRecord } from './types.js';

/** The transcript writer's contracts (what it needs of a store, what it reports) and its small helpers. */
/** Reported to `onFailure`; nothing is ever dropped without one of these. */
export type WriteFailure =
  /** The store failed; the record is kept in order and written again after `delayMs`. */
  | {
      kind: 'retrying';
      conversationId: string;
      attempt: number;
      delayMs: number;
      pending: number;
      error: string;
    }
  /** The activity cannot be stored as given (no conversation.id); it was not queued. */
  | { kind: 'rejected'; activityType: string; error: string }
  /**
   * The store refused a record itself (a constraint, a value of the wrong kind: `refusesRecord`),
   * claim24: only its own commit failed (`stage` 'commit': the turn is not acknowledged), or the
   * queued record was left out (`stage` 'queued'); the writer stays healthy. `error` is the code
   * and constraint only (`refusalText`), never a value.
   */
  | {
      kind: 'refused';
      stage: 'commit' | 'queued';
      refusal: RefusalKind;
      conversationId: string;
      activityType: string;
      error: string;
    }
  /** A record that failed before was written in the end. */
  | { kind: 'recovered'; conversationId: string; attempts: number };

export type AppendItems = readonly { activity: TranscriptActivity; meta: AppendMeta }[];

/**
 * The append the writer needs: one transaction per call, durable when it resolves. A store that
 * can also write synchronously (SQLite's `appendAllNow`) is used synchronously: its commits
 * resolve without waiting on anything and `commitNow` works inside a caller's transaction.
 */
export interface TranscriptAppender {
  appendAll(items: AppendItems, recordedAt: Date): Promise<TranscriptRecord[]>;
  appendAllNow?(items: AppendItems, recordedAt: Date): TranscriptRecord[];
  /**
   * `appendAll` may run while other appends are in flight: the store keeps each conversation's
   * appends in call order itself (PostgreSQL, issue 19 pg16). The writer then sends a commit
   * beside its one-at-a-time queue when none of its conversations' records is queued.
   */
  readonly besideQueue?: boolean;
  /**
   * Takes records into the running turn's own transaction (PostgreSQL, issue 19 pg13); true when
   * it did, and `outcome` is then told once whether they became durable. False: commit them.
   */
  deferToTurn?(
    items: AppendItems,
    recordedAt: Date,
    outcome: { committed(): void; lost(error: unknown): void },
  ): boolean;
}

/** An appender that writes synchronously (SqliteTranscriptStore). */
export type SyncTranscriptAppender = TranscriptAppender & {
  appendAllNow(items: AppendItems, recordedAt: Date): TranscriptRecord[];
};

export interface TranscriptWriterOptions {
  store: TranscriptAppender;
  clock: Clock;
  /** Called for every failure and recovery; wire it to the logger. */
  onFailure: (failure: WriteFailure) => void;
  /** First retry delay; doubles each attempt up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/** What /healthz reports of the transcript. */
export interface WriterHealth {
  /** Records accepted but not yet on disk. */
  backlog: number;
  /** The last write failed and none has succeeded since. */
  failing: boolean;
  lastError: string | undefined;
  failingSince: string | undefined;
}

export const MAX_BATCH = 64;

export interface Pending {
  activity: TranscriptActivity;
  meta: AppendMeta;
  attempts: number;
  /** The store refused it for good (TranscriptError); reported and left out. */
  rejected?: boolean;
}

export type Step = void | Promise<void>;

/** Runs `next` after `step`: at once when `step` is done, else when it resolves. */
export function andThen(step: Step, next: () => Step): Step {
  return step instanceof Promise ? step.then(next) : next();
}

export const ignore = (): void => undefined;

export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
