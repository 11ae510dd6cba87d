import { describeRules, EN } from '../ruleCases.js';

/**
 * Pressure with no listed word (src/guardrails/rules/harassment/pressureEn.ts; guarden24, issue
 * 16), in phrasings written for this test after the rules, none from a check set or a real
 * message: they show the class is read, they are NOT a figure. Lawful look-alikes beside them.
 */
describeRules('harassment: pressure, English', {
  violations: [
    ["We're never going to stop calling you until the money's here.", EN, 'harassment'],
    ['Pay now. Pay now. Pay now.', EN, 'harassment'],
    ["Go pawn your wife's jewellery then.", EN, 'harassment'],
    ['Quit your whining and get the money.', EN, 'harassment'],
    ['Cut the b------t and pay.', EN, 'harassment'],
    ['Stop being a dumb-ss about this.', EN, 'harassment'],
  ],
  lawful: [
    ['We will stop calling you at work, as you asked.', EN],
    ["You asked us not to call again. We won't, unless you contact us first.", EN],
    ['Call us. We can help.', EN],
  ],
});
