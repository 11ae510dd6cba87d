import { describe, expect, it } from 'vitest';
import { understandOffline } from '../../../src/language/offline/understandOffline.js';
import { allMonths } from '../../../src/language/offline/months.js';
import { normalise } from '../../../src/language/offline/normalise.js';
import { tradedTerms } from '../../../src/language/offline/termTraded.js';

const understand = (text: string, locale: 'zh-CN' | 'en') =>
  understandOffline(text, { now: new Date('2026-12-06T03:00:00Z'), timeZone: 'UTC', localeHint: locale });

/** conv19: a term turned down beside the term asked is neither the term asked nor an amount. */
describe('a term turned down beside the term asked', () => {
  it.each([
    ['can i pay it off in 10 months instead of 24', 'en', 10],
    ['can we do 10 months instead of 24?', 'en', 10],
    ['10 months works better for me than 24', 'en', 10],
    ['i want 10 months not 3', 'en', 10],
    ['not 24, 10 months', 'en', 10],
    ['24 months is too long for me, what about 10?', 'en', 10],
    ['instead of 24 months can we do 10', 'en', 10],
    ['3 months is too short, can i do 10 months', 'en', 10],
    ['24个月太久了 10个月行不行', 'zh-CN', 10],
    ['不要3期了 分10期', 'zh-CN', 10],
    ['24期太长了 改成10吧', 'zh-CN', 10],
    ['算了 6个月每个月太多了 分12个月吧', 'zh-CN', 12],
    ['6个月月供太高了 分12个月吧', 'zh-CN', 12],
  ] as const)('"%s" asks %s months', (text, locale, months) => {
    const u = understand(text, locale);
    expect(u.intent).toBe('offer_payment');
    expect(u.slots.months).toBe(months);
    expect(u.slots.amountCents).toBeUndefined();
  });

  it.each([
    ['can i pay 200 instead of 300', 'en', 20_000],
    ['i can pay 300 a month, 24 months is too long', 'en', 30_000],
    ['24 months is too long, what about 150 a month', 'en', 15_000],
  ] as const)('"%s" keeps its amount', (text, locale, cents) => {
    const u = understand(text, locale);
    expect(u.slots.amountCents).toBe(cents);
    expect(u.slots.months).toBeUndefined();
  });

  it.each([['12 months is too long'], ['分12期太长了']] as const)('"%s" alone is still a refusal', (text) => {
    const u = understand(text, /期/.test(text) ? 'zh-CN' : 'en');
    expect(u.intent).toBe('decline');
    expect(u.slots.months).toBeUndefined();
  });

  it('reads nothing in a message without a term', () => {
    const norm = normalise('what about 10?');
    expect(tradedTerms(norm, allMonths(norm))).toEqual({ spans: [] });
  });

  it('never takes part of a longer number', () => {
    const norm = normalise('24 months is too long, 4321');
    expect(tradedTerms(norm, allMonths(norm)).asked).toBeUndefined();
  });
});
