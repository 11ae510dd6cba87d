import {
  decodeToken,
  encodeToken,
  summaryFromRow,
  type ConversationRow,
  type DeletionRow,
  type RecordRow,
} from '../transcripts/rows.js';
import {
  ALL_FLAGS,
  FLAG_BITS,
  type ConversationFilter,
  type ConversationSummary,
  type Page,
} from '../transcripts/types.js';
import { type PgPool, pgQuery } from './pool.js';
import { isoText, pgArgs } from './text.js';

export { isoText, pgText } from './text.js';

/**
 * PostgreSQL rows of the transcript tables, turned into the SQLite row shapes so `rows.ts` maps
 * both backends alike. Instants PostgreSQL keeps as TIMESTAMPTZ come back as the ISO-8601 text
 * SQLite stores; text SQLite compares byte by byte is compared with COLLATE "C" here (a server's
 * default collation would order ids and timestamps differently from SQLite).
 */

export type PgRecordRow = Omit<RecordRow, 'recorded_at'> & { recorded_at: Date | string };
export type PgDeletionRow = Omit<DeletionRow, 'deleted_at'> & { deleted_at: Date | string };

export function recordRow(r: PgRecordRow): RecordRow {
  return { ...r, recorded_at: isoText(r.recorded_at) };
}

export function deletionRow(r: PgDeletionRow): DeletionRow {
  return {
    conversation_id: r.conversation_id,
    channel_id: r.channel_id,
    record_count: r.record_count,
    head_hash: r.head_hash,
    started_at: r.started_at,
    last_at: r.last_at,
    deleted_at: isoText(r.deleted_at),
    deleted_by: r.deleted_by,
    reason: r.reason,
  };
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/**
 * The review list on PostgreSQL, the same query as SQLite's `listConversations`: newest first,
 * filtered, keyset-paged on (started_at, conversation_id).
 */
export async function listPgConversations(
  pool: PgPool,
  filter: ConversationFilter,
): Promise<Page<ConversationSummary>> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]): void => {
    let text = clause;
    for (const value of values) {
      args.push(value);
      text = text.replace('?', `$${args.length}`);
    }
    where.push(text);
  };
  if (filter.from) add('started_at COLLATE "C" >= ?', filter.from);
  if (filter.to) add('started_at COLLATE "C" < ?', filter.to);
  if (filter.account) add('account_id = ?', filter.account);
  if (filter.channel) add('channel_id = ?', filter.channel);
  if (filter.outcome === 'open') add('outcome IS NULL');
  else if (filter.outcome) add('outcome = ?', filter.outcome);
  for (const flag of ALL_FLAGS) {
    const wanted = filter.flags?.[flag];
    if (wanted !== undefined) add(wanted ? '(flags & ?::int) <> 0' : '(flags & ?::int) = 0', FLAG_BITS[flag]);
  }
  const after = decodeToken(filter.continuationToken);
  if (after)
    add(
      '(started_at COLLATE "C" < ? OR (started_at = ? AND conversation_id COLLATE "C" < ?))',
      after[0],
      after[0],
      after[1],
    );
  const limit = Math.min(Math.max(filter.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  args.push(limit + 1);
  const sql = `SELECT * FROM transcript_conversations ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY started_at COLLATE "C" DESC, conversation_id COLLATE "C" DESC LIMIT $${args.length}`;
  const rows = (await pgQuery<ConversationRow>(pool, 'list transcript conversations', sql, pgArgs(args)))
    .rows;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(summaryFromRow),
    continuationToken:
      rows.length > limit && last ? encodeToken(last.started_at, last.conversation_id) : undefined,
  };
}
