import { describe, expectTypeOf, it } from 'vitest';
import type { AccountStore } from '../../src/store/accounts.js';
import type { CareFlagStore } from '../../src/store/careFlags.js';
import type { ContactPreferenceStore } from '../../src/store/contactPreferences.js';
import type { ConversationRefStore } from '../../src/store/conversationRefs.js';
import type { DisputeStore } from '../../src/store/disputes.js';
import type { EscalationStore } from '../../src/store/escalations.js';
import type { PaymentStore } from '../../src/store/payments.js';
import type { AsyncOf } from '../../src/store/pg/asyncOf.js';
import type { PlanStore } from '../../src/store/plans.js';
import type { PromiseStore } from '../../src/store/promises.js';
import type { VerificationAttemptStore } from '../../src/store/verificationAttempts.js';

/** The PostgreSQL stores implement `AsyncOf<X>`: for every core store that is X itself. */
describe('the core store interfaces are asynchronous', () => {
  it('each is its own AsyncOf (same methods, same parameters, every result a Promise)', () => {
    expectTypeOf<AsyncOf<AccountStore>>().toEqualTypeOf<AccountStore>();
    expectTypeOf<AsyncOf<PlanStore>>().toEqualTypeOf<PlanStore>();
    expectTypeOf<AsyncOf<PromiseStore>>().toEqualTypeOf<PromiseStore>();
    expectTypeOf<AsyncOf<DisputeStore>>().toEqualTypeOf<DisputeStore>();
    expectTypeOf<AsyncOf<ContactPreferenceStore>>().toEqualTypeOf<ContactPreferenceStore>();
    expectTypeOf<AsyncOf<EscalationStore>>().toEqualTypeOf<EscalationStore>();
    expectTypeOf<AsyncOf<ConversationRefStore>>().toEqualTypeOf<ConversationRefStore>();
    expectTypeOf<AsyncOf<PaymentStore>>().toEqualTypeOf<PaymentStore>();
    expectTypeOf<AsyncOf<CareFlagStore>>().toEqualTypeOf<CareFlagStore>();
    expectTypeOf<AsyncOf<VerificationAttemptStore>>().toEqualTypeOf<VerificationAttemptStore>();
  });
});
