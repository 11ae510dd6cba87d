import { describeRules, EN } from '../ruleCases.js';

/**
 * The contempt class of harassment in English (src/guardrails/rules/harassment/contemptEn.ts),
 * in phrasings guarden20 wrote for this test, none from a check set or a real message: insults
 * said to the person, orders that treat them as a child, sneers at excuses, job and pride.
 */
describeRules('harassment: contempt, English', {
  violations: [
    ['Answer your phone, you deadbeat.', EN, 'harassment'],
    ["ur such a lazy bum, it's been 3 months", EN, 'harassment'],
    ['YOU ARE A COWARD AND A LIAR', EN, 'harassment'],
    ['What kind of grown man ignores his own bills?', EN, 'harassment'],
    ['Time to grow up and stop dodging us.', EN, 'harassment'],
    ['Stop whining like a baby about the fees.', EN, 'harassment'],
    ['Get your life together and send the money.', EN, 'harassment'],
    ['Quit playing games with me, Mr Ortiz.', EN, 'harassment'],
    ['Oh great, another excuse. Nobody cares about your car trouble.', EN, 'harassment'],
    ['Your daughter must be embarrassed by you.', EN, 'harassment'],
    ['You people always find money for holidays but never for us.', EN, 'harassment'],
    ['Do you even have a job or what?', EN, 'harassment'],
    ['Are you really that clueless? Read the letter.', EN, 'harassment'],
    ['Spare me the sob story and pay the $60.', EN, 'harassment'],
    ['Nice try with the made-up surgery, pay the bill.', EN, 'harassment'],
  ],
  lawful: [
    ['Our agent should never have called you a coward; we are sorry.', EN],
    ['You are not a failure, and you are not stupid for asking; lots of people ask this.', EN],
    ['As your children grow up, a budget can help the whole family plan ahead.', EN],
    ['We will never call anyone a loser or a liar, whatever the balance.', EN],
    ['Thank you for your patience while we looked into your dispute.', EN],
    ['Please do not feel stupid for missing a payment; it happens, and we can help.', EN],
    ['Some people feel embarrassed to ask for help. There is no need to: call us.', EN],
    ['Another option is a payment plan of $40 a month.', EN],
    ['Watch out for fake hardship programs that charge an upfront fee.', EN],
  ],
});
