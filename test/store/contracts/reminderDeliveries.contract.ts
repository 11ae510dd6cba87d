import { expect, it } from 'vitest';
import type { ReminderDeliveryLog } from '../../../src/store/reminderDeliveries.js';

export interface DeliveriesHarness {
  /** Another instance on the same database. */
  open(): ReminderDeliveryLog;
}

const AT = new Date('2026-12-02T01:00:00.000Z');
const LATER = new Date('2026-12-02T01:05:00.000Z');

/** The contract of the reminder delivery log, run against every backend. */
export function reminderDeliveriesContract(h: DeliveriesHarness): void {
  it('records a key as sending once; a second attempt learns the state the first left', async () => {
    const log = h.open();
    const key = 'reminder:A-1:due:2026-12-02';
    expect(await log.begin(key, 'conv-1', 'wechat', AT)).toBe('fresh');
    expect(await log.begin(key, 'conv-1', 'wechat', AT)).toBe('sending');
    expect(await h.open().begin(key, 'conv-1', 'wechat', AT)).toBe('sending');
    await log.settle(key);
    expect(await h.open().begin(key, 'conv-1', 'wechat', AT)).toBe('delivered');
  });

  it('lets a released key be recorded again, so a reminder that reached nobody can be retried', async () => {
    const log = h.open();
    await log.begin('reminder:A-2:due:2026-12-02', 'conv-2', 'wechat', AT);
    await h.open().release('reminder:A-2:due:2026-12-02');
    expect(await log.begin('reminder:A-2:due:2026-12-02', 'conv-2', 'wechat', AT)).toBe('fresh');
    await log.release('reminder:never-recorded');
  });

  it('never releases a delivered key (what reached the person stays recorded)', async () => {
    const log = h.open();
    const key = 'reminder:A-3:due:2026-12-02';
    await log.begin(key, 'conv-3', 'wechat', AT);
    await log.settle(key);
    await h.open().release(key);
    expect(await log.begin(key, 'conv-3', 'wechat', AT)).toBe('delivered');
  });

  it('lists the sends never settled, oldest first, with their channel, and none that were', async () => {
    const log = h.open();
    await log.begin('reminder:U-2:due:2026-12-02', 'conv-u2', 'wechat', LATER);
    await log.begin('reminder:U-1:due:2026-12-02', 'conv-u1', 'wechat', AT);
    await log.begin('reminder:U-3:due:2026-12-02', 'conv-u3', 'wechat', AT);
    await log.settle('reminder:U-3:due:2026-12-02');
    const unsettled = (await h.open().unsettled(100)).filter((u) => u.deliveryKey.startsWith('reminder:U-'));
    expect(unsettled).toEqual([
      {
        deliveryKey: 'reminder:U-1:due:2026-12-02',
        conversationId: 'conv-u1',
        channelId: 'wechat',
        recordedAt: AT.toISOString(),
      },
      {
        deliveryKey: 'reminder:U-2:due:2026-12-02',
        conversationId: 'conv-u2',
        channelId: 'wechat',
        recordedAt: LATER.toISOString(),
      },
    ]);
    expect(await log.unsettled(0)).toEqual([]);
  });

  it('gives each of 30 keys to exactly one of four senders recording them all at once', async () => {
    const keys = Array.from({ length: 30 }, (_, i) => `reminder:B-${i}:due:2026-12-02`);
    const senders = Array.from({ length: 4 }, () => h.open());
    const won: string[] = [];
    await Promise.all(
      senders.map(async (s) => {
        for (const k of keys) if ((await s.begin(k, 'conv', 'wechat', AT)) === 'fresh') won.push(k);
      }),
    );
    expect(won.sort()).toEqual([...keys].sort());
  });

  it('keeps a hostile key as given (a control character, quotes, SQL, 9 KB of CJK)', async () => {
    const key = `reminder:'; DROP TABLE reminders; --\u0001${'键'.repeat(3000)}`;
    const log = h.open();
    expect(await log.begin(key, 'conv', 'wechat', AT)).toBe('fresh');
    expect(await log.begin(key, 'conv', 'wechat', AT)).toBe('sending');
  });
}
