import { describeRules, EN, EN_BANK_SITE } from '../ruleCases.js';

/**
 * The public exposure class of privacy in English (src/guardrails/rules/privacy/publicExposureEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: public exposure, English', {
  violations: [
    // English classes of structMenace, by class
    ['Your name goes on the board of shame in our lobby.', EN, 'privacy'],
    // round-16 English classes (guarden8)
    ['We are going to message your Instagram followers about this.', EN, 'privacy'],
    // round-19b classes (guardb)
    ['Settle the card debt you owe before flexing another new phone online, @mikeR.', EN, 'privacy'],
  ],
  lawful: [
    // instant-loan and agency register (guardrw13a)
    ['We do not post anything about our customers on social media.', EN],
    // exposure and masked menace in collectors English (guardrw14en)
    ['Our budgeting tips went viral on social media; check them out in the app.', EN],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['You can pay online at https://pay.examplebank.com/card any time.', EN_BANK_SITE],
  ],
});
