import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../src/store/db.js';
import { SqliteReminderDeliveryLog } from '../../src/store/reminderDeliveries.js';

describe('the reminder delivery log', () => {
  it('lets a delivery key be claimed once, stamped with the time it is given', async () => {
    const db = openMemoryDatabase();
    const log = new SqliteReminderDeliveryLog(db);
    const at = new Date('2026-12-02T01:00:00Z');
    expect(await log.claim('A-1001:due:2026-12-02', 'conv-1', at)).toBe(true);
    expect(await log.claim('A-1001:due:2026-12-02', 'conv-1', new Date('2026-12-02T01:05:00Z'))).toBe(false);
    const row = db.prepare('SELECT conversation_id, recorded_at FROM reminder_deliveries').get();
    expect(row).toEqual({ conversation_id: 'conv-1', recorded_at: '2026-12-02T01:00:00.000Z' });
  });

  it('gives a key to one of two senders claiming it at the same moment', async () => {
    const log = new SqliteReminderDeliveryLog(openMemoryDatabase());
    const at = new Date('2026-12-02T01:00:00Z');
    const won = await Promise.all([log.claim('k', 'conv-1', at), log.claim('k', 'conv-1', at)]);
    expect(won.sort()).toEqual([false, true]);
  });

  it('lets a released key be claimed again, so a reminder that reached nobody can be retried', async () => {
    const log = new SqliteReminderDeliveryLog(openMemoryDatabase());
    const at = new Date('2026-12-02T01:00:00Z');
    await log.claim('k', 'conv-1', at);
    await log.release('k');
    expect(await log.claim('k', 'conv-1', at)).toBe(true);
  });
});
