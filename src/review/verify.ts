import { canonicalJson, GENESIS_HASH, recordHash } from '../store/transcripts/chain.js';
import type { ConversationSummary, TranscriptRecord, TranscriptStore } from '../store/transcripts/types.js';

/**
 * Chain verification. A conversation holds when its records are numbered 1..n without gaps,
 * each record's hash matches its content, each links to the hash before it, and the head row
 * agrees with the last record (so a removed tail shows too).
 */
export type ChainProblem =
  /** The record's content no longer matches its hash: edited. */
  | 'altered'
  /** A record number is missing: removed. */
  | 'missing'
  /** The record links to another record of this conversation than the one before it: reordered. */
  | 'reordered'
  /** The record links to a hash no record has: something before it was replaced or removed. */
  | 'chain_broken'
  /** The head says there were more records than are stored: the tail was removed. */
  | 'truncated'
  /** Records exist without a head row, or a head without records. */
  | 'head_mismatch';

export type ChainVerdict =
  | { ok: true; conversationId: string; records: number }
  | {
      ok: false;
      conversationId: string;
      records: number;
      seq: number;
      problem: ChainProblem;
      detail: string;
    };

function broken(
  conversationId: string,
  records: number,
  seq: number,
  problem: ChainProblem,
  detail: string,
): ChainVerdict {
  return { ok: false, conversationId, records, seq, problem, detail };
}

/** Checks one conversation's records (in stored seq order) against its head row. */
export function verifyChain(
  conversationId: string,
  records: readonly TranscriptRecord[],
  head: Pick<ConversationSummary, 'recordCount' | 'headHash'> | undefined,
): ChainVerdict {
  const n = records.length;
  const known = new Set(records.map((r) => r.hash));
  let prev = GENESIS_HASH;
  let expected = 1;
  for (const r of records) {
    if (r.seq !== expected) {
      return broken(
        conversationId,
        n,
        expected,
        'missing',
        `record ${expected} is missing (the next stored is ${r.seq})`,
      );
    }
    if (r.prevHash !== prev) {
      return known.has(r.prevHash)
        ? broken(
            conversationId,
            n,
            r.seq,
            'reordered',
            `record ${r.seq} links to another record of this conversation than record ${r.seq - 1}`,
          )
        : broken(
            conversationId,
            n,
            r.seq,
            'chain_broken',
            `record ${r.seq} links to a hash no stored record has`,
          );
    }
    const canonical = canonicalJson(r.activity) === r.activityJson;
    const hash = recordHash({ conversationId, seq: r.seq, prevHash: r.prevHash, activity: r.activity });
    if (!canonical || hash !== r.hash) {
      return broken(
        conversationId,
        n,
        r.seq,
        'altered',
        `record ${r.seq} does not match its hash (its content was changed)`,
      );
    }
    prev = r.hash;
    expected += 1;
  }
  if (!head) {
    return broken(
      conversationId,
      n,
      1,
      'head_mismatch',
      'records exist but the conversation has no head row',
    );
  }
  if (head.recordCount > n) {
    return broken(
      conversationId,
      n,
      n + 1,
      'truncated',
      `the head counts ${head.recordCount} records but ${n} are stored`,
    );
  }
  if (head.recordCount !== n || head.headHash !== prev) {
    return broken(
      conversationId,
      n,
      n,
      'head_mismatch',
      `the head (${head.recordCount} records) does not match the last stored record`,
    );
  }
  return { ok: true, conversationId, records: n };
}

export interface VerifyReport {
  conversations: number;
  records: number;
  broken: Extract<ChainVerdict, { ok: false }>[];
}

/** Verifies every conversation in the store. */
export async function verifyAll(store: TranscriptStore): Promise<VerifyReport> {
  const report: VerifyReport = { conversations: 0, records: 0, broken: [] };
  for (const id of await store.listConversationIds()) {
    const verdict = verifyChain(id, await store.getRecords(id), await store.getSummary(id));
    report.conversations += 1;
    report.records += verdict.records;
    if (!verdict.ok) report.broken.push(verdict);
  }
  return report;
}
