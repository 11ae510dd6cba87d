import { PgHeldDeliveryWriter } from '../channels/directline/pgHeldDeliveryWriter.js';
import type { Config } from '../config/config.js';
import { PgWeChatInbound } from '../channels/wechat/pgInbound.js';
import { openHandoffRead } from '../handoff/pgHandoffStore.js';
import { accountOfRead } from '../store/pg/conversationRefs.js';
import { seedDemoAccounts } from '../store/demoAccounts.js';
import { PgActivityClaims } from '../store/pg/activityClaims.js';
import { PgCaseFileStore } from '../store/pg/caseFiles.js';
import { PgFollowUpStore } from '../store/pg/followUps.js';
import { PgOperationalCounts } from '../store/pg/operationalCounts.js';
import { noSqliteOnPostgres } from '../store/pg/noSqlite.js';
import { maskDatabaseUrl } from '../store/pg/pool.js';
import { PgRequestReads, withRequestReads } from '../store/pg/requestReads.js';
import { transcriptHeadRead } from '../store/pg/transcriptHeads.js';
import type { Backend, BackendDeps } from './backendTypes.js';
import type { PgBackendParts } from './pgBackend.js';

/**
 * The whole backend on PostgreSQL from its parts (pgBackend.ts): every store `createApp` takes is
 * the shared one, so any number of instances serve the same conversations. No SQLite file is opened
 * under DATA_DIR: `db` refuses every use (`noSqliteOnPostgres`), so a caller left on its SQLite
 * default fails loudly instead of keeping data only this instance sees.
 *
 *   const parts = await openPgBackendParts(config, { clock, log });
 *   const backend = await postgresBackend(parts, config, { clock, logger });
 */
export async function postgresBackend(
  parts: PgBackendParts,
  config: Config & { DATABASE_URL: string },
  deps: BackendDeps,
): Promise<Backend> {
  const db = noSqliteOnPostgres();
  if (config.SEED_DEMO)
    await seedDemoAccounts(parts.stores.accounts, deps.clock.now(), config.SEED_DEMO_CHANNEL);
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
    directLineHeld: new PgHeldDeliveryWriter(parts.shared.pool, parts.transcripts), // issue 19 remind23
    consoleSessions: parts.consoleSessions,
    signInThrottle: parts.signInThrottle,
    wechatInbound: new PgWeChatInbound(parts.shared.pool, parts.transcripts),
    insights: parts.insights,
    reminderDeliveries: parts.reminderDeliveries,
    handoffStore: parts.handoff,
    inbound: parts.shared.inbound,
    activityClaims: new PgActivityClaims(parts.shared.pool), // issue 19 exactonce
    counters: parts.shared.counters,
    operationalCounts: new PgOperationalCounts(parts.shared.pool),
    cases: { ...parts.stores, caseFiles: new PgCaseFileStore(parts.shared.pool) },
    followUps: new PgFollowUpStore(parts.shared.pool),
    // issue 19 pg19: the account lookup and the handoff check ride with the rate limits
    beforeTurn: (conversationId, fn) =>
      withRequestReads(
        new PgRequestReads(parts.shared.pool, [
          accountOfRead(conversationId),
          openHandoffRead(conversationId),
          transcriptHeadRead(conversationId), // issue 19 pgturn19: the inbound record in one statement
        ]),
        fn,
      ),
    turnLock: parts.turnLock,
    broker: parts.broker,
    linkSecret: parts.linkSecret, // scalesec22: the same on every instance
    probe,
    probeWriteNow: () => {
      if (lastProbe !== undefined) throw new Error(`database unreachable: ${lastProbe}`);
    },
    close: () => parts.close(),
  };
}
