import { beforeEach, expect, it } from 'vitest';
import type { AsyncOf } from '../../../src/store/pg/asyncOf.js';
import type { StaffLogin, StaffLoginLog } from '../../../src/store/staffLogins.js';

export interface StaffLoginHarness {
  reset(): Promise<void>;
  /** Another instance on the same database. */
  open(): AsyncOf<StaffLoginLog>;
}

const entry = (n: number, over: Partial<StaffLogin> = {}): StaffLogin => ({
  at: new Date(Date.parse('2026-12-05T04:00:00Z') + n * 1000).toISOString(),
  name: `staff-${n}`,
  address: '10.0.0.7',
  via: 'session',
  outcome: 'ok',
  ...over,
});

/** The contract of the staff sign-in log, run against every backend. */
export function staffLoginContract(h: StaffLoginHarness): void {
  beforeEach(() => h.reset());

  it('lists sign-ins from every instance newest first, as recorded', async () => {
    const [a, b] = [h.open(), h.open()];
    await a.record(entry(1));
    await b.record(entry(2, { via: 'basic', outcome: 'failed', name: '李娜' }));
    await a.record(entry(3, { outcome: 'throttled' }));
    expect(await b.list(10)).toEqual([
      entry(3, { outcome: 'throttled' }),
      entry(2, { via: 'basic', outcome: 'failed', name: '李娜' }),
      entry(1),
    ]);
    expect((await a.list(2)).map((l) => l.name)).toEqual(['staff-3', '李娜']);
  });

  it('cuts long names and addresses, and keeps the limit between 1 and 1000', async () => {
    const log = h.open();
    await log.record(entry(1, { name: 'n'.repeat(5000), address: 'a'.repeat(5000) }));
    for (let i = 2; i <= 3; i++) await log.record(entry(i));
    const [latest] = await log.list(0);
    expect(latest?.name).toBe('staff-3');
    const all = await log.list(1_000_000);
    expect(all).toHaveLength(3);
    expect(all[2]?.name).toHaveLength(100);
    expect(all[2]?.address).toHaveLength(100);
  });

  it('keeps every record when instances write at once', async () => {
    const [a, b] = [h.open(), h.open()];
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).record(entry(i))));
    expect(new Set((await a.list(100)).map((l) => l.name)).size).toBe(20);
  });
}
