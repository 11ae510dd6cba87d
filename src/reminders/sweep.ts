import { addDays, type IsoDate } from '../core/dates.js';
import { localClock } from '../policy/contactRules.js';
import { decideDay, type SelectionContext } from './selection.js';

/**
 * Records as `skipped` the reminders of days whose contact window has closed and that have no row
 * (never sent, never claimed), with the rule that held them back, `unreachable` when there was no
 * conversation, or `not_dispatched` when nothing ran in time. A reminder is never sent late: once
 * its day's window has closed, selection no longer considers it, and this makes that visible.
 *
 * Looks at yesterday and, once the window has closed, today, in every zone. `done` remembers the
 * (zone, day) pairs already recorded by this process; the inserts are idempotent anyway.
 */
export async function sweepClosedDays(ctx: SelectionContext, now: Date, done: Set<string>): Promise<number> {
  let recorded = 0;
  for (const zone of await ctx.store.zones()) {
    let days: IsoDate[];
    try {
      const at = localClock(now, zone);
      days =
        at.minute >= ctx.rules.windowEndMinute ? [addDays(at.date, -1), at.date] : [addDays(at.date, -1)];
    } catch {
      continue; // an unknown zone: selectReminders already warns about it
    }
    for (const day of days) {
      const id = `${zone}\u0000${day}`;
      if (done.has(id)) continue;
      recorded += await sweepDay(ctx, zone, day, now);
      done.add(id);
    }
  }
  if (done.size > 10_000) done.clear();
  return recorded;
}

async function sweepDay(ctx: SelectionContext, zone: string, day: IsoDate, now: Date): Promise<number> {
  let recorded = 0;
  for (const d of await decideDay(ctx, zone, day, undefined, true)) {
    if (!d.outcome.due && d.outcome.heldBy.startsWith('already_')) continue;
    const reason = d.outcome.due ? (d.reachable ? 'not_dispatched' : 'unreachable') : d.outcome.heldBy;
    if (await ctx.store.recordSkipped(d.key, reason, now)) recorded += 1;
  }
  return recorded;
}
