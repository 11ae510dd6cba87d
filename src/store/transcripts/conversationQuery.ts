import type { Db } from '../db.js';
import { decodeToken, encodeToken, summaryFromRow, type ConversationRow } from './rows.js';
import {
  ALL_FLAGS,
  FLAG_BITS,
  type ConversationFilter,
  type ConversationSummary,
  type Page,
} from './types.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/**
 * The review list: conversations newest first, filtered, keyset-paged on (started_at, id).
 *
 *   listConversations(db, { from: '2026-11-01T00:00:00Z', flags: { blocked: true }, limit: 20 })
 */
export function listConversations(db: Db, filter: ConversationFilter): Page<ConversationSummary> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]): void => {
    where.push(clause);
    args.push(...values);
  };
  if (filter.from) add('started_at >= ?', filter.from);
  if (filter.to) add('started_at < ?', filter.to);
  if (filter.account) add('account_id = ?', filter.account);
  if (filter.channel) add('channel_id = ?', filter.channel);
  if (filter.outcome === 'open') add('outcome IS NULL');
  else if (filter.outcome) add('outcome = ?', filter.outcome);
  for (const flag of ALL_FLAGS) {
    const wanted = filter.flags?.[flag];
    if (wanted !== undefined) add(wanted ? '(flags & ?) != 0' : '(flags & ?) = 0', FLAG_BITS[flag]);
  }
  const after = decodeToken(filter.continuationToken);
  if (after)
    add('(started_at < ? OR (started_at = ? AND conversation_id < ?))', after[0], after[0], after[1]);
  const limit = Math.min(Math.max(filter.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const sql = `SELECT * FROM transcript_conversations ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY started_at DESC, conversation_id DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...args, limit + 1) as ConversationRow[];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(summaryFromRow),
    continuationToken:
      rows.length > limit && last ? encodeToken(last.started_at, last.conversation_id) : undefined,
  };
}
