import type { Clock } from '../core/clock.js';
import type { OperationalCounts } from '../store/operationalCounts.js';
import type { Metrics } from './metrics.js';

const REMINDER_STATUSES = new Set(['sent', 'skipped', 'failed', 'unreachable', 'unconfirmed']);
const PAYMENT_SOURCES = new Set(['file', 'webhook']);
/** Rows stamped just before a scrape may commit just after it: read up to this far behind the clock. */
const LAG_MS = 2000;

function reasonLabel(reason: string | null): string {
  if (reason === null) return 'none';
  return /^[a-z][a-z0-9_]{0,39}$/.test(reason) ? reason : 'other';
}

/**
 * Gauges and counters read from the stores at scrape time: the handoff queue now, and handoffs
 * accepted, reminders finished and payments received since the previous scrape (each row counted
 * once, in the window (last scrape - lag, this scrape - lag]). Works across processes: the
 * reminder CLI's and the payments webhook's rows are counted too.
 */
export function collectFromStores(metrics: Metrics, counts: OperationalCounts, clock: Clock): void {
  let since = new Date(clock.now().getTime() - LAG_MS).toISOString();
  const window = (): [string, string] => {
    const until = new Date(clock.now().getTime() - LAG_MS).toISOString();
    const from = since;
    since = until > since ? until : since;
    return [from, since];
  };

  metrics.onScrape('handoffs', async () => {
    const byStatus = await counts.handoffsByStatus();
    const oldest = await counts.oldestQueuedHandoff();
    metrics.handoffQueue.reset();
    metrics.handoffQueue.set({ status: 'queued' }, 0);
    metrics.handoffQueue.set({ status: 'accepted' }, 0);
    for (const row of byStatus) metrics.handoffQueue.set({ status: row.status }, row.count);
    const waited = oldest ? (clock.now().getTime() - Date.parse(oldest)) / 1000 : 0;
    metrics.handoffOldestWait.set(Math.max(0, waited));
  });

  metrics.onScrape('finished', async () => {
    const [from, to] = window();
    if (from === to) return;
    const waits = await counts.handoffWaitsAccepted(from, to);
    const reminders = await counts.remindersFinished(from, to);
    const payments = await counts.paymentsReceived(from, to);
    for (const seconds of waits) metrics.handoffWait.observe(seconds);
    for (const row of reminders) {
      if (!REMINDER_STATUSES.has(row.status)) continue;
      metrics.reminders.inc({ status: row.status, reason: reasonLabel(row.reason) }, row.count);
    }
    for (const row of payments) {
      metrics.paymentsImported.inc(
        { source: PAYMENT_SOURCES.has(row.source) ? row.source : 'other' },
        row.count,
      );
    }
  });
}
