import { describe, expect, it } from 'vitest';
import { understandOffline } from '../../src/language/offline/index.js';
import { INTENTS, understandingSchema } from '../../src/language/understanding.js';
import { ctx } from './offline/fixtures.js';

describe('understandingSchema is what the model path must produce', () => {
  it('accepts everything the offline rules produce, once `source` is dropped', () => {
    const texts = [
      '每个月只能还2000',
      'I can pay 500 next Friday',
      '2000',
      '第二个',
      '不想活了',
      '好的',
      '123X',
    ];
    for (const text of texts) {
      const { source: _source, ...rest } = understandOffline(text, ctx);
      expect(understandingSchema.parse(rest)).toEqual(rest);
    }
  });

  it('lists every intent', () => {
    expect(understandingSchema.shape.intent.options).toEqual([...INTENTS]);
    expect(INTENTS).toHaveLength(30);
  });

  it.each([
    ['a missing intent', { slots: {}, language: 'en', distress: false, injection: false }],
    [
      'an intent not in the list',
      { intent: 'pay', slots: {}, language: 'en', distress: false, injection: false },
    ],
    [
      'fractional cents',
      {
        intent: 'offer_payment',
        slots: { amountCents: 10.5 },
        language: 'en',
        distress: false,
        injection: false,
      },
    ],
    [
      'a date that is not YYYY-MM-DD',
      {
        intent: 'offer_payment',
        slots: { date: 'next Friday' },
        language: 'en',
        distress: false,
        injection: false,
      },
    ],
    [
      'an option numbered from zero',
      {
        intent: 'choose_option',
        slots: { optionIndex: 0 },
        language: 'en',
        distress: false,
        injection: false,
      },
    ],
    [
      'a locale we do not speak',
      { intent: 'greeting', slots: {}, language: 'fr', distress: false, injection: false },
    ],
  ])('rejects %s', (_what, value) => {
    expect(understandingSchema.safeParse(value).success).toBe(false);
  });
});
