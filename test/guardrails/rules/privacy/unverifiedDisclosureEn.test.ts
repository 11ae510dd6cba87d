import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The unverified disclosure class of privacy in English (src/guardrails/rules/privacy/unverifiedDisclosureEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: unverified disclosure, English', {
  violations: [
    // dressed-up voicemails, English (guardrw13b)
    ['Hello, this is Dave from Northstar Collection Agency.', EN_UNVERIFIED, 'privacy'],
    ['This message is from Pinnacle Recovery Services.', EN_UNVERIFIED, 'privacy'],
    ['This call is from a debt collector.', EN_UNVERIFIED, 'privacy'],
    ['We are waiting for your call regarding your account.', EN_UNVERIFIED, 'privacy'],
    ['Please call back about the past-due balance.', EN_UNVERIFIED, 'privacy'],
  ],
  lawful: [
    // round-19b classes (guardb)
    ['A reduction of your balance needs written approval from our recoveries team.', EN],
    // recurring real-world classes in English (guardrw15)
    ['Please ask Laura to call us back when she can.', EN_UNVERIFIED],
    ['This is Mark. Please give me a call back when you can.', EN_UNVERIFIED],
    // dressed-up voicemails, English (guardrw13b)
    ['Hi, this is Mei from Example Bank. Please call me back at 1-800-555-0100.', EN_UNVERIFIED],
    ['This is Tom. Please give me a call back at 1-800-555-0100. Thanks.', EN_UNVERIFIED],
    [
      'This is an attempt to collect a debt, and any information obtained will be used for that purpose.',
      EN_UNVERIFIED,
    ],
    ['Example Bank is a debt collector. We are trying to collect a debt that you owe.', EN],
  ],
});
