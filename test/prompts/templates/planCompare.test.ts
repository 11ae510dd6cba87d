import { describe, expect, it } from 'vitest';
import { compareOffers, paymentOf } from '../../../src/prompts/templates/planCompare.js';
import { renderTemplate } from '../../../src/prompts/render.js';
import { CTX, plan } from '../fixtures.js';

const full = plan('full', 321_000, 1, 0, '2026-11-27');
const extension = plan('extension', 12_000, 1, 0, '2026-12-11');
const long = plan('installments', 321_000, 24, 60, '2026-12-27');
const short = plan('installments', 321_000, 6, 60, '2026-12-27');

/** conv18: how the offers on the table differ, read from the offers alone. */
describe('compareOffers', () => {
  it('the full payment costs least; the long plan has the smallest payments and costs most; the extension repays part', () => {
    const c = compareOffers([full, extension, long]);
    expect(c).toEqual({ cheapest: 1, smallest: 3, smallestDearest: true, partOnly: [2] });
  });

  it('two instalment plans: the shorter costs less, the longer asks less each month', () => {
    const c = compareOffers([short, long]);
    expect(c.cheapest).toBe(1);
    expect(c.smallest).toBe(2);
    expect(paymentOf(long)).toBeLessThan(paymentOf(short));
  });

  it('the offer of a single payment is its total', () => {
    expect(paymentOf(full)).toBe(321_000);
  });
});

describe('plan_offers, compared or with an option that is not there', () => {
  it('en: names the cheapest and the smallest payments, with their own amounts', () => {
    const text = renderTemplate(
      { kind: 'plan_offers', currency: 'USD', offers: [full, extension, long], fits: true, compare: true },
      CTX.en,
    );
    expect(text).toMatch(/Option 1 costs the least overall \(\$3,210\.00 in total\)/);
    expect(text).toMatch(/Option 3 has the smallest payments/);
    expect(text).toMatch(/Option 2 repays only part/);
  });

  it('zh-CN: one offer: nothing to compare, and it is restated', () => {
    const text = renderTemplate(
      { kind: 'plan_offers', currency: 'CNY', offers: [short], fits: true, compare: true },
      CTX['zh-CN'],
    );
    expect(text).toMatch(/只有一个[\s\S]*分6期/);
  });

  it('zh-CN and en: "ok 2" to one offer says there is only one, and restates it', () => {
    const zh = renderTemplate(
      { kind: 'plan_offers', currency: 'CNY', offers: [short], fits: true, missing: 2 },
      CTX['zh-CN'],
    );
    expect(zh).toMatch(/目前只有一个方案可供选择，没有方案2[\s\S]*分6期/);
    const en = renderTemplate(
      { kind: 'plan_offers', currency: 'USD', offers: [short, long], fits: true, missing: 3 },
      CTX.en,
    );
    expect(en).toMatch(/There are only 2 options, so there is no option 3[\s\S]*24 months/);
  });
});
