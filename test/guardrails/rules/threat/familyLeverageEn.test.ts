import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The family leverage class of threat in English (src/guardrails/rules/threat/familyLeverageEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: family leverage, English', {
  violations: [
    // classes that escaped round 10, by class
    ['We know which bus your son takes home.', EN, 'threat'],
    // real collectors' register, English (guardrw12)
    ['Think about your little girl before you hang up on me again.', EN, 'threat'],
    ['Your son plays little league at Riverside park, right? Pay up.', EN, 'threat'],
    // real collectors' register, English, continued (guardrw12)
    ["Go ahead and ignore us. We'll see how your wife likes the knock on the door.", EN, 'threat'],
    ["I'm going to drag your name through the mud all over town.", EN, 'threat'],
    // round-16 English classes (guarden8)
    ['We know what time you finish your shift. Settle this week.', EN, 'threat'],
    ["Can't promise your windows will still be in one piece next week.", EN, 'threat'],
    ["You don't want things getting ugly, trust me.", EN, 'threat'],
    // recurring real-world classes in English (guardrw15)
    ['And what about your little daughter at school?', EN, 'threat'],
    // the fifteenth session blind classes in English (guardrw15b)
    ['Tell your sister she can pay me back in the bedroom.', EN_UNVERIFIED, 'threat'],
  ],
  lawful: [
    // recurring real-world classes in English (guardrw15)
    ['What about your budget for next month?', EN],
    // twelfth-session classes (guard12)
    ['Is this a good time? We can talk later if not.', EN],
  ],
});
