import { describe, expect, it } from 'vitest';
import { handoffSummary } from '../../src/handoff/index.js';

describe('the summary an agent sees', () => {
  it('names the account, whether verified, why, what was offered and what the person said, with numbers masked', () => {
    const summary = handoffSummary({
      accountId: 'A-1001',
      verified: true,
      reason: 'impasse',
      note: 'no allowed plan fits what the person can pay',
      offers: [
        { kind: 'installments', months: 6 },
        { kind: 'extension', months: 1 },
      ],
      agreedPlanId: undefined,
      lastMessage: '我只能还500，我的卡号是6222020200112233445',
    });
    expect(summary).toBe(
      'A-1001 · verified · impasse: no allowed plan fits what the person can pay · offered: installments 6m, extension · said: "我只能还500，我的卡号是***************3445"',
    );
  });

  it('warns that an unverified person must not hear about the account', () => {
    const summary = handoffSummary({
      accountId: 'A-1001',
      verified: false,
      reason: 'verification_failed',
      note: '3 failed attempts',
      offers: [],
      agreedPlanId: undefined,
      lastMessage: undefined,
    });
    expect(summary).toBe(
      'A-1001 · NOT verified (do not discuss the account) · verification_failed: 3 failed attempts',
    );
  });
});
