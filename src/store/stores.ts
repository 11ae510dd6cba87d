import { SqliteAccountStore, type AccountStore } from './accounts.js';
import { SqliteCareFlagStore, type CareFlagStore } from './careFlags.js';
import { SqliteContactPreferenceStore, type ContactPreferenceStore } from './contactPreferences.js';
import { SqliteConversationRefStore, type ConversationRefStore } from './conversationRefs.js';
import type { Db } from './db.js';
import { SqliteDisputeStore, type DisputeStore } from './disputes.js';
import { SqliteEscalationStore, type EscalationStore } from './escalations.js';
import { SqlitePlanStore, type PlanStore } from './plans.js';
import { SqlitePromiseStore, type PromiseStore } from './promises.js';
import { SqlitePaymentStore, type PaymentStore } from './payments.js';
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
  /** The payments feed (issue 17). */
  payments: PaymentStore;
  /** Vulnerability flags: a crisis pauses reminders; any flag stops payment follow-ups (issues 14, 17). */
  care: CareFlagStore;
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
    payments: new SqlitePaymentStore(db),
    care: new SqliteCareFlagStore(db),
    verification: new SqliteVerificationAttemptStore(db),
  };
}
