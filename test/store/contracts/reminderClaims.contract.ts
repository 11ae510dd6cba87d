import { expect, it } from 'vitest';
import type { ClaimedReminder, ReminderClaims } from '../../../src/store/reminderClaims.js';
import type { ReminderKey } from '../../../src/store/remindersTypes.js';

export interface ClaimsHarness {
  /** Another instance on the same database. */
  open(): ReminderClaims;
  /** Creates accounts (reminders reference them). */
  addAccounts(ids: string[]): Promise<void>;
}

const T0 = new Date('2026-12-05T01:00:00.000Z');
const later = (ms: number): Date => new Date(T0.getTime() + ms);
const id = (c: ClaimedReminder): string => `${c.key.accountId}/${c.key.localDate}/${c.key.kind}`;

/** The contract of reminder claims, run against every backend. */
export function reminderClaimsContract(h: ClaimsHarness): void {
  it('claims queued reminders oldest day first, leased, once', async () => {
    await h.addAccounts(['A-1', 'A-2']);
    const c = h.open();
    const keys: ReminderKey[] = [
      { accountId: 'A-2', kind: 'due', localDate: '2026-12-05' },
      { accountId: 'A-1', kind: 'due+1', localDate: '2026-12-04' },
      { accountId: 'A-1', kind: 'due', localDate: '2026-12-05' },
    ];
    for (const k of keys) expect(await c.queue(k, T0, '{"seq":1}')).toBe(true);
    expect(await c.queue(keys[0]!, T0)).toBe(false);
    const claimed = await c.claimDue(T0, 10, 60_000);
    expect(claimed.map(id)).toEqual(['A-1/2026-12-04/due+1', 'A-1/2026-12-05/due', 'A-2/2026-12-05/due']);
    expect(claimed[0]).toMatchObject({
      attempts: 1,
      claimedAt: '2026-12-05T01:00:00.000Z',
      leaseUntil: '2026-12-05T01:01:00.000Z',
      detail: '{"seq":1}',
      channelId: undefined,
    });
    expect(await c.claimDue(later(59_999), 10, 60_000)).toEqual([]);
    for (const claim of claimed) expect(await c.finish(claim, 'sent', undefined, later(1000))).toBe(true);
  });

  it('claims at most the batch size asked for', async () => {
    await h.addAccounts(['B-1']);
    const c = h.open();
    for (let d = 1; d <= 5; d++)
      await c.queue({ accountId: 'B-1', kind: 'due', localDate: `2027-01-0${d}` }, T0);
    expect(await c.claimDue(T0, 2, 3_600_000)).toHaveLength(2);
    expect(await c.claimDue(T0, 10, 3_600_000)).toHaveLength(3);
    await expect(c.claimDue(T0, 0, 1000)).rejects.toThrow(RangeError);
    await expect(c.claimDue(T0, 5, 0)).rejects.toThrow(RangeError);
  });

  it('never gives one row to two instances claiming at once', async () => {
    const accounts = Array.from({ length: 20 }, (_, i) => `C-${i}`);
    await h.addAccounts(accounts);
    const q = h.open();
    for (const a of accounts)
      for (let d = 1; d <= 6; d++)
        await q.queue({ accountId: a, kind: 'due', localDate: `2027-02-0${d}` }, T0);
    const claimers = Array.from({ length: 4 }, () => h.open());
    const seen: string[] = [];
    await Promise.all(
      claimers.map(async (c) => {
        for (;;) {
          const batch = await c.claimDue(later(1), 7, 60_000);
          if (batch.length === 0) return;
          seen.push(...batch.map(id));
        }
      }),
    );
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it('lets another instance re-claim a row whose lease ran out, and fences off the old holder', async () => {
    await h.addAccounts(['D-1']);
    const a = h.open();
    const b = h.open();
    await a.queue({ accountId: 'D-1', kind: 'due', localDate: '2027-03-01' }, T0);
    const [first] = await a.claimDue(T0, 1, 1000);
    expect(await b.claimDue(later(999), 1, 1000)).toEqual([]);
    const [second] = await b.claimDue(later(1000), 1, 1000);
    expect(second).toMatchObject({ attempts: 2, claimedAt: later(1000).toISOString() });
    expect(await a.finish(first!, 'sent', undefined, later(1100))).toBe(false);
    expect(await b.finish(second!, 'unreachable', 'no conversation', later(1200))).toBe(true);
    expect(await b.finish(second!, 'sent', undefined, later(1300))).toBe(false);
    expect(await a.claimDue(later(10_000), 10, 1000)).toEqual([]);
  });
}
