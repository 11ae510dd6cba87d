import { SqliteAccountStore, type AccountStore } from './accounts.js';
import { SqliteContactPreferenceStore, type ContactPreferenceStore } from './contactPreferences.js';
import { SqliteConversationRefStore, type ConversationRefStore } from './conversationRefs.js';
import type { Db } from './db.js';
import { SqliteDisputeStore, type DisputeStore } from './disputes.js';
import { SqliteEscalationStore, type EscalationStore } from './escalations.js';
import { SqlitePlanStore, type PlanStore } from './plans.js';
import { SqlitePromiseStore, type PromiseStore } from './promises.js';
import { SqliteVerificationAttemptStore, type VerificationAttemptStore } from './verificationAttempts.js';

/** The core stores, each behind its own interface (a PostgreSQL backend is a second implementation). */
export interface Stores {
  accounts: AccountStore;
  plans: PlanStore;
  promises: PromiseStore;
  disputes: DisputeStore;
  contacts: ContactPreferenceStore;
  escalations: EscalationStore;
  conversations: ConversationRefStore;
  /** Identity-check failures and locks per account (issue 12). */
  verification: VerificationAttemptStore;
}

export function createSqliteStores(db: Db): Stores {
  return {
    accounts: new SqliteAccountStore(db),
    plans: new SqlitePlanStore(db),
    promises: new SqlitePromiseStore(db),
    disputes: new SqliteDisputeStore(db),
    contacts: new SqliteContactPreferenceStore(db),
    escalations: new SqliteEscalationStore(db),
    conversations: new SqliteConversationRefStore(db),
    verification: new SqliteVerificationAttemptStore(db),
  };
}
