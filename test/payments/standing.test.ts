import { describe, expect, it } from 'vitest';
import { describeStanding, planStanding, standingFacts } from '../../src/payments/standing.js';
import { LI, payment, payWorld, withPlan, LATER } from './fixtures.js';

describe('where a plan stands, for a person who comes back', () => {
  it('names an instalment still part-unpaid after its date, then the next one, in both languages', async () => {
    const w = payWorld();
    withPlan(w);
    await w.stores.payments.apply([payment('P1', '1000.00', '2026-12-04T10:00:00+08:00')], 'file', LATER);
    const s = await planStanding(w.stores, LI.accountId, '2026-12-10');
    expect(describeStanding(s, 'zh-CN')).toBe(
      '第1期还差 837.74 元（12月5日到期），第2期 1,837.74 元，1月5日。',
    );
    expect(describeStanding(s, 'en')).toBe(
      'Instalment 1 still has CNY 837.74 to pay (it was due on December 5); instalment 2, CNY 1,837.74, is due on January 5.',
    );
    expect(s && standingFacts(s)).toEqual({
      amountsCents: [451_322, 83_774, 183_774, 183_774, 183_774],
      dates: ['2026-12-05', '2027-01-05'],
    });
  });

  it('says every instalment is paid once they are, and nothing for an account without a plan', async () => {
    const w = payWorld();
    withPlan(w);
    await w.stores.payments.apply([payment('P1', '5513.22', '2026-12-04T10:00:00+08:00')], 'file', LATER);
    expect(describeStanding(await planStanding(w.stores, LI.accountId, '2026-12-10'), 'zh-CN')).toBe(
      '第3期已还，分期已全部还清。',
    );
    expect(describeStanding(await planStanding(w.stores, 'M-1', '2026-12-10'), 'en')).toBeUndefined();
    expect(await planStanding(w.stores, 'nobody', '2026-12-10')).toBeUndefined();
  });
});
