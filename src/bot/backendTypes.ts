import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { SignInThrottle } from '../auth/throttle.js';
import type { ConversationBroker } from '../channels/directline/conversationBroker.js';
import type { DirectLineStore } from '../channels/directline/directLineStore.js';
import type { HeldDeliveryWriter } from '../channels/directline/heldDeliveryWriter.js';
import type { WeChatInbound } from '../channels/wechat/inboundRecord.js';
import type { Clock } from '../core/clock.js';
import type { HandoffStore } from '../handoff/types.js';
import type { ConsoleSessionStore } from '../store/consoleSessions.js';
import type { ConversationLock } from '../store/conversationLock.js';
import type { Db } from '../store/db.js';
import type { ActivityClaims } from '../store/activityClaims.js';
import type { InboundMemory } from '../store/inboundMemory.js';
import type { InsightsStore } from '../store/insights.js';
import type { OperationalCounts } from '../store/operationalCounts.js';
import type { RateCounters } from '../store/rateCounters.js';
import type { ReminderDeliveryLog } from '../store/reminderDeliveries.js';
import type { ReminderStore } from '../store/reminders.js';
import type { StaffLoginLog } from '../store/staffLogins.js';
import type { Stores } from '../store/stores.js';
import type { CaseStores } from '../store/caseFiles.js';
import type { FollowUpStore } from '../store/followUps.js';
import type { RevealLog, TranscriptStore } from '../store/transcripts/types.js';
import type { TranscriptAppender } from '../store/transcripts/writer.js';

/** Whether the database answers a real write now (for /healthz); never carries a secret. */
export type BackendProbe = { status: 'ok' } | { status: 'unreachable'; reason: string };

/**
 * Everything the service keeps: the one place that knows which database is underneath. `createApp`
 * takes what it needs from here and nothing else opens a store of its own.
 *
 *   const backend = openSqliteBackend(config, { clock, logger });
 *   const app = createApp(config, { backend });
 */
export interface Backend {
  /**
   * The link secret every instance shares (PostgreSQL: LINK_SECRET, or the database's when it is
   * unset); `createApp` puts it in its config. Absent on SQLite: the config's own (LINK_SECRET or DATA_DIR).
   */
  linkSecret?: string;
  /** 'postgres' with DATABASE_URL (postgresBackend.ts); /healthz then probes it. */
  readonly kind: 'sqlite' | 'postgres';
  /** Said once at start: where the state lives (never a password). */
  readonly describe: string;
  /** The embedded database, for the parts that still read it directly (payments views, insights, metrics). */
  db: Db;
  stores: Stores;
  /**
   * The compliance transcript: the writer appends to it (synchronously on SQLite, which has
   * `appendAllNow`), review and the agent desk read it, the retention job deletes from it.
   */
  transcripts: TranscriptStore & TranscriptAppender;
  /** Who saw unmasked text (review's reveal audit). */
  reveals: RevealLog;
  /** botbuilder `Storage` for ConversationState, with real eTags. */
  state: Storage;
  staffLogins: StaffLoginLog;
  /** Proactive reminders: queued, claimed, sent. */
  reminders: ReminderStore;
  /** Direct Line conversations and activities (PostgreSQL: written ahead into its transcript); default: SQLite on `db`. */
  directLine?: DirectLineStore;
  /** Writes a reminder's Direct Line delivery in one transaction (with `directLine`); default: SQLite on `db`. */
  directLineHeld?: HeldDeliveryWriter;
  /** Console sign-in sessions shared by instances; default: in this process. */
  consoleSessions?: ConsoleSessionStore;
  /** Failed sign-ins counted across instances; default: in this process. */
  signInThrottle?: SignInThrottle;
  /** WeChat MsgIds, nonces and the write-ahead transcript record in one transaction; default: SQLite on `db`. */
  wechatInbound?: WeChatInbound;
  /** The /insights dashboard's figures; default: SQLite on `db`. */
  insights?: InsightsStore;
  reminderDeliveries: ReminderDeliveryLog;
  handoffStore: HandoffStore;
  /** WeChat MsgId dedupe and nonces. */
  inbound: InboundMemory;
  /** issue 19 exactonce: one turn per inbound activity id, across instances; default: SQLite on `db`. */
  activityClaims?: ActivityClaims;
  /** Fixed-window counters behind the shared rate limits (src/store/sharedLimits.ts). */
  counters: RateCounters;
  /** The handoff queue, reminders finished and payments received, read at each /metrics scrape. */
  operationalCounts: OperationalCounts;
  /** What the case views read (review's and the agent's payments view, the follow-up's case summary). */
  cases: CaseStores;
  /** The daily follow-up of missed commitments: marks and settlements exactly once across instances. */
  followUps: FollowUpStore;
  /**
   * Runs the handling of one `/api/messages` request with the plain reads it asks before its turn
   * (the account lookup, the handoff check) planned ahead: on PostgreSQL they ride in the round
   * trip of its rate limits (issue 19 pg19). Absent: the request runs as it is.
   */
  beforeTurn?: <T>(conversationId: string, fn: () => Promise<T>) => Promise<T>;
  /** One turn at a time per conversation (here: in this process; SQLite has one service process). */
  turnLock: ConversationLock;
  /** Carries Direct Line activities to the sockets of a conversation. */
  broker: ConversationBroker;
  probe(now: Date): Promise<BackendProbe>;
  /**
   * A write the turn gate can make without waiting (SQLite: a real write now); throws with the
   * reason when storage cannot write. On PostgreSQL it reports the last `probe` (asynchronous).
   */
  probeWriteNow(now: Date): void;
  close(): Promise<void>;
}

export interface BackendDeps {
  clock: Clock;
  logger: Logger;
}
