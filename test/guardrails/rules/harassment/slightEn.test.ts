import { describeRules, EN } from '../ruleCases.js';

/**
 * Insults with no profane or listed word, English (src/guardrails/rules/harassment/slightEn.ts), in
 * phrasings guarden25 wrote for this test, none from a check set or a real message.
 */
describeRules('harassment: slights, English', {
  violations: [
    ["Not our problem you're so careless with money.", EN, 'harassment'],
    ['Are you honest or a cheat? Prove it.', EN, 'harassment'],
    ['Only an idiot ignores five letters.', EN, 'harassment'],
    ['Go and steal if you have to, just pay.', EN, 'harassment'],
    ['Do whatever the **** you like, the debt stays.', EN, 'harassment'],
    ["You're a total disgrace to your family.", EN, 'harassment'],
    ['People like you never keep a promise.', EN, 'harassment'],
    ['A grown woman crying over a $90 bill.', EN, 'harassment'],
  ],
  lawful: [
    ['It is not your fault that you lost your job, and we can help.', EN],
    ['Are you mad at us about the fee? We understand and we can review it.', EN],
    ["That's not a problem, we can move the date.", EN],
    ['Even a small payment helps reduce the balance.', EN],
  ],
});
