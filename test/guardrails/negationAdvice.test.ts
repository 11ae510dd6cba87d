import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';
import {
  advisesOwnCreditors,
  namesTimeToSue,
  quotesForbiddenClaim,
  quotesOtherThreat,
} from '../../src/guardrails/negationAdvice.js';

/**
 * Lawful English readings (negationAdvice.ts, guardrw14en): advice to tell one's own creditors,
 * another lender's threat quoted in a condition, a claim a rights explanation forbids, the time
 * limit to sue named. Phrasings from the
 * helper's own training lines, none from its check set or a real message.
 */
const V: GuardContext = { locale: 'en', verified: true };
const rules = (text: string): string[] =>
  check(text, V)
    .violations.map((v) => v.rule)
    .filter((r) => !r.startsWith('classifier.'));

describe('negationAdvice', () => {
  it('reads debt advice about the person own creditors as lawful', () => {
    const text = 'Contact the organisations you owe money to and let them know you are having problems.';
    const at = text.toLowerCase().indexOf('let them know');
    expect(advisesOwnCreditors(text.toLowerCase(), at, at + 13, 'en')).toBe(true);
    expect(rules(text)).toEqual([]);
    expect(rules('Tell your creditors about your situation; many will agree to reduce payments.')).toEqual(
      [],
    );
  });

  it('still reads a relay to a relative as a relay', () => {
    expect(rules('Please ask her to call us back about the balance.')).toContain('privacy.relay_request');
  });

  it('reads another lender threat, quoted in a condition, as lawful', () => {
    const text = 'if a lender threatens to shame you to your contacts, report it.';
    expect(quotesOtherThreat(text, text.indexOf('to shame'), 'en')).toBe(true);
    expect(quotesOtherThreat('we will shame you.', 8, 'en')).toBe(false);
  });

  it('reads a claim a rights explanation forbids as quoted, not made', () => {
    const text =
      'they also may not call you repeatedly, or falsely claim that you will be arrested if you do not pay.';
    expect(quotesForbiddenClaim(text, text.indexOf('arrested'), 'en')).toBe(true);
    expect(
      rules(
        'Debt collectors are not allowed to threaten that your wages will be garnished unless a court has ordered it.',
      ),
    ).toEqual([]);
    expect(rules('Collectors may not say that, but you will be arrested tomorrow.')).toContain(
      'false_legal.arrest',
    );
  });

  it('reads the time limit to sue as a limit, not a suit', () => {
    const text = 'if you pay, the time to sue may start again.';
    const at = text.indexOf('sue');
    expect(namesTimeToSue(text, at, at + 3, 'en')).toBe(true);
    expect(
      rules(
        'Because the debt is old, we cannot sue you over it. If you pay any amount, the time limit for a lawsuit could restart.',
      ),
    ).toEqual([]);
    expect(rules('We will sue you next week.')).toContain('false_legal.court');
  });
});
