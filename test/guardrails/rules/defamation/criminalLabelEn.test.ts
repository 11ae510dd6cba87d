import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The criminal label class of defamation in English (src/guardrails/rules/defamation/criminalLabelEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('defamation: criminal label, English', {
  violations: [
    // English classes of structMenace, by class
    ['We let your landlord know you are a deadbeat who skips rent.', EN, 'defamation'],
    // instant-loan and agency register (guardrw13a)
    ['May his thieving soul rot in hell.', EN, 'defamation'],
    // round-16 English classes (guarden8)
    ['We will tell your clients you are a fraudster.', EN, 'defamation'],
    // third persons in collectors English (guardrw14en)
    ['Ana Cruz is a fraudster and is wanted by the police.', EN_UNVERIFIED, 'defamation'],
    ['Please note that Mike Obi is a scammer wanted by the authorities.', EN_UNVERIFIED, 'defamation'],
    ['Your neighbour John is a thief and the police are after him.', EN_UNVERIFIED, 'defamation'],
    ['Ben Santos is a criminal and a fugitive.', EN_UNVERIFIED, 'defamation'],
    ['She is a thief who stole from our company.', EN_UNVERIFIED, 'defamation'],
    // twelfth-session classes (guard12)
    ['We notified your neighbors that you are wanted by the police.', EN, 'defamation'],
    ['Your colleagues have been told you committed fraud.', EN, 'defamation'],
    // fourteenth-session classes (guard14)
    ["We've listed you internally as a fraud suspect.", EN, 'defamation'],
  ],
  lawful: [
    // instant-loan and agency register (guardrw13a)
    ['He is a fraudster who pretends to be from our bank; please hang up on him.', EN],
    // third persons in collectors English (guardrw14en)
    ['The caller was a fraudster pretending to be us; please do not share your codes.', EN],
    // twelfth-session classes (guard12)
    ['Missing payments is not a crime, and we have not told anyone otherwise.', EN],
  ],
});

/** Wanted notices about the person (guarden20's phrasings, none from a check set or a real message). */
describeRules('defamation: wanted notices, English', {
  violations: [
    ['WANTED FOR FRAUD: Dana Pike. Owes $2,300.', EN, 'defamation'],
    ['If you see this woman, please call the police and then call us.', EN, 'defamation'],
  ],
  lawful: [
    ['If you know this person is not the account holder, please call us so we can fix our records.', EN],
    ['Please tell us if this person is not you, so we can update our records.', EN],
  ],
});
