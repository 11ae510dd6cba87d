import { addDays, type IsoDate } from '../core/dates.js';
import { checkContact, localClock, type ContactRules, type LocalClock } from '../policy/contactRules.js';
import type { CountWindow, ReminderCandidate, ReminderStore } from '../store/reminders.js';
import {
  dayIndex,
  paidOn,
  remindersOn,
  type DayIndex,
  type ReminderSchedule,
  type ScheduledReminder,
  type ScheduleFacts,
} from './schedule.js';
import type { ReminderDecision, ReminderLogger } from './types.js';

/** Everything selection reads; all of it stored data, rules and the given instant. */
export interface SelectionContext {
  store: ReminderStore;
  rules: ContactRules;
  schedule: ReminderSchedule;
  /** The handoff engineer's check; without one, an accepted escalation (read with the account's facts). */
  isHandledByHuman: ((accountId: string) => Promise<boolean>) | undefined;
  maxAttempts: number;
  logger?: ReminderLogger;
}

/** The local day and the six days before it. */
export function countWindow(day: IsoDate): CountWindow {
  return { day, weekStart: addDays(day, -6) };
}

/**
 * Every reminder that belongs to the current local day of its account at `now`, each with whether
 * it is due now or the rule (or record) that holds it back. Accounts are taken zone by zone, each
 * on its own calendar day; within an account, a reminder judged due uses up the caps for the next.
 * With `openOnly`, reminders already recorded may be left out (what `due` and `run` need).
 */
export async function selectReminders(
  ctx: SelectionContext,
  now: Date,
  openOnly = false,
): Promise<ReminderDecision[]> {
  const out: ReminderDecision[] = [];
  for (const zone of await ctx.store.zones()) {
    let clock: LocalClock;
    try {
      clock = localClock(now, zone);
    } catch {
      ctx.logger?.warn(
        { timeZone: zone },
        'reminders: accounts with an unknown time zone are never reminded',
      );
      continue;
    }
    out.push(...(await decideDay(ctx, zone, clock.date, clock, openOnly)));
  }
  return out.sort((a, b) => compare(a.key.accountId, b.key.accountId));
}

/**
 * The decisions of one zone's local day. `at` is the wall clock to check quiet hours against;
 * undefined checks state and caps only (used when recording a closed day's skipped reminders).
 */
export async function decideDay(
  ctx: SelectionContext,
  zone: string,
  day: IsoDate,
  at: LocalClock | undefined,
  openOnly: boolean,
): Promise<ReminderDecision[]> {
  const index = dayIndex(ctx.schedule, day);
  const dates = {
    due: [...index.dueKinds.keys()],
    plan: [...new Set([...index.missed.keys(), ...index.upcoming.keys(), ...index.promised.keys()])],
  };
  const out: ReminderDecision[] = [];
  for (const c of await ctx.store.candidates(zone, countWindow(day), dates, openOnly)) {
    const scheduled = remindersOn(index, scheduleFacts(c));
    if (scheduled.length > 0) {
      // Without an injected check, no await per candidate (selection reads up to 100,000 of them).
      const human = ctx.isHandledByHuman
        ? await ctx.isHandledByHuman(c.account.accountId)
        : c.acceptedEscalation;
      out.push(...decideAccount(ctx, c, index, scheduled, at, human));
    }
    if (!openOnly) out.push(...paidDecisions(c, index));
  }
  return out;
}

const DUE: ReminderDecision['outcome'] = Object.freeze({ due: true });

function decideAccount(
  ctx: SelectionContext,
  c: ReminderCandidate,
  index: DayIndex,
  scheduled: ScheduledReminder[],
  at: LocalClock | undefined,
  handledByHuman: boolean,
): ReminderDecision[] {
  const day = index.day;
  const channel = c.conversation?.channelId ?? c.account.channel;
  const reachable = c.conversation !== undefined;
  let used = 0;
  return scheduled.map((reminder): ReminderDecision => {
    const key = { accountId: c.account.accountId, kind: reminder.kind, localDate: day };
    const decision = (outcome: ReminderDecision['outcome']): ReminderDecision => ({
      key,
      reminder,
      candidate: c,
      channel,
      reachable,
      outcome,
    });
    const record = c.recorded.find((r) => r.kind === reminder.kind);
    if (record && !(record.status === 'failed' && record.attempts < ctx.maxAttempts)) {
      const detail = record.reason
        ? `recorded ${record.status}: ${record.reason}`
        : `recorded ${record.status}`;
      return decision({ due: false, heldBy: `already_${record.status}`, detail });
    }
    if (c.careFlag) {
      return decision({ due: false, heldBy: 'care_flag', detail: careDetail(c.careFlag) });
    }
    const verdict = checkContact(
      ctx.rules,
      {
        status: c.account.status,
        balanceCents: c.account.balanceCents,
        ceased: c.ceased,
        channel: c.conversation?.channelId ?? c.account.channel,
        restrictions: c.restrictions ?? [],
        disputeOpen: c.disputeOpen,
        handledByHuman,
        contactsToday: c.contactsToday + used,
        contactsLast7Days: c.contactsLast7Days + used,
      },
      at,
    );
    if (!verdict.allowed) {
      return decision({ due: false, heldBy: verdict.rule, detail: verdict.detail });
    }
    used += 1;
    return decision(DUE);
  });
}

/** What the schedule reads of a candidate. */
export function scheduleFacts(c: ReminderCandidate): ScheduleFacts {
  return { dueDate: c.account.dueDate, instalments: c.instalments, promise: c.promise };
}

export function careDetail(flag: 'hardship' | 'distress'): string {
  return `a ${flag} flag stops payment follow-ups; the case is with a person`;
}

/** Plan and promise reminders of the day left out because they are paid, as held decisions (explain only). */
function paidDecisions(c: ReminderCandidate, index: DayIndex): ReminderDecision[] {
  return paidOn(index, scheduleFacts(c)).map((p) => ({
    key: { accountId: c.account.accountId, kind: p.reminder.kind, localDate: index.day },
    reminder: p.reminder,
    candidate: c,
    channel: c.conversation?.channelId ?? c.account.channel,
    reachable: c.conversation !== undefined,
    outcome: { due: false, heldBy: p.heldBy, detail: p.detail },
  }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
