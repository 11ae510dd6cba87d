import { TranscriptError } from './errors.js';
import {
  ALL_FLAGS,
  FLAG_BITS,
  OUTCOMES,
  type ConversationSummary,
  type DeletionRecord,
  type TranscriptActivity,
  type TranscriptFlag,
  type TranscriptOutcome,
  type TranscriptRecord,
  type TranscriptRole,
} from './types.js';

/** SQLite rows of the transcript tables and their mapping to plain types. */
export interface RecordRow {
  conversation_id: string;
  seq: number;
  channel_id: string;
  account_id: string | null;
  activity_id: string | null;
  type: string;
  role: string;
  timestamp: string;
  flags: number;
  activity: string;
  prev_hash: string;
  hash: string;
  recorded_at: string;
}

export interface ConversationRow {
  conversation_id: string;
  channel_id: string;
  account_id: string | null;
  started_at: string;
  last_at: string;
  record_count: number;
  head_hash: string;
  flags: number;
  outcome: string | null;
}

export interface DeletionRow {
  conversation_id: string;
  channel_id: string;
  record_count: number;
  head_hash: string;
  started_at: string;
  last_at: string;
  deleted_at: string;
  deleted_by: string;
  reason: string;
}

export function flagBits(flags: readonly TranscriptFlag[]): number {
  return flags.reduce((bits, f) => bits | FLAG_BITS[f], 0);
}

export function flagNames(bits: number): TranscriptFlag[] {
  return ALL_FLAGS.filter((f) => (bits & FLAG_BITS[f]) !== 0);
}

const ROLES: readonly TranscriptRole[] = ['user', 'bot', 'agent', 'system'];

/** A stored activity; a row whose JSON was damaged reads as type 'unreadable' (verify flags it). */
export function parseActivity(text: string): TranscriptActivity {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as TranscriptActivity;
  } catch {
    // fall through
  }
  return { type: 'unreadable' };
}

/** `activity`: the value the row's JSON was written from, when in hand (saves parsing it again). */
export function recordFromRow(r: RecordRow, activity?: TranscriptActivity): TranscriptRecord {
  return {
    conversationId: r.conversation_id,
    seq: r.seq,
    channelId: r.channel_id,
    accountId: r.account_id ?? undefined,
    role: ROLES.find((x) => x === r.role) ?? 'system',
    type: r.type,
    timestamp: r.timestamp,
    flags: flagNames(r.flags),
    activity: activity ?? parseActivity(r.activity),
    activityJson: r.activity,
    prevHash: r.prev_hash,
    hash: r.hash,
    recordedAt: r.recorded_at,
  };
}

export function summaryFromRow(r: ConversationRow): ConversationSummary {
  return {
    conversationId: r.conversation_id,
    channel: r.channel_id,
    account: r.account_id ?? undefined,
    startedAt: r.started_at,
    lastAt: r.last_at,
    recordCount: r.record_count,
    headHash: r.head_hash,
    flags: flagNames(r.flags),
    outcome: OUTCOMES.find((o): o is TranscriptOutcome => o === r.outcome) ?? 'open',
  };
}

export function deletionFromRow(r: DeletionRow): DeletionRecord {
  return {
    conversationId: r.conversation_id,
    channelId: r.channel_id,
    recordCount: r.record_count,
    headHash: r.head_hash,
    startedAt: r.started_at,
    lastAt: r.last_at,
    deletedAt: r.deleted_at,
    deletedBy: r.deleted_by,
    reason: r.reason,
  };
}

/** Keyset paging token "<sortKey>|<conversationId>", opaque to callers. */
export function encodeToken(sortKey: string, conversationId: string): string {
  return Buffer.from(JSON.stringify([sortKey, conversationId]), 'utf8').toString('base64url');
}

/** Throws TranscriptError for a token this store did not issue (never silently restarts). */
export function decodeToken(token: string | undefined): [string, string] | undefined {
  if (!token) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return [value[0], value[1]];
    }
  } catch {
    // reported below
  }
  throw new TranscriptError(
    'continuation token is not one this store issued; pass the token from the previous page',
  );
}
