import type { Stores } from '../stores.js';
import { PgAccountStore } from './accounts.js';
import type { AsyncOf } from './asyncOf.js';
import { PgCareFlagStore } from './careFlags.js';
import { PgContactPreferenceStore } from './contactPreferences.js';
import { PgConversationRefStore } from './conversationRefs.js';
import { PgDisputeStore } from './disputes.js';
import { PgEscalationStore } from './escalations.js';
import { PgPaymentStore } from './payments.js';
import { PgPlanStore } from './plans.js';
import type { PgPool } from './pool.js';
import { PgPromiseStore } from './promises.js';
import { PgVerificationAttemptStore } from './verificationAttempts.js';
import type { PgTurnSessions } from './turnSessions.js';

/** The core stores in their asynchronous shape (what `Stores` becomes once every interface is async). */
export type AsyncStores = { [K in keyof Stores]: AsyncOf<Stores[K]> };

/**
 * The core stores on one PostgreSQL pool (migrated with `migratePg`), the second implementation
 * of `Stores` beside `createSqliteStores`.
 *
 *   const stores = createPgStores(createPgPool({ url: config.DATABASE_URL }));
 *   // the service: references saved in a turn ride with its state write (PgConversationRefStore)
 *   const stores = createPgStores(pool, { turnSessions: turnLock.sessions });
 *   await stores.accounts.get('acc-1');
 */
export function createPgStores(pool: PgPool, options: { turnSessions?: PgTurnSessions } = {}): AsyncStores {
  return {
    accounts: new PgAccountStore(pool),
    plans: new PgPlanStore(pool),
    promises: new PgPromiseStore(pool),
    disputes: new PgDisputeStore(pool),
    contacts: new PgContactPreferenceStore(pool),
    escalations: new PgEscalationStore(pool),
    conversations: new PgConversationRefStore(pool, options.turnSessions),
    payments: new PgPaymentStore(pool),
    care: new PgCareFlagStore(pool),
    verification: new PgVerificationAttemptStore(pool, options.turnSessions),
  };
}
