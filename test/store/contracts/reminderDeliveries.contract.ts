import { expect, it } from 'vitest';
import type { ReminderDeliveryLog } from '../../../src/store/reminderDeliveries.js';

export interface DeliveriesHarness {
  /** Another instance on the same database. */
  open(): ReminderDeliveryLog;
  /** The review audit's rows for a key, oldest first. */
  reviews(deliveryKey: string): Promise<ReviewRow[]>;
  /** Tries to rewrite the key's review rows (the audit must refuse). */
  tamper(deliveryKey: string): Promise<void>;
}

export interface ReviewRow {
  previousState: string;
  found: string;
  reviewer: string;
  note: string | null;
  reviewedAt: string;
}

const AT = new Date('2026-12-02T01:00:00.000Z');
const LATER = new Date('2026-12-02T01:05:00.000Z');
const FAR = new Date('2100-01-01T00:00:00.000Z');

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
    const unsettled = (await h.open().unsettled(100, FAR)).filter((u) =>
      u.deliveryKey.startsWith('reminder:U-'),
    );
    expect(unsettled).toEqual([
      {
        deliveryKey: 'reminder:U-1:due:2026-12-02',
        conversationId: 'conv-u1',
        channelId: 'wechat',
        state: 'sending',
        recordedAt: AT.toISOString(),
        stateAt: undefined,
      },
      {
        deliveryKey: 'reminder:U-2:due:2026-12-02',
        conversationId: 'conv-u2',
        channelId: 'wechat',
        state: 'sending',
        recordedAt: LATER.toISOString(),
        stateAt: undefined,
      },
    ]);
    expect(await log.unsettled(0, FAR)).toEqual([]);
  });

  it('lists a `sending` key only once it is past the lease, an `unconfirmed` one at once (wechat24)', async () => {
    const log = h.open();
    await log.begin('reminder:L-1:due:2026-12-02', 'conv-l1', 'wechat', AT);
    await log.begin('reminder:L-2:due:2026-12-02', 'conv-l2', 'wechat', LATER);
    await log.markUnconfirmed('reminder:L-2:due:2026-12-02', LATER);
    const listed = async (before: Date) =>
      (await h.open().unsettled(100, before))
        .filter((u) => u.deliveryKey.startsWith('reminder:L-'))
        .map((u) => [u.deliveryKey, u.state, u.stateAt]);
    expect(await listed(AT)).toEqual([['reminder:L-2:due:2026-12-02', 'unconfirmed', LATER.toISOString()]]);
    expect(await listed(LATER)).toEqual([
      ['reminder:L-1:due:2026-12-02', 'sending', undefined],
      ['reminder:L-2:due:2026-12-02', 'unconfirmed', LATER.toISOString()],
    ]);
  });

  it('keeps an unconfirmed key from being sent or released, and takes a late confirmation (wechat24)', async () => {
    const log = h.open();
    const key = 'reminder:C-1:due:2026-12-02';
    await log.begin(key, 'conv-c1', 'wechat', AT);
    await log.markUnconfirmed(key, LATER);
    await h.open().release(key);
    expect(await log.begin(key, 'conv-c1', 'wechat', LATER)).toBe('unconfirmed');
    await log.settle(key); // the channel's answer came after all
    expect(await h.open().begin(key, 'conv-c1', 'wechat', LATER)).toBe('delivered');
    await log.markUnconfirmed(key, LATER); // never from `delivered`
    expect(await log.begin(key, 'conv-c1', 'wechat', LATER)).toBe('delivered');
  });

  it('settles an unsettled key once, with the review, and refuses keys that are not unsettled (wechat24)', async () => {
    const log = h.open();
    const key = 'reminder:R-1:due:2026-12-02';
    const review = { reviewer: '王审核', found: 'delivered' as const, note: '微信后台已查到', at: LATER };
    expect(await log.review('reminder:R-none', review)).toBe('not_found');
    await log.begin(key, 'conv-r1', 'wechat', AT);
    await log.markUnconfirmed(key, AT);
    const [first, second] = await Promise.all([log.review(key, review), h.open().review(key, review)]);
    expect([first, second].sort()).toEqual(['not_unsettled', 'settled']);
    expect(await log.begin(key, 'conv-r1', 'wechat', LATER)).toBe('settled');
    expect((await log.unsettled(100, FAR)).map((u) => u.deliveryKey)).not.toContain(key);
    await log.begin('reminder:R-2:due:2026-12-02', 'conv-r2', 'wechat', AT);
    await log.settle('reminder:R-2:due:2026-12-02');
    expect(await log.review('reminder:R-2:due:2026-12-02', review)).toBe('not_unsettled');
    expect(await h.reviews(key)).toEqual([
      {
        previousState: 'unconfirmed',
        found: 'delivered',
        reviewer: '王审核',
        note: '微信后台已查到',
        reviewedAt: LATER.toISOString(),
      },
    ]);
    await expect(h.tamper(key)).rejects.toThrow(/append-only/);
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
