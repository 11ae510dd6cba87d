import { KeyedMutex } from '../core/keyedMutex.js';

/**
 * One turn at a time per conversation. `run` calls `fn` once it holds the conversation's lock and
 * releases the lock when `fn` settles (resolved or thrown). Different conversations run side by
 * side. The in-process lock serialises the turns one process runs; a shared one (PostgreSQL)
 * serialises them across every instance on the same database.
 *
 * A caller may rely on: `fn` of one conversation never overlaps another `fn` of the same
 * conversation under the same lock; a lock that cannot be had within its bounded wait rejects
 * with `ConversationBusyError` (nothing ran); a lock that cannot be had because the database is
 * gone rejects with `StoreUnavailableError` (nothing ran). It never waits forever.
 *
 *   const lock: ConversationLock = new LocalConversationLock();
 *   await lock.run(conversationId, () => runTurn(context));
 */
export interface ConversationLock {
  run<T>(conversationId: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Opens the conversation's turn around a whole message turn (its inbound record included), a
   * `run` of the same conversation inside joining it (PostgreSQL, issue 19 pg15). Absent: none.
   */
  hold?<T>(conversationId: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Resolves once no turn of the conversation runs, on any instance sharing the lock (the lock
   * taken and given back at once); rejects as `run` does when it cannot be had in time. claim24:
   * an arrival that took over an activity's lapsed claim waits for it before it reads what the
   * first claimant's turn replied, so a claimant still running finishes and records first.
   */
  whenIdle?(conversationId: string): Promise<void>;
}

/** The lock of one process: a queue per conversation, in arrival order (what CollectionBot always did). */
export class LocalConversationLock implements ConversationLock {
  private readonly mutex = new KeyedMutex();

  run<T>(conversationId: string, fn: () => Promise<T>): Promise<T> {
    return this.mutex.run(conversationId, fn);
  }

  whenIdle(conversationId: string): Promise<void> {
    return this.mutex.run(conversationId, async () => undefined);
  }

  /** Conversations with a turn running or waiting here. */
  get busy(): number {
    return this.mutex.busyKeys;
  }
}

/**
 * Another turn of the conversation held the lock for longer than the bounded wait (on another
 * instance, or stuck). Nothing of this turn ran; the channel answers 503 with Retry-After and the
 * client sends again.
 */
export class ConversationBusyError extends Error {
  readonly code = 'conversation_busy';
  constructor(
    readonly waitedMs: number,
    readonly retryAfterSeconds = 2,
  ) {
    super(
      `conversation_busy: another turn of this conversation held its lock for more than ${waitedMs} ms; nothing was done; send the message again in a moment (raise TURN_LOCK_WAIT_MS if turns are slow).`,
    );
    this.name = 'ConversationBusyError';
  }
}

export function isConversationBusy(err: unknown): err is ConversationBusyError {
  return err instanceof ConversationBusyError;
}
