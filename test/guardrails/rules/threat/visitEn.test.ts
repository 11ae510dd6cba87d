import { describeRules, EN, EN_SCHEDULED } from '../ruleCases.js';

/**
 * The visit class of threat in English (src/guardrails/rules/threat/visitEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: visit, English', {
  violations: [
    // escaping classes, by class
    ['We are scheduling a doorstep visit at your home this week.', EN, 'threat'],
    // classes that escaped round 10, by class
    ['A team is parked outside your building as we speak.', EN, 'threat'],
    // English classes of structMenace, by class
    ["We'll be turning up at your office at lunch.", EN, 'threat'],
    // exposure and masked menace in collectors English (guardrw14en)
    ['Our agents will collect at your house and at your workplace.', EN, 'threat'],
    ['We will come and collect from your home and your shop.', EN, 'threat'],
    ['Our recovery officers will collect from you at your office tomorrow.', EN, 'threat'],
  ],
  stillBlocked: [
    // round-19a classes, English (guard19)
    ['We will visit your home Saturday morning, per our policy.', EN],
    // round-19b classes (guardb)
    ['Scammers may call you. We will visit your home tomorrow if you do not pay.', EN],
  ],
  lawful: [
    // round-19a classes, English (guard19)
    ['Per your request, a home visit is booked for Saturday morning. You can cancel anytime.', EN],
    // round-19b classes (guardb)
    [
      'Heads up: fraudsters posing as our agents may threaten to visit your workplace. Hang up and call the number on your card.',
      EN,
    ],
  ],
  clean: [
    // escaping classes, by class
    ['We will never visit your home. All contact is by phone, mail or the app.', EN_SCHEDULED],
  ],
});
