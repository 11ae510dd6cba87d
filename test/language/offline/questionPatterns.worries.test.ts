import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/language/offline/normalise.js';
import { questionIntent, worriesAsked } from '../../../src/language/offline/questionPatterns.js';

/** conv15: worries asked together are answered each, in the order asked. */
const asked = (text: string) => {
  const norm = normalise(text);
  const intent = questionIntent(norm);
  return intent ? worriesAsked(norm, intent) : [];
};

describe('worries asked together', () => {
  it.each([
    [
      'r u guys gonna sue me?? can you garnish my paycheck or show up at my job',
      ['ask_legal', 'ask_third_parties'],
    ],
    [
      'are you gonna take me to court over this? and will my boss find out',
      ['ask_legal', 'ask_third_parties'],
    ],
    ['会不会给我家里人打电话 还会起诉我吗', ['ask_third_parties', 'ask_legal']],
    ['会不会被起诉 会不会上征信', ['ask_legal', 'ask_credit_record']],
  ])('"%s" asks %j', (text, expected) => {
    expect(asked(text)).toEqual(expected);
  });

  it.each([
    ['会被起诉吗', ['ask_legal']],
    ['how do i pay online', ['ask_how_to_pay']],
  ])('"%s" asks only %j', (text, expected) => {
    expect(asked(text)).toEqual(expected);
  });
});
