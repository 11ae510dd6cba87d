import { describeRules, EN } from '../ruleCases.js';

/**
 * Credit repair promised (src/guardrails/rules/misrepresentation/creditRepairEn.ts; guarden24,
 * issue 16), in phrasings written for this test after the rules, none from a check set or a real
 * message: they show the class is read, they are NOT a figure. Lawful look-alikes beside them.
 */
describeRules('misrepresentation: credit repair, English', {
  violations: [
    ["Pay today and we'll scrub the charge-off from your credit file.", EN, 'misrepresentation'],
    ['For $150 our partner removes derogatory marks from all three bureaus.', EN, 'misrepresentation'],
    ["Once you settle, we'll report to TransUnion that you always paid on time.", EN, 'misrepresentation'],
    ["Settle now and it'll be as if the debt never happened.", EN, 'misrepresentation'],
  ],
  lawful: [
    ['If a late payment was reported in error, we will ask the bureaus to remove it.', EN],
    ['Paying the collection will not remove it from your report; it will show as paid.', EN],
    [
      "Be careful of companies that promise to delete accurate negative items from your report. That's not possible.",
      EN,
    ],
    ['Student loans can never be discharged in bankruptcy except in rare cases.', EN],
  ],
});
