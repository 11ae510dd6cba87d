/** The life of a plan: active until the payments feed or a new plan moves it on. */
export type PlanStatus = 'active' | 'kept' | 'partly_kept' | 'broken' | 'completed' | 'superseded';

/** Plan states in which the plan still sets the schedule (reminders, allocation of payments). */
export const CURRENT_PLAN_STATUSES = ['active', 'partly_kept', 'broken'] as const;
export const CURRENT_PLAN_SQL = `('active', 'partly_kept', 'broken')`;
