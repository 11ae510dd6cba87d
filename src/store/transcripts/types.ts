/**
 * Plain transcript types. An activity is stored as the JSON a Bot Framework Activity serialises
 * to (so an export opens in the Emulator), without importing botbuilder here.
 */

/** A Bot Framework Activity as plain JSON. `conversation.id` is required to chain it. */
export interface TranscriptActivity {
  type: string;
  id?: string;
  /** ISO-8601; stamped from the writer's clock when missing. */
  timestamp?: string;
  channelId?: string;
  conversation?: { id: string; [key: string]: unknown };
  from?: { id?: string; name?: string; role?: string; [key: string]: unknown };
  recipient?: { id?: string; name?: string; role?: string; [key: string]: unknown };
  text?: string;
  locale?: string;
  /** Events and traces: 'handoff.queued', 'collections.turn'. */
  name?: string;
  label?: string;
  valueType?: string;
  value?: unknown;
  replyToId?: string;
  channelData?: Record<string, unknown>;
  [key: string]: unknown;
}

/** What the review list filters on. Stored as bits; named in the API. */
export type TranscriptFlag = 'blocked' | 'escalated' | 'disputed' | 'optedOut';

export const FLAG_BITS: Readonly<Record<TranscriptFlag, number>> = {
  blocked: 1,
  escalated: 2,
  disputed: 4,
  optedOut: 8,
};

export const ALL_FLAGS: readonly TranscriptFlag[] = ['blocked', 'escalated', 'disputed', 'optedOut'];

/**
 * How a conversation ended up, from the last act (or handoff event) that decides it.
 * 'open' until one is seen.
 */
export type TranscriptOutcome =
  | 'open'
  | 'plan_agreed'
  | 'no_agreement'
  | 'dispute'
  | 'opted_out'
  | 'handoff'
  | 'distress'
  | 'third_party'
  | 'verification_locked';

export const OUTCOMES: readonly TranscriptOutcome[] = [
  'open',
  'plan_agreed',
  'no_agreement',
  'dispute',
  'opted_out',
  'handoff',
  'distress',
  'third_party',
  'verification_locked',
];

/** Who an activity came from, for the review views and the re-scan. */
export type TranscriptRole = 'user' | 'bot' | 'agent' | 'system';

/** Extra facts about an activity that are not part of it (not hashed, used for filtering). */
export interface AppendMeta {
  accountId?: string;
  flags?: TranscriptFlag[];
}

/** One stored, chained record. */
export interface TranscriptRecord {
  conversationId: string;
  seq: number;
  channelId: string;
  accountId: string | undefined;
  role: TranscriptRole;
  type: string;
  timestamp: string;
  flags: TranscriptFlag[];
  activity: TranscriptActivity;
  /** The stored canonical JSON of the activity (what the hash covers). */
  activityJson: string;
  prevHash: string;
  hash: string;
  recordedAt: string;
}

export interface ConversationSummary {
  conversationId: string;
  channel: string;
  account: string | undefined;
  startedAt: string;
  lastAt: string;
  recordCount: number;
  headHash: string;
  flags: TranscriptFlag[];
  outcome: TranscriptOutcome;
}

/** Filters of the review list; every field optional, all given ones must hold. */
export interface ConversationFilter {
  /** startedAt >= from (ISO instant). */
  from?: string;
  /** startedAt < to (ISO instant). */
  to?: string;
  account?: string;
  channel?: string;
  outcome?: TranscriptOutcome;
  /** Each flag given must be set (true) or unset (false). */
  flags?: Partial<Record<TranscriptFlag, boolean>>;
  limit?: number;
  /** From a previous page. */
  continuationToken?: string;
}

/** A page; `continuationToken` is set only when there is more. */
export interface Page<T> {
  items: T[];
  continuationToken: string | undefined;
}

export interface TranscriptInfo {
  channelId: string;
  id: string;
  created: Date;
}

export interface DeletionRecord {
  conversationId: string;
  channelId: string;
  recordCount: number;
  headHash: string;
  startedAt: string;
  lastAt: string;
  deletedAt: string;
  deletedBy: string;
  reason: string;
}

export type DeleteOutcome =
  | { status: 'deleted'; deletion: DeletionRecord }
  | { status: 'not_found' }
  | { status: 'within_retention'; lastAt: string; deletableFrom: string };

/** A reviewer revealed the unmasked text of a conversation. */
export interface RevealRecord {
  revealId: number;
  conversationId: string;
  reviewer: string;
  revealedAt: string;
  reason: string | undefined;
}

/**
 * The transcript store: append-only writes, paged reads, retention deletes. Async so a
 * PostgreSQL backend is a second implementation.
 *
 *   const rec = await store.append({ type: 'message', conversation: { id: 'c1' }, text: 'hi' }, {}, now);
 *   const page = await store.getTranscriptActivities('directline', 'c1');
 */
export interface TranscriptStore {
  /** Appends one activity to its conversation's chain (atomically with reading the head). */
  append(activity: TranscriptActivity, meta: AppendMeta, recordedAt: Date): Promise<TranscriptRecord>;
  /** Appends several in order, all or none (one transaction). */
  appendAll(
    items: readonly { activity: TranscriptActivity; meta: AppendMeta }[],
    recordedAt: Date,
  ): Promise<TranscriptRecord[]>;
  /** Activities in stored order, 20 a page, optionally only those at or after startDate. */
  getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<Page<TranscriptActivity>>;
  /** Conversations on a channel, oldest first, 20 a page. */
  listTranscripts(channelId: string, continuationToken?: string): Promise<Page<TranscriptInfo>>;
  /**
   * Deletes a whole conversation only when its last activity is older than `retentionDays`
   * before `now`; the deletion is recorded with who did it.
   */
  deleteTranscript(
    channelId: string,
    conversationId: string,
    policy: { now: Date; retentionDays: number; actor: string },
  ): Promise<DeleteOutcome>;
  /** Deletes every conversation past retention; returns what it deleted. */
  deleteExpired(policy: { now: Date; retentionDays: number; actor: string }): Promise<DeletionRecord[]>;
  listConversations(filter: ConversationFilter): Promise<Page<ConversationSummary>>;
  getSummary(conversationId: string): Promise<ConversationSummary | undefined>;
  /** Every record of a conversation in seq order, as stored (for review and verification). */
  getRecords(conversationId: string): Promise<TranscriptRecord[]>;
  /** Every conversation id that has a head or records (for verification). */
  listConversationIds(): Promise<string[]>;
  listDeletions(): Promise<DeletionRecord[]>;
}

/** The reveal audit: who saw unmasked text, when, of which conversation. Append-only. */
export interface RevealLog {
  record(conversationId: string, reviewer: string, at: Date, reason?: string): Promise<RevealRecord>;
  list(conversationId?: string): Promise<RevealRecord[]>;
}
