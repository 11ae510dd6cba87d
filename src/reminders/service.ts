import type { Config } from '../config/config.js';
import type { Clock } from '../core/clock.js';
import { contactRulesFromConfig, type ContactRules } from '../policy/contactRules.js';
import {
  followUpCommitments,
  runFollowUp,
  type FollowUpDeps,
  type FollowUpEscalator,
  type FollowUpReport,
} from '../payments/followUp.js';
import type { Db } from '../store/db.js';
import { SqliteReminderStore, type ReminderStore } from '../store/reminders.js';
import type { Stores } from '../store/stores.js';
import { dispatchDue, resumePending, type DispatcherContext } from './dispatcher.js';
import { reminderScheduleFromConfig, type ReminderSchedule } from './schedule.js';
import { selectReminders } from './selection.js';
import { sweepClosedDays } from './sweep.js';
import {
  DEFAULT_DISPATCH_OPTIONS,
  type DispatchOptions,
  type ReminderDecision,
  type ReminderLogger,
  type ReminderSender,
  type RunReport,
} from './types.js';

export type ReminderConfig = Pick<
  Config,
  | 'REMINDERS_ENABLED'
  | 'REMINDER_INTERVAL_SECONDS'
  | 'REMINDER_SCHEDULE'
  | 'CONTACT_PRESET'
  | 'CONTACT_WINDOW_START'
  | 'CONTACT_WINDOW_END'
  | 'MAX_REMINDERS_PER_DAY'
  | 'MAX_REMINDERS_PER_7_DAYS'
> &
  Partial<Pick<Config, 'REMINDER_LEASE_SECONDS'>>;

export interface ReminderServiceDeps {
  db: Db;
  config: ReminderConfig;
  clock: Clock;
  /** Delivers reminders. Without one (the command line), `run` queues them for the service. */
  sender?: ReminderSender;
  /**
   * Whether a human agent handles the account's conversation now (from the handoff engineer).
   * Default: an escalation with status 'accepted' for the account or one of its conversations.
   */
  isHandledByHuman?: (accountId: string) => Promise<boolean>;
  logger?: ReminderLogger;
  options?: Partial<DispatchOptions>;
  /** Accepted for symmetry with other services; reminders read through their own store. */
  stores?: Stores;
  /** Defaults to the SQLite store on `db`. */
  store?: ReminderStore;
  /**
   * Puts cases in the agents' queue after two missed commitments in a row, or a care flag
   * (issue 17). Without one, misses are still recorded but nobody is queued.
   */
  followUp?: FollowUpEscalator;
  /** Where the follow-up reads and marks (issue 19: the backend's, shared on PostgreSQL); default: SQLite on `db`. */
  followUps?: FollowUpDeps;
}

export interface ReminderService {
  readonly rules: ContactRules;
  readonly schedule: ReminderSchedule;
  /** Reminders due at `now` under the rules, in account order (nothing is written). */
  due(now?: Date): Promise<ReminderDecision[]>;
  /** Every reminder of the accounts' current days: due ones and held ones with their rule. */
  explain(now?: Date): Promise<ReminderDecision[]>;
  /**
   * Records missed commitments up to each account's local day (and queues cases for agents),
   * resumes pending claims, dispatches what is due, records closed days' skipped reminders.
   */
  run(now?: Date): Promise<RunReport & { followUp: FollowUpReport }>;
  /** Runs `run` on the service's clock every REMINDER_INTERVAL_SECONDS (if REMINDERS_ENABLED). */
  start(): void;
  /** Stops the ticker and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * The reminder dispatcher. The service builds it with a sender and calls `start()`; the command
 * line builds it without one, so `run` queues claims in the `reminders` table (status `queued`)
 * and the service's next tick delivers them while their day's window is open.
 *
 *   const reminders = createReminderService({ db, stores, config, clock, sender, isHandledByHuman });
 *   reminders.start();            // on shutdown: await reminders.stop()
 */
export function createReminderService(deps: ReminderServiceDeps): ReminderService {
  const ctx = dispatcherContext(deps);
  const swept = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<RunReport> | undefined;

  const run = async (now: Date = deps.clock.now()): Promise<RunReport & { followUp: FollowUpReport }> => {
    const followUp = deps.followUps
      ? await runFollowUp(deps.followUps, now, deps.followUp)
      : await followUpCommitments(deps.db, now, deps.followUp);
    const resumed = await resumePending(ctx, now);
    const dispatched = await dispatchDue(ctx, now);
    const skipped = await sweepClosedDays(ctx, now, swept);
    return { at: now.toISOString(), results: [...resumed, ...dispatched], skipped, followUp };
  };

  const tick = (): void => {
    if (running) return; // the previous run is still going: skip this tick
    running = run()
      .then((report) => {
        logReport(deps.logger, report);
        return report;
      })
      .catch((e: unknown) => {
        deps.logger?.error({ err: e }, 'reminders: run failed');
        return { at: '', results: [], skipped: 0 };
      })
      .finally(() => {
        running = undefined;
      });
  };

  return {
    rules: ctx.rules,
    schedule: ctx.schedule,
    due: async (now = deps.clock.now()) =>
      (await selectReminders(ctx, now, true)).filter((d) => d.outcome.due),
    explain: (now = deps.clock.now()) => selectReminders(ctx, now),
    run,
    start() {
      if (!deps.config.REMINDERS_ENABLED || timer) return;
      timer = setInterval(tick, deps.config.REMINDER_INTERVAL_SECONDS * 1000);
      timer.unref();
      tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

/** Rules, schedule and options from config; throws RangeError for a bad REMINDER_SCHEDULE or window. */
function dispatcherContext(deps: ReminderServiceDeps): DispatcherContext {
  const rulesResolved = contactRulesFromConfig(deps.config);
  if (rulesResolved.clamped.length > 0) {
    deps.logger?.warn(
      { clamped: rulesResolved.clamped },
      'reminders: settings cut back to the legal limits of the preset',
    );
  }
  const options = { ...DEFAULT_DISPATCH_OPTIONS, ...leaseFromConfig(deps.config), ...deps.options };
  return {
    store: deps.store ?? new SqliteReminderStore(deps.db),
    rules: rulesResolved.rules,
    schedule: reminderScheduleFromConfig(deps.config),
    isHandledByHuman: deps.isHandledByHuman,
    maxAttempts: options.maxAttempts,
    sender: deps.sender,
    options,
    ...(deps.logger ? { logger: deps.logger } : {}),
  };
}

/**
 * REMINDER_LEASE_SECONDS: how long a claim is held before another instance takes it over; a send
 * is given at most half of it (and never more than the default) before it is left in flight.
 */
function leaseFromConfig(config: ReminderConfig): Partial<DispatchOptions> {
  const seconds = config.REMINDER_LEASE_SECONDS;
  if (seconds === undefined) return {};
  const leaseMs = seconds * 1000;
  return { leaseMs, sendTimeoutMs: Math.min(DEFAULT_DISPATCH_OPTIONS.sendTimeoutMs, leaseMs / 2) };
}

function logReport(logger: ReminderLogger | undefined, report: RunReport): void {
  if (!logger || (report.results.length === 0 && report.skipped === 0)) return;
  const counts: Record<string, number> = {};
  for (const r of report.results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  logger.info({ at: report.at, ...counts, skipped: report.skipped }, 'reminders: run');
}
