import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import type { Config } from '../config/config.js';
import {
  LocalConversationBroker,
  type ConversationBroker,
} from '../channels/directline/conversationBroker.js';
import type { HandoffStore } from '../handoff/types.js';
import { SqliteHandoffStore } from '../handoff/sqliteHandoffStore.js';
import { LocalConversationLock, type ConversationLock } from '../store/conversationLock.js';
import { openDatabase, type Db } from '../store/db.js';
import { seedDemoAccountsSqlite } from '../store/demoAccounts.js';
import { checkDataModes } from '../store/fileModes.js';
import { startWalCheckpointer } from '../store/walCheckpointer.js';
import { SqliteInboundMemory, type InboundMemory } from '../store/inboundMemory.js';
import { SqliteOperationalCounts, type OperationalCounts } from '../store/operationalCounts.js';
import { SqliteRateCounters, type RateCounters } from '../store/rateCounters.js';
import { SqliteReminderClaims, type ReminderClaims } from '../store/reminderClaims.js';
import { SqliteReminderDeliveryLog, type ReminderDeliveryLog } from '../store/reminderDeliveries.js';
import { SqliteStaffLoginLog } from '../store/staffLogins.js';
import { createSqliteStores, type Stores } from '../store/stores.js';
import {
  SqliteRevealLog,
  SqliteTranscriptStore,
  type RevealLog,
  type TranscriptStore,
} from '../store/transcripts/index.js';
import type { TranscriptAppender } from '../store/transcripts/writer.js';
import { SqliteStorage } from './sqliteStorage.js';

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
  /** 'postgres' once every POSTGRES_GAPS entry (pgBackend.ts) is closed; /healthz then probes it. */
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
  staffLogins: SqliteStaffLoginLog;
  reminderDeliveries: ReminderDeliveryLog;
  handoffStore: HandoffStore;
  /** WeChat MsgId dedupe and nonces. */
  inbound: InboundMemory;
  /** Fixed-window counters behind the shared rate limits (src/store/sharedLimits.ts). */
  counters: RateCounters;
  reminderClaims: ReminderClaims;
  /** The handoff queue, reminders finished and payments received, read at each /metrics scrape. */
  operationalCounts: OperationalCounts;
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

/**
 * The embedded default: one SQLite file under DATA_DIR (WAL, one writer), the demo accounts when
 * SEED_DEMO, in-process turn lock and Direct Line broker.
 */
export function openSqliteBackend(config: Config, deps: BackendDeps): Backend {
  const db = openDatabase(config.dataDir);
  // issue 19 item 5: WAL checkpoints (and their fsyncs) run on a worker thread, not inside a turn's commit
  const checkpointer = startWalCheckpointer(db, {}, (message) =>
    deps.logger.warn(
      { message },
      'WAL checkpoint failed on the worker; the service connection checkpoints itself',
    ),
  );
  for (const warning of checkDataModes(config.dataDir)) deps.logger.warn(warning); // issue 12
  const stores = createSqliteStores(db);
  if (config.SEED_DEMO) seedDemoAccountsSqlite(db, deps.clock.now());
  const transcriptStore = new SqliteTranscriptStore(db);
  return {
    kind: 'sqlite',
    describe: `SQLite in ${config.dataDir}`,
    db,
    stores,
    transcripts: transcriptStore,
    reveals: new SqliteRevealLog(db),
    state: new SqliteStorage(db, deps.clock),
    staffLogins: new SqliteStaffLoginLog(db),
    reminderDeliveries: new SqliteReminderDeliveryLog(db),
    handoffStore: new SqliteHandoffStore(db),
    inbound: new SqliteInboundMemory(db),
    counters: new SqliteRateCounters(db),
    reminderClaims: new SqliteReminderClaims(db),
    operationalCounts: new SqliteOperationalCounts(db),
    turnLock: new LocalConversationLock(),
    broker: new LocalConversationBroker(),
    probe: async (now) => {
      try {
        transcriptStore.probeWrite(now);
        return { status: 'ok' };
      } catch (err) {
        return { status: 'unreachable', reason: err instanceof Error ? err.message : String(err) };
      }
    },
    probeWriteNow: (now) => transcriptStore.probeWrite(now),
    close: async () => {
      await checkpointer.stop();
      if (db.open) db.close();
    },
  };
}

export type BackendOutcome =
  { status: 'ready'; backend: Backend } | { status: 'refused'; line: string; exitCode: number };

/**
 * The backend the configuration asks for: SQLite under DATA_DIR without DATABASE_URL; with it,
 * PostgreSQL (pgBackend.ts, loaded only then), or one line saying why not and the exit code.
 *
 *   const outcome = await openBackend(config, { clock, logger });
 *   if (outcome.status === 'refused') { process.stderr.write(`${outcome.line}\n`); process.exit(outcome.exitCode); }
 */
export async function openBackend(config: Config, deps: BackendDeps): Promise<BackendOutcome> {
  const url = config.DATABASE_URL;
  if (!url) return { status: 'ready', backend: openSqliteBackend(config, deps) };
  const { openPostgresBackend } = await import('./pgBackend.js');
  return openPostgresBackend({ ...config, DATABASE_URL: url });
}
