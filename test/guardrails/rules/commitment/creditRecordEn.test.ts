import { describeRules, EN, EN_SCHEDULED } from '../ruleCases.js';

/**
 * The credit record class of unauthorized_commitment in English (src/guardrails/rules/commitment/creditRecordEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('unauthorized_commitment: credit record, English', {
  violations: [
    // escaping classes, by class
    ["I've got a guy inside Equifax who can wipe the charge-off.", EN, 'unauthorized_commitment'],
    ['We can run a tradeline deletion on your file, results in 30 days.', EN, 'unauthorized_commitment'],
    // fifteenth-session English classes (guard15)
    ['i can get the bureaus to drop every late mark if u pay now', EN, 'unauthorized_commitment'],
    // English classes of structMenace, by class
    ['I promise those late marks get scrubbed from your credit file.', EN, 'unauthorized_commitment'],
    // round-15 classes (guardfix phrasings)
    ['Guaranteed approval on your reduction request, no questions asked.', EN, 'unauthorized_commitment'],
    // round-19a classes, English (guard19)
    [
      'Pay 300 dollars on this call and we will wipe the rest, nothing on your credit report.',
      EN,
      'unauthorized_commitment',
    ],
  ],
  lawful: [
    // fifteenth-session English classes (guard15)
    ['If Experian shows a late payment reported in error, we will have it removed.', EN],
    // English classes of structMenace, by class
    ['If we reported something wrong, we will correct your credit report.', EN],
    // instant-loan and agency register (guardrw13a)
    ['He is not a criminal; a late payment is a civil matter.', EN],
    // round-18 classes (guard18)
    ['Firms that promise to clean your credit for a fee are often scams.', EN],
    // round-19b classes (guardb)
    ['Late payments are not permanent; they age off your report after seven years.', EN],
    // twelfth-session classes (guard12)
    ["We can't delete accurate late payments once you pay, but the account will show as paid.", EN],
    // thirteenth-session English classes (guard13)
    ['A late payment can stay on your credit report for up to seven years.', EN],
  ],
  clean: [
    // escaping classes, by class
    ['Missed payments may appear on your credit report and may lower your score.', EN_SCHEDULED],
    [
      'We do not offer credit repair, and anyone promising to erase accurate history for a fee is likely a scam.',
      EN_SCHEDULED,
    ],
    // classes that escaped round 10, by class
    ['We may report late payments to the credit bureaus.', EN],
    // round-15 classes (guardfix phrasings)
    ['Approval is not guaranteed; we will review your hardship request.', EN],
    ['Late payments stay on your credit report for up to seven years.', EN],
    ['Late payments stay on your credit report for up to seven years, not forever.', EN],
    ["Approval isn't guaranteed, but there's no fee to apply.", EN],
  ],
});
