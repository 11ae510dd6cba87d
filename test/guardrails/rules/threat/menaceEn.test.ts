import { describeRules, EN } from '../ruleCases.js';

/**
 * Menace with no threat word (src/guardrails/rules/threat/menaceEn.ts; guarden24, issue 16), in
 * phrasings written for this test after the rules, none from a check set or a real message: they
 * show the class is read, they are NOT a figure. Lawful look-alikes beside them.
 */
describeRules('threat: menace, English', {
  violations: [
    ["Your kids' safety is in your hands now.", EN, 'threat'],
    ['Pay up if you want to keep your family safe.', EN, 'threat'],
    ['Remind your husband to watch his back on the way to work.', EN, 'threat'],
    ['Your son seemed pretty happy leaving school yesterday.', EN, 'threat'],
    ['We spotted your wife outside the gym on Tuesday.', EN, 'threat'],
    ['u have no clue who ur messing with', EN, 'threat'],
    ["You don't know who you're dealing with, pal.", EN, 'threat'],
  ],
  lawful: [
    ['Keep your family safe from scams: we will never ask for your PIN.', EN],
    ["Your family's safety comes first. If you've been affected by the storm, call us.", EN],
    ['Please be careful with emails that look like ours.', EN],
    ["You may not know who you're dealing with when a caller asks for gift cards, so hang up.", EN],
  ],
});
