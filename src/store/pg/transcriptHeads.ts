import { StoreUnavailableError } from '../storeErrors.js';
import { GENESIS_HASH } from '../transcripts/chain.js';
import { recordFromRow } from '../transcripts/rows.js';
import type { AppendMeta, TranscriptActivity, TranscriptRecord } from '../transcripts/types.js';
import { namedQuery, type PgPool, pgQuery, toStoreError } from './pool.js';
import {
  batchArgs,
  buildRow,
  KNOWN_HEAD_CLAIMED_SQL,
  KNOWN_HEAD_SQL,
  KNOWN_HEAD_TRY_CLAIM_SQL,
} from './transcriptAppend.js';
import { type PlannedRead, takeRequestRead } from './requestReads.js';
import { CLAIM_HELD_ELSEWHERE, ClaimLostError, claimRefused, claimToTake } from './turnClaim.js';
import type { PgTurnSession } from './turnSession.js';

type Prepared = { activity: TranscriptActivity; meta: AppendMeta; conversationId: string };

/** A conversation's chain head as its summary row keeps it (the last seq and its hash). */
const HEAD_HINT_SQL =
  'SELECT record_count AS seq, head_hash AS hash FROM transcript_conversations WHERE conversation_id = $1';

/**
 * The head read a request plans before its turn (issue 19, pgturn19: it rides with the rate
 * limits, `PgRequestReads`), so that the turn's inbound record can be one statement on the turn's
 * lock session even when this instance has not written the conversation's last record (its first
 * turn, another instance's, a restart). A hint like `TranscriptHeads`': the append checks it.
 */
export function transcriptHeadRead(conversationId: string): PlannedRead {
  return { text: HEAD_HINT_SQL, values: [conversationId] };
}

/**
 * Notes the head the request read ahead for the items' conversation (its summary row's, or the
 * genesis, seq 0, when it has none), once, unless this instance knows a head as far along: the read
 * was asked when the request arrived, and a turn of this instance may have written since.
 */
export function noteHeadRead(pool: object, heads: TranscriptHeads, items: readonly Prepared[]): void {
  const conversationId = items[0]?.conversationId;
  if (conversationId === undefined) return;
  const answer = takeRequestRead(pool, HEAD_HINT_SQL, [conversationId]) as
    { rows: { seq: number; hash: string }[] } | undefined;
  if (!answer) return;
  const read = { conversationId, seq: answer.rows[0]?.seq ?? 0, hash: answer.rows[0]?.hash ?? GENESIS_HASH };
  const known = heads.get(conversationId);
  if (!known || read.seq > known.seq) heads.note([read]);
}

/**
 * The chain head (seq and hash) this instance last wrote for each conversation, so the next
 * append to it can be one statement (`KNOWN_HEAD_SQL`) instead of BEGIN, lock and head read, then
 * the records and COMMIT. Only a hint: the statement checks the head in the database and writes
 * nothing when it moved (another instance, a retention delete), and the caller then forgets it and
 * takes the locked path. Bounded: the oldest entry goes first.
 */
export class TranscriptHeads {
  private readonly heads = new Map<string, { seq: number; hash: string }>();

  constructor(private readonly max = 10_000) {}

  get(conversationId: string): { seq: number; hash: string } | undefined {
    return this.heads.get(conversationId);
  }

  /** Notes the last record of each conversation among `records` (in chain order). */
  note(records: readonly { conversationId: string; seq: number; hash: string }[]): void {
    for (const r of records) {
      this.heads.delete(r.conversationId);
      this.heads.set(r.conversationId, { seq: r.seq, hash: r.hash });
    }
    for (const oldest of this.heads.keys()) {
      if (this.heads.size <= this.max) break;
      this.heads.delete(oldest);
    }
  }

  forget(conversationId: string): void {
    this.heads.delete(conversationId);
  }
}

/**
 * A batch of one conversation whose head this instance wrote last, in ONE statement
 * (KNOWN_HEAD_SQL, no BEGIN/COMMIT). Undefined when that cannot be used or wrote nothing (the head
 * moved, or two writers raced): the caller's locked path then decides. A lost connection rejects
 * as store_unavailable.
 */
export async function appendAtKnownHead(
  pool: PgPool,
  heads: TranscriptHeads,
  items: readonly Prepared[],
  recordedAt: Date,
  lockSpace: number,
): Promise<TranscriptRecord[] | undefined> {
  const batch = chained(heads, items, recordedAt, lockSpace);
  if (!batch) return undefined;
  const { conversationId, built, args } = batch;
  let written: number;
  const claim = claimToTake();
  try {
    written = claim
      ? await withClaim(pool, claim, args)
      : ((await pgQuery<{ written: number }>(pool, 'append to the transcript', KNOWN_HEAD_SQL, args)).rows[0]
          ?.written ?? 0);
  } catch (err) {
    heads.forget(conversationId);
    if (err instanceof StoreUnavailableError || err instanceof ClaimLostError) throw err;
    return undefined;
  }
  if (written !== built.length) {
    heads.forget(conversationId);
    return undefined;
  }
  const records = built.map((b) => recordFromRow(b.row, b.activity));
  heads.note(records);
  return records;
}

/**
 * KNOWN_HEAD_CLAIMED_SQL: the turn's activity claim and the records in one prepared statement
 * (issue 19, pgturn), so a refused claim writes no record, and a record that cannot be written
 * leaves no claim. Returns how many records were written.
 */
async function withClaim(
  pool: PgPool,
  claim: NonNullable<ReturnType<typeof claimToTake>>,
  args: unknown[],
): Promise<number> {
  let result: { rows: { written?: number }[] };
  try {
    result = await pool.query<{ written?: number }>(
      namedQuery(KNOWN_HEAD_CLAIMED_SQL, [...args, ...claim.values()]),
    );
  } catch (err) {
    throw toStoreError(claimRefused(claim, err), 'append to the transcript');
  }
  claim.settle();
  return result.rows[0]?.written ?? 0;
}

/** A batch of one conversation chained after the head this instance knows, with KNOWN_HEAD_SQL's parameters. */
function chained(heads: TranscriptHeads, items: readonly Prepared[], recordedAt: Date, lockSpace: number) {
  const conversationId = items[0]?.conversationId;
  if (conversationId === undefined || items.some((i) => i.conversationId !== conversationId))
    return undefined;
  const head = heads.get(conversationId);
  if (!head) return undefined;
  let last = head;
  const built = items.map((item) => {
    const one = buildRow(item, last, recordedAt);
    last = { seq: one.row.seq, hash: one.row.hash };
    return { ...one, activity: item.activity };
  });
  return {
    conversationId,
    built,
    args: [...batchArgs(built, recordedAt), conversationId, head.seq, head.hash, lockSpace],
  };
}

/**
 * `appendAtKnownHead` for the turn's inbound record on its lock session (issue 19, pg15), in the
 * round trip that tries the turn lock (`PgTurnSession.writeTryingLock`): the chain's lock taken
 * first as a statement of its own, so the append's snapshot sees every record committed under it
 * (no racing writer can meet the primary key), then the append with the claim taken without
 * raising (KNOWN_HEAD_TRY_CLAIM_SQL). A claim another arrival holds rejects with ClaimLostError
 * (nothing written, the session intact); a moved head answers undefined (the caller appends the
 * ordinary way, the claim already taken). Undefined too when the session cannot try the lock or
 * the head is not known. A failure rejects (the session is then broken, and the turn with it).
 */
export async function appendWithTurnLock(
  session: PgTurnSession,
  heads: TranscriptHeads,
  items: readonly Prepared[],
  recordedAt: Date,
  lockSpace: number,
): Promise<TranscriptRecord[] | undefined> {
  if (!session.mayTryLock || items.some((i) => i.conversationId !== session.conversationId)) return undefined;
  const batch = chained(heads, items, recordedAt, lockSpace);
  if (!batch) return undefined;
  const { conversationId, built, args } = batch;
  const claim = claimToTake();
  const chainLock = {
    text: 'SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))',
    values: [lockSpace, conversationId],
  };
  const append = claim
    ? { text: KNOWN_HEAD_TRY_CLAIM_SQL, values: [...args, ...claim.values()] }
    : { text: KNOWN_HEAD_SQL, values: args };
  let row: { written?: number; claimed?: number } | undefined;
  try {
    const [, result] = await session.writeTryingLock([chainLock, append], 'append to the transcript');
    row = result?.rows[0] as typeof row;
  } catch (err) {
    heads.forget(conversationId);
    throw err;
  }
  if (claim && row?.claimed !== 1) throw claimRefused(claim, { code: CLAIM_HELD_ELSEWHERE });
  claim?.settle();
  if (row?.written !== built.length) {
    heads.forget(conversationId);
    return undefined;
  }
  const records = built.map((b) => recordFromRow(b.row, b.activity));
  heads.note(records);
  return records;
}
