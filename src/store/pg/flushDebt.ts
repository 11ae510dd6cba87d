import type { Step } from './pipeline.js';

/**
 * One WAL flush fewer for an acknowledged turn (issue 19): the inbound record's transaction on the
 * turn's lock session commits without waiting for its WAL flush, and the turn's answer waits for
 * a later commit of the same session that does wait for its flush instead.
 *
 * Why nothing acknowledged can be lost: PostgreSQL's WAL is one sequence and a flush writes it up
 * to a point, so a commit that waits for its flush makes everything written before it durable,
 * the inbound record (and the activity claim taken with it) among it, whichever connection wrote
 * it. The session owes a flush from the record's commit on; the turn's state transaction (and the
 * commit of replies no state write took) carries `flushStep` while it is owed, a real write, so that
 * its COMMIT writes WAL and waits for it (a transaction that wrote no WAL, an eTag miss, would
 * not wait); and before the turn's answer (`ConversationLock.hold`) a turn that committed no such
 * transaction sends `flushStep` alone. Replies a channel is sent during the turn are recorded
 * first by commits that wait for their flush, so they cover the record too. Until then, only a
 * crash of the PostgreSQL server (not of the service) can undo the record, and the turn, whose
 * later statements then fail, answers nothing.
 */

/** Has the current transaction's commit not wait for its WAL flush (`synchronous_commit` off for it alone). */
export const NO_FLUSH_WAIT: Step = {
  text: "SELECT set_config('synchronous_commit', 'off', true)",
  values: [],
};

/**
 * A write that changes nothing anyone reads (the conversation's summary row keeps its values; a
 * row version is still written to the WAL), so the commit of its transaction waits for a flush
 * covering every earlier commit. It must write a row: a transaction that only takes an id
 * (`pg_current_xact_id()`) or whose UPDATE meets no row commits without waiting (checked on a
 * durable cluster with the WAL writer held back: the flush position stayed behind an earlier
 * unflushed commit after either, and passed it after this UPDATE). The row exists whenever a flush
 * is owed: the debt comes only from `appendWithTurnLock`, which runs only once the chain's head is
 * known, that is after an append has upserted the summary row.
 */
export function flushStep(conversationId: string): Step {
  return {
    text: 'UPDATE transcript_conversations SET last_at = last_at WHERE conversation_id = $1',
    values: [conversationId],
  };
}

/**
 * Whether a session owes its answer a flush (a commit of it did not wait for its own). Only a
 * session whose answer waits for `settle` (`PgConversationLock.hold` calls `deferrable()`) lets
 * commits skip their flush wait: elsewhere (a reminder's turn, which hands a record to its
 * channel before any later commit) every commit waits for its own.
 */
export class FlushDebt {
  private owed = false;
  private deferred = false;

  get due(): boolean {
    return this.owed;
  }

  /** The session's answer waits for `settle`: its commits may leave their flush wait to it. */
  defer(): void {
    this.deferred = true;
  }

  /** The step a commit of the session sends before its writes to skip its flush wait: none unless deferred. */
  noWait(): Step[] {
    return this.deferred ? [NO_FLUSH_WAIT] : [];
  }

  /**
   * Whether a commit of the session on another connection may skip its flush wait (then `incur`
   * once it has completed): deferred, and a record of the conversation already committed (the
   * debt is due, so the summary row `flushStep` writes exists). The verification turn's upsert.
   */
  get mayIncur(): boolean {
    return this.deferred && this.owed;
  }

  /** A commit of the session that did not wait for its flush has completed (nothing when not deferred). */
  incur(): void {
    if (this.deferred) this.owed = true;
  }

  /** A commit that waited for its flush (carrying `flushStep`) came after every one that did not. */
  pay(): void {
    this.owed = false;
  }

  /** Sends `flushStep` alone with `run` (its own transaction, which waits for its flush) when owed. */
  async settle(conversationId: string, run: (steps: Step[]) => Promise<unknown>): Promise<void> {
    if (!this.owed) return;
    await run([flushStep(conversationId)]);
    this.owed = false;
  }

  /** The steps a transaction carries so that its commit pays what is owed: none when nothing is. */
  covering(conversationId: string): Step[] {
    return this.owed ? [flushStep(conversationId)] : [];
  }
}
