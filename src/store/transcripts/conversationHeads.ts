import type { Statement } from 'better-sqlite3';
import type { RecordRow } from './rows.js';

/**
 * A conversation's chain head and its `transcript_conversations` row, as the records appended in
 * one transaction leave them. What one upsert per record would have left, folded:
 * - inserted: channel and start from the first record; account from the first that names one;
 * - last_at the latest timestamp; record_count and head_hash from the last record;
 * - flags OR-ed; outcome the last one given (else the stored one).
 */
interface Head {
  seq: number;
  hash: string;
  /** Set once a record of this transaction joined the chain (then the row is upserted at the end). */
  row?: {
    channelId: string;
    accountId: string | null;
    startedAt: string;
    lastAt: string;
    flags: number;
    outcome: string | null;
  };
}

/**
 * The chain heads of one append transaction (issue 19 item 5): each conversation's head is read
 * from the database once, however many of its records the transaction appends, and its
 * conversation row is written once, at the end (`writeRows`), instead of once per record. Lives
 * only inside one transaction: nothing else can write the chain while it holds the write lock.
 *
 *   const heads = new ConversationHeads(headStmt, upsertStmt);
 *   const { seq, prevHash } = heads.next(conversationId);  // then heads.appended(row, outcome)
 *   heads.writeRows();
 */
export class ConversationHeads {
  private readonly heads = new Map<string, Head>();

  constructor(
    private readonly headStmt: Statement,
    private readonly upsertStmt: Statement,
    private readonly genesis: string,
  ) {}

  /** The next record's seq and prev_hash for the conversation. */
  next(conversationId: string): { seq: number; prevHash: string } {
    const head = this.headOf(conversationId);
    return { seq: head.seq + 1, prevHash: head.hash };
  }

  /** The record was inserted: it is the conversation's head now. */
  appended(row: RecordRow, outcome: string | null): void {
    const head = this.headOf(row.conversation_id);
    head.seq = row.seq;
    head.hash = row.hash;
    const folded = head.row;
    if (!folded) {
      head.row = {
        channelId: row.channel_id,
        accountId: row.account_id,
        startedAt: row.timestamp,
        lastAt: row.timestamp,
        flags: row.flags,
        outcome,
      };
      return;
    }
    folded.accountId ??= row.account_id;
    if (row.timestamp > folded.lastAt) folded.lastAt = row.timestamp;
    folded.flags |= row.flags;
    if (outcome !== null) folded.outcome = outcome;
  }

  /** Upserts each conversation row the transaction touched, in the order they were first touched. */
  writeRows(): void {
    for (const [conversationId, head] of this.heads) {
      const row = head.row;
      if (!row) continue;
      this.upsertStmt.run(
        conversationId,
        row.channelId,
        row.accountId,
        row.startedAt,
        row.lastAt,
        head.seq,
        head.hash,
        row.flags,
        row.outcome,
      );
    }
  }

  private headOf(conversationId: string): Head {
    let head = this.heads.get(conversationId);
    if (!head) {
      const last = this.headStmt.get(conversationId) as { seq: number; hash: string } | undefined;
      head = { seq: last?.seq ?? 0, hash: last?.hash ?? this.genesis };
      this.heads.set(conversationId, head);
    }
    return head;
  }
}
