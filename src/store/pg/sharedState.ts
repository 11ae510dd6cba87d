import type { InboundMemory } from '../inboundMemory.js';
import type { RateCounters } from '../rateCounters.js';
import type { StateStorage } from '../stateStorage.js';
import { PgBroker } from './broker.js';
import { pgHealth, type PgHealth } from './health.js';
import { PgInboundMemory } from './inboundMemory.js';
import { migratePg } from './migrate.js';
import { createPgPool, type PgPool, type PgPoolOptions, toStoreError } from './pool.js';
import { PgRateCounters } from './rateCounters.js';
import { PgStateStorage } from './stateStorage.js';
import type { PgTurnSessions } from './turnSessions.js';

/** Everything the first slice of shared state offers, on one pool: what the service wires in. */
export interface PgSharedState {
  pool: PgPool;
  state: StateStorage;
  inbound: InboundMemory;
  counters: RateCounters;
  broker: PgBroker;
  /** The schema version after migrating. */
  schema: string | undefined;
  health(now: Date): Promise<PgHealth>;
  close(): Promise<void>;
}

/**
 * Opens the shared state on DATABASE_URL: a pool, the migrations (under their advisory lock), the
 * stores and a started broker. Rejects with StoreUnavailableError when the database cannot be
 * reached, leaving nothing open.
 *
 *   const shared = await openPgSharedState({ url: config.DATABASE_URL, max: 10 });
 *   app.storage = shared.state; // later: app wiring (issue 19, next step)
 */
export async function openPgSharedState(
  options: PgPoolOptions & {
    log?: (message: string) => void;
    /** The turn lock's sessions: state read and written on the turn's lock connection (PgStateStorage). */
    turnSessions?: PgTurnSessions;
  },
): Promise<PgSharedState> {
  const pool = createPgPool({ ...options, onConnectionLost: options.onConnectionLost ?? options.log });
  const broker = new PgBroker({ url: options.url, pool, log: options.log });
  try {
    const { version } = await migratePg(pool);
    await broker.start();
    return {
      pool,
      state: new PgStateStorage(pool, options.turnSessions),
      inbound: new PgInboundMemory(pool),
      counters: new PgRateCounters(pool),
      broker,
      schema: version,
      health: (now) => pgHealth(pool, now),
      close: async () => {
        await broker.close();
        await pool.end();
      },
    };
  } catch (err) {
    await broker.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw toStoreError(err, 'open the PostgreSQL shared state');
  }
}
