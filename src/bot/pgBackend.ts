import type { Config } from '../config/config.js';
import { PgConversationBroker } from '../channels/directline/pgConversationBroker.js';
import { PgConversationLock } from '../store/pg/conversationLock.js';
import { openPgSharedState, type PgSharedState } from '../store/pg/sharedState.js';
import { describePgError, maskDatabaseUrl } from '../store/pg/pool.js';
import { checkDatabase, databaseUrlRefusal } from '../store/pg/startupCheck.js';
import type { Clock } from '../core/clock.js';
import { PgDirectLineStore } from '../channels/directline/pgDirectLineStore.js';
import { PgHandoffStore } from '../handoff/pgHandoffStore.js';
import { PgConsoleSessions } from '../store/pg/consoleSessions.js';
import { PgInsights } from '../store/pg/insights.js';
import { PgReminderStore } from '../store/pg/reminders.js';
import { PgReminderDeliveryLog } from '../store/pg/reminderDeliveries.js';
import { PgRevealLog } from '../store/pg/revealLog.js';
import { PgStaffLoginLog } from '../store/pg/staffLogins.js';
import { LINK_SECRET_NAME, sharedSecret } from '../store/pg/sharedSecrets.js';
import { createPgStores, type AsyncStores } from '../store/pg/stores.js';
import { PgTranscriptStore } from '../store/pg/transcripts.js';
import { SharedLoginThrottle } from '../store/sharedLimits.js';
import { toPlainActivity } from '../store/transcripts/index.js';

/** The same shapes as Backend's (backend.ts loads this file lazily, so it cannot import from there). */
type Probe = { status: 'ok' } | { status: 'unreachable'; reason: string };
type Refusal = { status: 'refused'; line: string; exitCode: number };
type Opened = { status: 'open'; parts: PgBackendParts };

/** The PostgreSQL stores, all on the shared pool: what the whole backend is made of (postgresBackend.ts). */
export interface PgStoreParts {
  stores: AsyncStores;
  transcripts: PgTranscriptStore;
  reveals: PgRevealLog;
  handoff: PgHandoffStore;
  /** Writes what a person sends ahead into the transcript, in the same transaction. */
  directLine: PgDirectLineStore;
  staffLogins: PgStaffLoginLog;
  consoleSessions: PgConsoleSessions;
  signInThrottle: SharedLoginThrottle;
  insights: PgInsights;
  reminders: PgReminderStore;
  reminderDeliveries: PgReminderDeliveryLog;
}

/** The parts of the PostgreSQL backend that exist: shared state, the stores, the turn lock and the Direct Line broker. */
export interface PgBackendParts extends PgStoreParts {
  shared: PgSharedState;
  turnLock: PgConversationLock;
  broker: PgConversationBroker;
  /** LINK_SECRET, or without it the one every instance reads from the database (`shared_secrets`). */
  linkSecret: string;
  probe(now: Date): Promise<Probe>;
  close(): Promise<void>;
}

export interface PgBackendDeps {
  clock: Clock;
  /** Told about lost connections and relays (a message, never the error object: it may carry the password). */
  log: (message: string) => void;
}

/**
 * Opens what exists of the PostgreSQL backend on DATABASE_URL: the pool (PG_POOL_MAX), the
 * migrations under their advisory lock, the shared-state stores, the LISTEN/NOTIFY broker, the
 * cross-instance turn lock (its own pool of TURN_LOCK_CONNECTIONS, waiting TURN_LOCK_WAIT_MS) and
 * the Direct Line broker over it (relays sealed under the link secret: LINK_SECRET, or without it the
 * database's, generated once by the first instance; scalesec22). Rejects with StoreUnavailableError when the database cannot be
 * reached, leaving nothing open.
 */
export async function openPgBackendParts(
  config: Pick<Config, 'PG_POOL_MAX' | 'TURN_LOCK_WAIT_MS' | 'TURN_LOCK_CONNECTIONS' | 'linkSecret'> & {
    DATABASE_URL: string;
    /** 'database': read (or create) the shared secret there instead of using linkSecret. */
    linkSecretFrom?: Config['linkSecretFrom'];
  },
  deps: PgBackendDeps,
): Promise<PgBackendParts> {
  // issue 19 item 5: the server lock rides with the turn's state read and write (one round trip each)
  const turnLock = new PgConversationLock({
    url: config.DATABASE_URL,
    waitMs: config.TURN_LOCK_WAIT_MS,
    connections: config.TURN_LOCK_CONNECTIONS,
    onConnectionLost: deps.log,
    serverLockAt: 'stateRead',
  });
  let shared: PgSharedState | undefined;
  let linkSecret: string;
  try {
    shared = await openPgSharedState({
      url: config.DATABASE_URL,
      max: config.PG_POOL_MAX,
      log: deps.log,
      turnSessions: turnLock.sessions,
    });
    linkSecret =
      config.linkSecretFrom === 'database'
        ? await sharedSecret(shared.pool, LINK_SECRET_NAME)
        : config.linkSecret;
  } catch (err) {
    await shared?.close();
    await turnLock.close();
    throw err;
  }
  const opened = shared;
  const broker = new PgConversationBroker({ broker: opened.broker, secret: linkSecret, log: deps.log });
  return {
    ...pgStores(opened, deps.clock, turnLock),
    shared: opened,
    turnLock,
    broker,
    linkSecret,
    probe: async (now) => {
      try {
        const health = await opened.health(now);
        return health.status === 'ok' ? { status: 'ok' } : { status: 'unreachable', reason: health.reason };
      } catch (err) {
        return { status: 'unreachable', reason: describePgError(err) };
      }
    },
    close: async () => {
      await broker.drain();
      await turnLock.close();
      await opened.close();
    },
  };
}

function pgStores(shared: PgSharedState, clock: Clock, turnLock: PgConversationLock): PgStoreParts {
  const { pool } = shared;
  const transcripts = new PgTranscriptStore(pool, undefined, turnLock.sessions);
  return {
    stores: createPgStores(pool, { turnSessions: turnLock.sessions }),
    transcripts,
    reveals: new PgRevealLog(pool),
    handoff: new PgHandoffStore(pool),
    directLine: new PgDirectLineStore(pool, async (client, activity, person) => {
      await transcripts.appendAllIn(
        client,
        [{ activity: toPlainActivity(activity), meta: person }],
        clock.now(),
      );
    }),
    staffLogins: new PgStaffLoginLog(pool),
    consoleSessions: new PgConsoleSessions(pool),
    signInThrottle: new SharedLoginThrottle(shared.counters, clock),
    insights: new PgInsights(pool),
    reminders: new PgReminderStore(pool),
    reminderDeliveries: new PgReminderDeliveryLog(pool),
  };
}

/**
 * The PostgreSQL backend's parts on DATABASE_URL, or one line saying why not (malformed: exit 2,
 * unreachable or failing to migrate: exit 1). Loaded only when DATABASE_URL is set (`openBackend` in backend.ts,
 * which makes the whole backend of the parts with `postgresBackend`).
 */
export async function openPostgresBackend(
  config: Config & { DATABASE_URL: string },
  deps: PgBackendDeps,
): Promise<Refusal | Opened> {
  const check = await checkDatabase(config.DATABASE_URL);
  const refusal = databaseUrlRefusal(config.DATABASE_URL, check);
  if (refusal) return { status: 'refused', ...refusal };
  try {
    return { status: 'open', parts: await openPgBackendParts(config, deps) };
  } catch (err) {
    return {
      status: 'refused',
      line: `DATABASE_URL: PostgreSQL at ${maskDatabaseUrl(config.DATABASE_URL)} could not be opened: ${describePgError(err)}`,
      exitCode: 1,
    };
  }
}
