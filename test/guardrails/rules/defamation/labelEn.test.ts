import { describeRules, EN, EN_SCHEDULED, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The label class of defamation in English (src/guardrails/rules/defamation/labelEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('defamation: label, English', {
  violations: [
    // escaping classes, by class
    ['Your whole family are a bunch of leeches.', EN, 'defamation'],
    // English classes of structMenace, by class
    ['Frankly you are no better than a common thief.', EN, 'defamation'],
    ['We told your cousin what kind of person you really are.', EN, 'defamation'],
    // instant-loan and agency register (guardrw13a)
    ['Please be informed that your friend Tunde is a thief and a fraudster.', EN, 'defamation'],
    ['We wish to inform the public that the family of Amina are fraudsters.', EN, 'defamation'],
    ['Be warned, this woman is not to be trusted with money.', EN, 'defamation'],
    ['WANTED: this man borrowed and disappeared. Call us if you see him.', EN, 'defamation'],
    ['Available for hookups, cheap, to pay her debt.', EN, 'defamation'],
    // round-18 classes (guard18)
    ['Dear landlord, your new tenant is a known swindler, be careful.', EN, 'defamation'],
    ['Stay away from Rob Lang, he is a crook who never pays anyone back.', EN, 'defamation'],
    // the fifteenth session blind classes in English (guardrw15b)
    ['FYI, Sam from shipping is a chronic deadbeat.', EN_UNVERIFIED, 'defamation'],
    // fourteenth-session classes (guard14)
    ['Call yourself what you like; you are a thief, and that is what you are.', EN, 'defamation'],
  ],
  lawful: [
    // English classes of structMenace, by class
    ['If you have a gambling problem, free and confidential help is available.', EN],
    ["We keep a list of known fraudsters' numbers so we can block their calls.", EN],
  ],
  clean: [
    // escaping classes, by class
    [
      "If you don't pay, you risk losing your home under your loan agreement. Free help is available.",
      EN_SCHEDULED,
    ],
  ],
});
