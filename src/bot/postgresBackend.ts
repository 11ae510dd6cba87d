import type { Config } from '../config/config.js';
import { PgWeChatInbound } from '../channels/wechat/pgInbound.js';
import { openDatabase } from '../store/db.js';
import { seedDemoAccounts } from '../store/demoAccounts.js';
import { SqliteOperationalCounts } from '../store/operationalCounts.js';
import { maskDatabaseUrl } from '../store/pg/pool.js';
import type { Backend, BackendDeps } from './backendTypes.js';
import type { PgBackendParts } from './pgBackend.js';

/**
 * The whole backend on PostgreSQL from its parts (pgBackend.ts): every store `createApp` takes is
 * the shared one, so any number of instances serve the same conversations. A small SQLite file
 * under DATA_DIR stays open only for the parts POSTGRES_GAPS still names; it holds nothing another
 * instance needs once that list is empty.
 *
 *   const parts = await openPgBackendParts(config, { clock, log });
 *   const backend = await postgresBackend(parts, config, { clock, logger });
 */
export async function postgresBackend(
  parts: PgBackendParts,
  config: Config & { DATABASE_URL: string },
  deps: BackendDeps,
): Promise<Backend> {
  const db = openDatabase(config.dataDir);
  if (config.SEED_DEMO) await seedDemoAccounts(parts.stores.accounts, deps.clock.now());
  // The turn gate asks synchronously; it gets the last asynchronous probe's answer.
  let lastProbe: string | undefined;
  const probe: Backend['probe'] = async (now) => {
    const result = await parts.probe(now);
    lastProbe = result.status === 'ok' ? undefined : result.reason;
    return result;
  };
  return {
    kind: 'postgres',
    describe: `PostgreSQL at ${maskDatabaseUrl(config.DATABASE_URL)} (schema ${parts.shared.schema ?? '?'}, pool ${config.PG_POOL_MAX})`,
    db,
    stores: parts.stores,
    transcripts: parts.transcripts,
    reveals: parts.reveals,
    state: parts.shared.state,
    staffLogins: parts.staffLogins,
    reminders: parts.reminders,
    directLine: parts.directLine,
    consoleSessions: parts.consoleSessions,
    signInThrottle: parts.signInThrottle,
    wechatInbound: new PgWeChatInbound(parts.shared.pool, parts.transcripts),
    insights: parts.insights,
    reminderDeliveries: parts.reminderDeliveries,
    handoffStore: parts.handoff,
    inbound: parts.shared.inbound,
    counters: parts.shared.counters,
    reminderClaims: parts.shared.reminderClaims,
    operationalCounts: new SqliteOperationalCounts(db),
    turnLock: parts.turnLock,
    broker: parts.broker,
    probe,
    probeWriteNow: () => {
      if (lastProbe !== undefined) throw new Error(`database unreachable: ${lastProbe}`);
    },
    close: async () => {
      await parts.close();
      if (db.open) db.close();
    },
  };
}
