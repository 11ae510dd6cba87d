import { describe, expectTypeOf, it } from 'vitest';
import type { DirectLineStore } from '../../../src/channels/directline/directLineStore.js';
import type { HandoffStore } from '../../../src/handoff/types.js';
import type { InsightsStore } from '../../../src/store/insights.js';
import type { OperationalCounts } from '../../../src/store/operationalCounts.js';
import type { AsyncOf } from '../../../src/store/pg/asyncOf.js';
import type { ReminderStore } from '../../../src/store/remindersTypes.js';
import type { StaffLoginLog } from '../../../src/store/staffLogins.js';

// A PostgreSQL class written against AsyncOf<X> implements X itself: same methods, same
// parameters, each result already a Promise. Checked by the type checker (tsc) and vitest.
describe('the asynchronous store interfaces are their own AsyncOf', () => {
  it('holds for the handoff queue, reminders, Direct Line, staff logins, insights and the metrics counts', () => {
    expectTypeOf<AsyncOf<HandoffStore>>().toEqualTypeOf<HandoffStore>();
    expectTypeOf<AsyncOf<ReminderStore>>().toEqualTypeOf<ReminderStore>();
    expectTypeOf<AsyncOf<DirectLineStore>>().toEqualTypeOf<DirectLineStore>();
    expectTypeOf<AsyncOf<StaffLoginLog>>().toEqualTypeOf<StaffLoginLog>();
    expectTypeOf<AsyncOf<InsightsStore>>().toEqualTypeOf<InsightsStore>();
    expectTypeOf<AsyncOf<OperationalCounts>>().toEqualTypeOf<OperationalCounts>();
  });
});
