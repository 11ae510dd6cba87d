import type pg from 'pg';
import { recordFromRow, type RecordRow } from '../transcripts/rows.js';
import type { AppendMeta, TranscriptActivity, TranscriptRecord } from '../transcripts/types.js';
import type { Step } from './pipeline.js';
import { batchArgs, buildRow, KNOWN_HEAD_STRICT_SQL } from './transcriptAppend.js';
import type { TranscriptHeads } from './transcriptHeads.js';
import type { LateWrite } from './turnSession.js';

type Prepared = { activity: TranscriptActivity; meta: AppendMeta; conversationId: string };

/** What the caller of a deferred commit is told, once: its records are durable, or they never will be. */
export interface LateOutcome {
  committed(): void;
  lost(error: unknown): void;
}

/** 23502 not_null_violation (KNOWN_HEAD_STRICT_SQL: the head moved), 23505 unique_violation (a racing writer). */
const HEAD_MOVED = new Set(['23502', '23505']);

/**
 * The reply records of one turn of one conversation (issue 19, pg13): they ride in the turn's
 * transaction with its state write and COMMIT (`PgTurnSession.addLate`), chained after the head
 * this instance wrote last (KNOWN_HEAD_STRICT_SQL: in that same transaction, under the chain's
 * lock, the head checked in the database). Given only with the turn's answer (expectReplies), a
 * reply is still never out before its record is durable. When the head moved, the transaction
 * rolls back whole and the records are written on their own (`alone`, the store's ordinary
 * append) before the state is sent again.
 */
export class TurnRecords implements LateWrite {
  private readonly items: Prepared[] = [];
  private readonly outcomes: LateOutcome[] = [];
  private built: { row: RecordRow; activity: TranscriptActivity }[] = [];
  /** Whether more records may join (false once the turn's transaction was built). */
  open = true;

  constructor(
    private readonly conversationId: string,
    private readonly heads: TranscriptHeads,
    private readonly recordedAt: Date,
    private readonly lockSpace: number,
    private readonly alone: (items: readonly Prepared[], recordedAt: Date) => Promise<unknown>,
  ) {}

  add(items: readonly Prepared[], outcome: LateOutcome): void {
    this.items.push(...items);
    this.outcomes.push(outcome);
  }

  step(): Step | undefined {
    this.open = false;
    const head = this.heads.get(this.conversationId);
    if (!head) return undefined;
    let last = head;
    const built = this.items.map((item) => {
      const one = buildRow(item, last, this.recordedAt);
      last = { seq: one.row.seq, hash: one.row.hash };
      return { ...one, activity: item.activity };
    });
    this.built = built;
    const args = [
      ...batchArgs(built, this.recordedAt),
      this.conversationId,
      head.seq,
      head.hash,
      this.lockSpace,
    ];
    return { text: KNOWN_HEAD_STRICT_SQL, values: args };
  }

  movable(err: unknown): boolean {
    const e = err as { code?: unknown; table?: unknown } | undefined;
    const moved = typeof e?.code === 'string' && HEAD_MOVED.has(e.code) && e.table === 'transcript_records';
    if (moved) this.heads.forget(this.conversationId);
    return moved;
  }

  async writeAlone(): Promise<void> {
    this.open = false;
    await this.alone(this.items, this.recordedAt);
    for (const outcome of this.outcomes) outcome.committed();
  }

  committed(result: pg.QueryResult): void {
    const written = (result.rows[0] as { written?: unknown } | undefined)?.written;
    const records: TranscriptRecord[] = this.built.map((b) => recordFromRow(b.row, b.activity));
    if (written === records.length) this.heads.note(records);
    else this.heads.forget(this.conversationId);
    for (const outcome of this.outcomes) outcome.committed();
  }

  lost(error: unknown): void {
    this.open = false;
    for (const outcome of this.outcomes) outcome.lost(error);
  }
}
