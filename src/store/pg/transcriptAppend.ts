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

export const INSERT_SQL = `WITH rec AS (
    INSERT INTO transcript_records (conversation_id, seq, channel_id, account_id, activity_id, type, role,
      timestamp, flags, activity, prev_hash, hash, recorded_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING 1)
  INSERT INTO transcript_conversations AS tc (conversation_id, channel_id, account_id, started_at, last_at,
      record_count, head_hash, flags, outcome)
    SELECT $1, $3, $4, $8, $8, $2, $12, $9, $14 FROM rec
  ON CONFLICT (conversation_id) DO UPDATE SET
    account_id = COALESCE(tc.account_id, excluded.account_id),
    last_at = CASE WHEN excluded.last_at COLLATE "C" > tc.last_at THEN excluded.last_at ELSE tc.last_at END,
    record_count = excluded.record_count, head_hash = excluded.head_hash,
    flags = tc.flags | excluded.flags,
    outcome = COALESCE(excluded.outcome, tc.outcome)`;

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
