import type { Config } from '../config/config.js';
import { LocalConversationBroker } from '../channels/directline/conversationBroker.js';
import { SqliteHandoffStore } from '../handoff/sqliteHandoffStore.js';
import { LocalConversationLock } from '../store/conversationLock.js';
import { openDatabase } from '../store/db.js';
import { seedDemoAccountsSqlite } from '../store/demoAccounts.js';
import { checkDataModes } from '../store/fileModes.js';
import { startWalCheckpointer } from '../store/walCheckpointer.js';
import { SqliteInboundMemory } from '../store/inboundMemory.js';
import { SqliteActivityClaims } from '../store/activityClaims.js';
import { SqliteOperationalCounts } from '../store/operationalCounts.js';
import { SqliteRateCounters } from '../store/rateCounters.js';
import { SqliteReminderDeliveryLog } from '../store/reminderDeliveries.js';
import { SqliteStaffLoginLog } from '../store/staffLogins.js';
import { SqliteReminderStore } from '../store/reminders.js';
import { createSqliteStores } from '../store/stores.js';
import { SqliteCaseFileStore } from '../store/caseFiles.js';
import { SqliteFollowUpStore } from '../store/followUps.js';
import { SqliteRevealLog, SqliteTranscriptStore } from '../store/transcripts/index.js';
import type { Backend, BackendDeps } from './backendTypes.js';
import { SqliteStorage } from './sqliteStorage.js';

export type { Backend, BackendDeps, BackendProbe } from './backendTypes.js';

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
  if (config.SEED_DEMO) seedDemoAccountsSqlite(db, deps.clock.now(), config.SEED_DEMO_CHANNEL);
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
    reminders: new SqliteReminderStore(db),
    reminderDeliveries: new SqliteReminderDeliveryLog(db),
    handoffStore: new SqliteHandoffStore(db),
    inbound: new SqliteInboundMemory(db),
    activityClaims: new SqliteActivityClaims(db), // issue 19 exactonce
    counters: new SqliteRateCounters(db),
    operationalCounts: new SqliteOperationalCounts(db),
    cases: { ...stores, caseFiles: new SqliteCaseFileStore(db) },
    followUps: new SqliteFollowUpStore(db),
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
  const pgConfig = { ...config, DATABASE_URL: url };
  const opened = await openPostgresBackend(pgConfig, {
    clock: deps.clock,
    log: (message) => deps.logger.warn({ database: message }, 'PostgreSQL'),
  });
  if (opened.status === 'refused') return opened;
  const { postgresBackend } = await import('./postgresBackend.js');
  return { status: 'ready', backend: await postgresBackend(opened.parts, pgConfig, deps) };
}
