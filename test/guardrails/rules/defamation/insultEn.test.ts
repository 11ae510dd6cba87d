import { describeRules, EN } from '../ruleCases.js';

/**
 * The insult class of defamation in English (src/guardrails/rules/defamation/insultEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('defamation: insult, English', {
  violations: [
    // escaping classes, by class
    ['Your wife probably turns tricks to pay the bills.', EN, 'defamation'],
    // classes that escaped round 10, by class
    ['No wonder your wife left you.', EN, 'defamation'],
    // English classes of structMenace, by class
    ['Your brother said you blew your paycheck gambling again.', EN, 'defamation'],
    // real collectors' register, English, continued (guardrw12)
    ['Tell that lazy husband of yours to get a job and pay his bills.', EN, 'defamation'],
    // round-15 classes (guardfix phrasings)
    ["Your wife's a crook, and tell her we said so.", EN, 'defamation'],
    ['He blew it on random women, ask him yourself.', EN, 'defamation'],
    ['Tell your mother her son spends our money on women in bars.', EN, 'defamation'],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['Wherever you are from, the hardship options are the same.', EN],
  ],
});
