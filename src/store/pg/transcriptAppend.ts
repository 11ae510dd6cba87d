import { maskTextFields } from '../../core/pii.js';
import { boundedOnce } from '../transcripts/bounded.js';
import { canonicalJson, recordHashOf } from '../transcripts/chain.js';
import { accountIdOf, flagsOf, outcomeOf, roleOf } from '../transcripts/classify.js';
import { TranscriptError } from '../transcripts/errors.js';
import { flagBits, type RecordRow } from '../transcripts/rows.js';
import { turnTraceOf } from '../transcripts/turnTrace.js';
import type { AppendMeta, TranscriptActivity } from '../transcripts/types.js';
import { pgText } from './text.js';

/**
 * How the PostgreSQL transcript builds a record: the same steps and fields as SQLite's append
 * (bounded, what a person typed masked, canonical JSON, the chain hash), so both backends store
 * the same record for the same activity.
 */

export type AppendItem = { activity: TranscriptActivity; meta: AppendMeta };

function isoOr(value: unknown, fallback: Date): string {
  if (typeof value !== 'string') return fallback.toISOString();
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback.toISOString() : new Date(t).toISOString();
}

/** What a record is stored as, before its place in the chain is known (as SQLite prepares it). */
export function prepare(given: TranscriptActivity): { activity: TranscriptActivity; conversationId: string } {
  const bounded = boundedOnce(given);
  const activity = roleOf(bounded) === 'user' ? maskTextFields(bounded) : bounded;
  const conversationId = activity.conversation?.id;
  if (typeof conversationId !== 'string' || conversationId === '')
    throw new TranscriptError(
      'activity has no conversation.id; apply the conversation reference before logging it',
    );
  if (conversationId.includes('\u0000'))
    throw new TranscriptError(
      'conversation.id contains a NUL character; give the conversation a printable id',
    );
  return { activity, conversationId };
}

/** The stored row of one record, chained after `last` (the same fields SQLite computes). */
export function buildRow(
  item: AppendItem & { conversationId: string },
  last: { seq: number; hash: string },
  recordedAt: Date,
): { row: RecordRow; outcome: string | null } {
  const { activity, conversationId, meta } = item;
  const trace = turnTraceOf(activity);
  const seq = last.seq + 1;
  const activityJson = canonicalJson(activity);
  const row: RecordRow = {
    conversation_id: conversationId,
    seq,
    channel_id: pgText(
      typeof activity.channelId === 'string' && activity.channelId ? activity.channelId : 'unknown',
    ),
    account_id: pgText(accountIdOf(activity, meta, trace) ?? null),
    activity_id: pgText(typeof activity.id === 'string' ? activity.id : null),
    type: pgText(typeof activity.type === 'string' ? activity.type : 'unknown'),
    role: roleOf(activity),
    timestamp: isoOr(activity.timestamp, recordedAt),
    flags: flagBits(flagsOf(activity, meta, trace)),
    activity: activityJson,
    prev_hash: last.hash,
    hash: recordHashOf(conversationId, seq, last.hash, activityJson),
    recorded_at: recordedAt.toISOString(),
  };
  return { row, outcome: outcomeOf(activity, trace) ?? null };
}

const RECORD_COLUMNS = `conversation_id, seq, channel_id, account_id, activity_id, type, role, timestamp, flags,
      activity, prev_hash, hash`;
const SUMMARY_COLUMNS =
  'conversation_id, channel_id, account_id, started_at, last_at, record_count, head_hash, flags, outcome';

/**
 * The records of a batch from column arrays (no RETURNING: the statements add theirs). The columns
 * are named, never `r.*`: a statement without a star is prepared once per connection (`namedQuery`),
 * where a star left it parsed and planned on every append.
 */
const RECORDS_INSERT = `INSERT INTO transcript_records (${RECORD_COLUMNS}, recorded_at)
    SELECT ${RECORD_COLUMNS}, $13::timestamptz FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[],
      $6::text[], $7::text[], $8::text[], $9::int[], $10::text[], $11::text[], $12::text[]) AS r(${RECORD_COLUMNS})`;

const SUMMARY_UPSERT = `INSERT INTO transcript_conversations AS tc (${SUMMARY_COLUMNS})
    SELECT ${SUMMARY_COLUMNS} FROM unnest($14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::int[],
      $20::text[], $21::int[], $22::text[]) AS s(${SUMMARY_COLUMNS})
    WHERE EXISTS (SELECT 1 FROM rec)
  ON CONFLICT (conversation_id) DO UPDATE SET
    account_id = COALESCE(tc.account_id, excluded.account_id),
    last_at = CASE WHEN excluded.last_at COLLATE "C" > tc.last_at THEN excluded.last_at ELSE tc.last_at END,
    record_count = excluded.record_count, head_hash = excluded.head_hash,
    flags = tc.flags | excluded.flags,
    outcome = COALESCE(excluded.outcome, tc.outcome)`;

/**
 * Every record of a batch in ONE statement (one round trip, one plan, whatever the batch size):
 * the records from column arrays, and each conversation's summary upserted once from what the
 * records add up to (`summaryArgs`): the same summary as upserting it after each record in turn.
 * Parameters: `batchArgs`.
 */
export const BATCH_INSERT_SQL = `WITH rec AS (${RECORDS_INSERT} RETURNING 1)
  ${SUMMARY_UPSERT}`;

/**
 * A batch of ONE conversation chained after the head this instance last wrote, in one statement
 * without BEGIN/COMMIT: it takes the conversation's transaction-scoped advisory lock (as every
 * append and retention delete does), then writes only when that head row is still there
 * (`FOR KEY SHARE`: a row a retention delete removed meanwhile is not found) and nothing follows
 * it; else it writes nothing and the caller takes the locked path. Two writers racing past the
 * check meet the primary key (conversation_id, seq): one fails, nothing half-written. Head seq 0
 * (the genesis hash) stands for a conversation with no record yet: written only when none is there.
 * Nothing is written without the lock (`lk`): in the variants below it is taken only once the
 * turn's activity claim is, and a first record written without it (claim23: a repeat of an
 * activity another instance had claimed, at the genesis head) met the claimant's record on the
 * primary key, failing the turn with 23505 and marking the writer failing.
 * Parameters: `batchArgs`, then $23 conversation id, $24 head seq, $25 head hash, $26 lock space.
 */
export const KNOWN_HEAD_SQL = `WITH lk AS (SELECT pg_advisory_xact_lock($26::int, hashtext($23::text)) AS held),
  head AS (SELECT 1 FROM transcript_records h
    WHERE (SELECT count(*) FROM lk) = 1 AND h.conversation_id = $23 AND h.seq = $24::int AND h.hash = $25
    FOR KEY SHARE OF h),
  later AS (SELECT 1 FROM transcript_records l
    WHERE (SELECT count(*) FROM lk) = 1 AND l.conversation_id = $23 AND l.seq > $24::int LIMIT 1),
  ok AS (SELECT (SELECT count(*) FROM lk) = 1 AND ($24::int = 0 OR EXISTS (SELECT 1 FROM head))
    AND NOT EXISTS (SELECT 1 FROM later) AS go),
  rec AS (${RECORDS_INSERT} WHERE (SELECT go FROM ok) RETURNING 1),
  summary AS (${SUMMARY_UPSERT})
  SELECT count(*)::int AS written FROM rec`;

/**
 * KNOWN_HEAD_SQL that first takes the turn's activity claim (issue 19, pgturn): $27-$30 are
 * `activity_claim_take`'s key, owner, lease and time. The lock (and so every part of the
 * statement) waits on the claim; a claim another arrival holds raises P1909 and the statement,
 * one transaction, writes nothing. A prepared statement like the one it extends.
 */
export const KNOWN_HEAD_CLAIMED_SQL = KNOWN_HEAD_SQL.replace(
  'WITH lk AS (SELECT pg_advisory_xact_lock($26::int, hashtext($23::text)) AS held)',
  `WITH claim AS (SELECT activity_claim_take($27, $28, $29::timestamptz, $30::timestamptz) AS taken),
  lk AS (SELECT pg_advisory_xact_lock($26::int, hashtext($23::text)) AS held FROM claim WHERE claim.taken)`,
);

/**
 * KNOWN_HEAD_SQL that first takes the turn's activity claim without raising (issue 19, pg15: the
 * inbound record's write-ahead on the turn's lock session, where an error would end the session):
 * the claim is the same insert-or-renew as `activity_claim_take` (migration 008); a claim another
 * arrival holds writes nothing and answers `claimed` 0. $27-$30: key, owner, lease, time.
 */
export const KNOWN_HEAD_TRY_CLAIM_SQL = KNOWN_HEAD_SQL.replace(
  'WITH lk AS (SELECT pg_advisory_xact_lock($26::int, hashtext($23::text)) AS held)',
  `WITH claim AS (INSERT INTO activity_claims AS c (claim_key, owner, state, lease_until, claimed_at)
    VALUES ($27, $28, 'running', $29::timestamptz, $30::timestamptz)
    ON CONFLICT (claim_key) DO UPDATE SET lease_until = GREATEST(c.lease_until, EXCLUDED.lease_until)
      WHERE c.owner = EXCLUDED.owner AND c.state = 'running'
    RETURNING 1),
  lk AS (SELECT pg_advisory_xact_lock($26::int, hashtext($23::text)) AS held FROM claim)`,
).replace(
  'SELECT count(*)::int AS written FROM rec',
  'SELECT count(*)::int AS written, (SELECT count(*)::int FROM claim) AS claimed FROM rec',
);

/**
 * KNOWN_HEAD_SQL for records that ride in the turn's own transaction (`TurnRecords`): when the
 * head moved it does not write nothing but fails (23502, a NULL seq), so that transaction, with
 * the state write it carries, rolls back whole and the records are then written on their own.
 */
export const KNOWN_HEAD_STRICT_SQL = KNOWN_HEAD_SQL.replace(
  `rec AS (${RECORDS_INSERT} WHERE (SELECT go FROM ok) RETURNING 1)`,
  `rec AS (${RECORDS_INSERT.replace(
    'SELECT conversation_id, seq,',
    'SELECT conversation_id, CASE WHEN (SELECT go FROM ok) THEN seq END,',
  )} RETURNING 1)`,
);

type Built = { row: RecordRow; outcome: string | null };

/** The parameters of BATCH_INSERT_SQL for rows built in chain order. */
export function batchArgs(built: readonly Built[], recordedAt: Date): unknown[] {
  const rows = built.map((b) => b.row);
  const column = <K extends keyof RecordRow>(key: K): RecordRow[K][] => rows.map((r) => r[key]);
  const records = [
    column('conversation_id'),
    column('seq'),
    column('channel_id'),
    column('account_id'),
    column('activity_id'),
    column('type'),
    column('role'),
    column('timestamp'),
    column('flags'),
    column('activity'),
    column('prev_hash'),
    column('hash'),
    recordedAt,
  ];
  const summaries = [...summaryArgs(built).values()];
  const field = <K extends keyof Summary>(key: K): Summary[K][] => summaries.map((s) => s[key]);
  return [
    ...records,
    field('conversationId'),
    field('channelId'),
    field('accountId'),
    field('startedAt'),
    field('lastAt'),
    field('recordCount'),
    field('headHash'),
    field('flags'),
    field('outcome'),
  ];
}

interface Summary {
  conversationId: string;
  channelId: string;
  accountId: string | null;
  startedAt: string;
  lastAt: string;
  recordCount: number;
  headHash: string;
  flags: number;
  outcome: string | null;
}

/**
 * What the summary upsert would leave after each record of a conversation in turn: the first record's
 * channel and start, the first account named, the latest time (byte order, as COLLATE "C"), the
 * last seq and hash, every flag, the last outcome given.
 */
function summaryArgs(built: readonly Built[]): Map<string, Summary> {
  const summaries = new Map<string, Summary>();
  for (const { row, outcome } of built) {
    const seen = summaries.get(row.conversation_id);
    if (!seen) {
      summaries.set(row.conversation_id, {
        conversationId: row.conversation_id,
        channelId: row.channel_id,
        accountId: row.account_id,
        startedAt: row.timestamp,
        lastAt: row.timestamp,
        recordCount: row.seq,
        headHash: row.hash,
        flags: row.flags,
        outcome,
      });
      continue;
    }
    seen.accountId ??= row.account_id;
    if (Buffer.compare(Buffer.from(row.timestamp), Buffer.from(seen.lastAt)) > 0) seen.lastAt = row.timestamp;
    seen.recordCount = row.seq;
    seen.headHash = row.hash;
    seen.flags |= row.flags;
    seen.outcome = outcome ?? seen.outcome;
  }
  return summaries;
}

/**
 * `sql` with its `$n` parameters written in as literals, so it can share one simple-protocol
 * round trip with the statement after it (the COMMIT of an append). Strings go through the
 * driver's `escapeLiteral` (quotes and backslashes escaped), arrays as ARRAY[…] (their `::type[]`
 * cast follows in `sql`), dates as ISO-8601 text, numbers as they are, null as NULL.
 */
export function inlineParameters(
  sql: string,
  args: readonly unknown[],
  escape: (text: string) => string,
): string {
  const literal = (value: unknown): string => {
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new TypeError('a transcript parameter is not a finite number');
      return String(value);
    }
    if (value instanceof Date) return escape(value.toISOString());
    if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(', ')}]`;
    if (typeof value === 'string') return escape(value);
    throw new TypeError(`a transcript parameter of type ${typeof value} cannot be written as a literal`);
  };
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index >= args.length) throw new RangeError(`statement parameter $${n} has no value`);
    return literal(args[index]);
  });
}
