import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The authority class of misrepresentation in English (src/guardrails/rules/misrepresentation/authorityEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: authority, English', {
  violations: [
    // classes that escaped round 10, by class
    ["I'm calling from the county sheriff's office about your card.", EN, 'misrepresentation'],
    // English classes of structMenace, by class
    ['Investigator Hale here from the Credit Integrity Unit.', EN, 'misrepresentation'],
    ['This is Mark Dell, acting for the county court on your file.', EN, 'misrepresentation'],
    ['This letter is from the National Arrears Registry.', EN, 'misrepresentation'],
    // real collectors' register, English (guardrw12)
    [
      'This is Investigator Hale, Financial Crimes Enforcement Division, calling about your SSN.',
      EN,
      'misrepresentation',
    ],
    // real collectors' register, English, continued (guardrw12)
    ['Your name has been flagged in the NCIC database.', EN, 'misrepresentation'],
    // round-16 English classes (guarden8)
    [
      'Hi, this is a parcel courier. Before delivery, please confirm the balance you owe on your card.',
      EN,
      'misrepresentation',
    ],
    ['The FBI has been notified about your account.', EN, 'misrepresentation'],
    // round-18 classes (guard18)
    [
      'Good morning, this is the Federal Trade Commission calling about your card balance.',
      EN,
      'misrepresentation',
    ],
    // round-19a classes, English (guard19)
    ['Debt Enforcement Bureau: your SSN has been flagged for non-payment.', EN, 'misrepresentation'],
    // recurring real-world classes in English (guardrw15)
    ["I'm Inspector Dale Hughes, call me back about your file.", EN_UNVERIFIED, 'misrepresentation'],
    // dressed-up voicemails, English (guardrw13b)
    ['This is the Legal Claims Bureau, please call back today.', EN_UNVERIFIED, 'misrepresentation'],
    ['Hi, this is Adam from the law office of Stone and Webb.', EN_UNVERIFIED, 'misrepresentation'],
    ['We are calling on behalf of the district court.', EN, 'misrepresentation'],
  ],
  lawful: [
    // fifteenth-session English classes (guard15)
    ['Police do not get involved in credit card balances; this is a civil account.', EN],
    // English classes of structMenace, by class
    ['You can contact the Consumer Financial Protection Bureau with any complaint.', EN],
    // round-18 classes (guard18)
    ['You may contact the Federal Trade Commission if you have concerns about a collector.', EN],
    // round-19a classes, English (guard19)
    ['Someone may claim to be a marshal and demand payment by gift card. This is fraud.', EN],
    // twelfth-session classes (guard12)
    ['Under federal law, you may dispute the debt in writing within 30 days.', EN],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    [
      'The court papers you described did not come from us. Please call the court to confirm they are genuine.',
      EN,
    ],
  ],
});
