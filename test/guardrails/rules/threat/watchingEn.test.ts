import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The watching class of threat in English (src/guardrails/rules/threat/watchingEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: watching, English', {
  violations: [
    // English classes of structMenace, by class
    ['Our collectors know which route you drive to the warehouse.', EN, 'threat'],
    ['My guys know your new address now, so think it over.', EN, 'threat'],
    ['We drove past your house at nine, the porch light was on.', EN, 'threat'],
    // real collectors' register, English, continued (guardrw12)
    ["We know you're in apartment 3C. We've been there.", EN, 'threat'],
    // instant-loan and agency register (guardrw13a)
    ['Hell will be let loose on you this weekend.', EN, 'threat'],
    ['Stop running, we know where you are hiding.', EN, 'threat'],
    ['You will see what we will do to you.', EN, 'threat'],
    ['No where to hide, we have your location.', EN, 'threat'],
    // round-16 English classes (guarden8)
    ['We have been keeping an eye on you, so do the right thing and pay.', EN, 'threat'],
    ['Every morning you walk the kids to the bus. Pay the card.', EN, 'threat'],
    // exposure and masked menace in collectors English (guardrw14en)
    ['I will kick your a** when I find you.', EN, 'threat'],
  ],
  lawful: [
    // real collectors' register, English, continued (guardrw12)
    ["We've been there for you since 1890.", EN],
    // instant-loan and agency register (guardrw13a)
    ['We have your location set to Kenya in the app; you can change it in settings.', EN],
    // round-16 English classes (guarden8)
    ['We will not be watching or following you. We only see this card.', EN],
    // the fifteenth session blind classes in English (guardrw15b)
    ['Is this Dana Lee? If not, sorry to bother you.', EN_UNVERIFIED],
    // twelfth-session classes (guard12)
    ['Sorry, that was a confusing question. Let me put it more simply.', EN],
    // dressed-up voicemails, English (guardrw13b)
    ['Please call us back at your earliest convenience about a personal business matter.', EN_UNVERIFIED],
  ],
  clean: [
    // classes that escaped round 10, by class
    ['You are welcome to make a personal visit to any branch.', EN],
  ],
});
