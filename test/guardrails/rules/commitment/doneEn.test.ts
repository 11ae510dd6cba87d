import { describeRules, EN } from '../ruleCases.js';

/**
 * Relief reported as done (src/guardrails/rules/commitment/doneEn.ts; guarden24, issue 16), in
 * phrasings written for this test after the rules, none from a check set or a real message: they
 * show the class is read, they are NOT a figure. Lawful look-alikes beside them.
 */
describeRules('unauthorised commitment: relief done, English', {
  violations: [
    ["I've written off the remaining balance for you.", EN, 'unauthorized_commitment'],
    ['we knocked the interest off, you just pay the principal', EN, 'unauthorized_commitment'],
  ],
  lawful: [
    ['We took the $35 fee off because the payment was misapplied by mistake.', EN],
    ["I've written off the remaining late fees, as approved.", { ...EN, authorised: ['waiver'] }],
  ],
});
