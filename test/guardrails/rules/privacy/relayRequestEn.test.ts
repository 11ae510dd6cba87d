import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The relay request class of privacy in English (src/guardrails/rules/privacy/relayRequestEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: relay request, English', {
  violations: [
    // escaping classes, by class
    ["Hi, is this Mike's mom? Could you let him know we called, it's about his overdue card.", EN, 'privacy'],
    // English classes of structMenace, by class
    ["Voicemail for Dana's roommate: tell Dana her card is overdue.", EN, 'privacy'],
    // round-16 English classes (guarden8)
    ['Hi, this is the bank for your flatmate. Could you ask him to call us back today?', EN, 'privacy'],
    // recurring real-world classes in English (guardrw15)
    ['Please remind Laura that her car loan is overdue.', EN_UNVERIFIED, 'privacy'],
  ],
  lawful: [
    // exposure and masked menace in collectors English (guardrw14en)
    ['Let us know if we can help clear up any questions.', EN],
    // recurring real-world classes in English (guardrw15)
    ['After a missed payment you can ask for the card to be reinstated once paid.', EN],
    ['Salaam, Ms. Haddad, your payment arrived today, thank you.', EN],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['Stay safe, and call us when you are ready to talk about the payment.', EN],
  ],
});
