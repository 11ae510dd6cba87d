import { describeRules, EN } from '../ruleCases.js';

/**
 * The blacklist class of false_legal in English (src/guardrails/rules/falseLegal/blacklistEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('false_legal: blacklist, English', {
  lawful: [
    // thirteenth-session English classes (guard13)
    ['There is no permanent mark; the account will show as paid.', EN],
    // fourteenth-session classes (guard14)
    ['There is no federal debtor blacklist; anyone who tells you otherwise may be a scammer.', EN],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['It is not permanent: the record is removed five years after you settle.', EN],
  ],
});
