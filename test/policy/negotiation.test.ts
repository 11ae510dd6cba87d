import { describe, expect, it } from 'vitest';
import { startNegotiation, type CounterOutcome } from '../../src/policy/index.js';
import { A1001, A1003, TODAY, defaultPolicy } from './fixtures.js';

const policy = defaultPolicy();

describe('negotiation', () => {
  it('offers a plan as soon as the amount fits, at any round', () => {
    const next = policy.nextCounterOffer(
      A1001,
      { rounds: 3, offeredIds: [] },
      { affordableCents: 200_000 },
      TODAY,
    );
    expect(next.step).toBe('offers');
    expect(next.step === 'offers' && next.result.offers[0]?.months).toBe(7);
    expect(next.negotiation).toEqual({ rounds: 3, offeredIds: ['A-1001:installments:7:2026-12-28'] });
  });

  it('counters 张伟 at 300 a month three times and then reaches an impasse', () => {
    let negotiation = startNegotiation();
    const steps: CounterOutcome['step'][] = [];
    for (let i = 0; i < 4; i++) {
      const next = policy.nextCounterOffer(A1001, negotiation, { affordableCents: 30_000 }, TODAY);
      steps.push(next.step);
      negotiation = next.negotiation;
    }
    expect(steps).toEqual(['counter', 'counter', 'counter', 'impasse']);
    expect(negotiation).toEqual({ rounds: 3, offeredIds: ['A-1001:installments:24:2026-12-28'] });
  });

  it('counters with offers not shown before first', () => {
    const shown = { rounds: 1, offeredIds: ['A-1003:hardship:60:2026-12-28'] };
    const next = policy.nextCounterOffer(A1003, shown, { affordableCents: 50_000 }, TODAY);
    expect(next.step === 'counter' && next.result.offers.map((o) => o.id)).toEqual([
      'A-1003:installments:24:2026-12-28',
      'A-1003:hardship:60:2026-12-28',
    ]);
    expect(next.negotiation.rounds).toBe(2);
  });

  it('honours a configured number of counter-offers', () => {
    const strict = defaultPolicy({ maxCounterOffers: 1 });
    const first = strict.nextCounterOffer(A1001, startNegotiation(), { affordableCents: 30_000 }, TODAY);
    const second = strict.nextCounterOffer(A1001, first.negotiation, { affordableCents: 40_000 }, TODAY);
    expect([first.step, second.step]).toEqual(['counter', 'impasse']);
  });
});
