import { expect, it } from 'vitest';
import type { ReminderDeliveryLog } from '../../../src/store/reminderDeliveries.js';

export interface DeliveriesHarness {
  /** Another instance on the same database. */
  open(): ReminderDeliveryLog;
}

const AT = new Date('2026-12-02T01:00:00.000Z');

/** The contract of the reminder delivery log, run against every backend. */
export function reminderDeliveriesContract(h: DeliveriesHarness): void {
  it('lets a delivery key be claimed once', async () => {
    const log = h.open();
    expect(await log.claim('reminder:A-1:due:2026-12-02', 'conv-1', AT)).toBe(true);
    expect(await log.claim('reminder:A-1:due:2026-12-02', 'conv-1', AT)).toBe(false);
    expect(await h.open().claim('reminder:A-1:due:2026-12-02', 'conv-1', AT)).toBe(false);
  });

  it('lets a released key be claimed again, so a reminder that reached nobody can be retried', async () => {
    const log = h.open();
    await log.claim('reminder:A-2:due:2026-12-02', 'conv-2', AT);
    await h.open().release('reminder:A-2:due:2026-12-02');
    expect(await log.claim('reminder:A-2:due:2026-12-02', 'conv-2', AT)).toBe(true);
    await log.release('reminder:never-claimed');
  });

  it('gives each of 30 keys to exactly one of four senders claiming them all at once', async () => {
    const keys = Array.from({ length: 30 }, (_, i) => `reminder:B-${i}:due:2026-12-02`);
    const senders = Array.from({ length: 4 }, () => h.open());
    const won: string[] = [];
    await Promise.all(
      senders.map(async (s) => {
        for (const k of keys) if (await s.claim(k, 'conv', AT)) won.push(k);
      }),
    );
    expect(won.sort()).toEqual([...keys].sort());
  });

  it('keeps a hostile key as given (a control character, quotes, SQL, 9 KB of CJK)', async () => {
    const key = `reminder:'; DROP TABLE reminders; --\u0001${'键'.repeat(3000)}`;
    const log = h.open();
    expect(await log.claim(key, 'conv', AT)).toBe(true);
    expect(await log.claim(key, 'conv', AT)).toBe(false);
  });
}
