export { createReminderService } from './service.js';
export type { ReminderService, ReminderServiceDeps, ReminderConfig } from './service.js';
export type {
  ReminderSender,
  ReminderMessage,
  SendOutcome,
  ReminderDecision,
  HoldReason,
  DispatchResult,
  RunReport,
  DispatchOptions,
  ReminderLogger,
} from './types.js';
export { DEFAULT_DISPATCH_OPTIONS, deliveryKey } from './types.js';
export {
  DEFAULT_SCHEDULE,
  PLAN_REMINDERS,
  dueKind,
  parseReminderSchedule,
  reminderScheduleFromConfig,
  remindersForDay,
} from './schedule.js';
export type { ReminderSchedule, ScheduledReminder } from './schedule.js';
export { parseOverdueCsv, importAccounts, OVERDUE_HEADER, isTimeZone } from './overdueFile.js';
export type { BadRow, ImportResult, OverdueFile } from './overdueFile.js';
export { parseCsv } from '../core/csv.js';
