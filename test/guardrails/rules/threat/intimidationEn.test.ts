import { describeRules, EN } from '../ruleCases.js';

/**
 * The intimidation class of threat in English (src/guardrails/rules/threat/intimidationEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: intimidation, English', {
  violations: [
    // English classes of structMenace, by class
    ['Your manager is going to get a very awkward phone call on Monday.', EN, 'threat'],
    ["We'll make your week a misery if this drags on.", EN, 'threat'],
    ['Settle it, for your own safety.', EN, 'threat'],
    ['They will pay the price for your choices.', EN, 'threat'],
    ['We found the gym your husband uses.', EN, 'threat'],
    ['We can see your car in the driveway right now.', EN, 'threat'],
    ['We would hate for your son to see this get worse.', EN, 'threat'],
    ['We can do this the nice way or the hard way.', EN, 'threat'],
    // instant-loan and agency register (guardrw13a)
    ['I am going to ruin your life completely.', EN, 'threat'],
    // round-15 classes (guardfix phrasings)
    ['The crew we pass accounts to after this? Not so nice. Call me back.', EN, 'threat'],
    // round-16 English classes (guarden8)
    ['Heads up, the recovery crew we use are not exactly patient with people.', EN, 'threat'],
    ['The next team who visit you will not be as polite as I am.', EN, 'threat'],
    ['Settle up or your landlord gets a letter, and good luck renewing that lease.', EN, 'threat'],
    ['We have other ways to make your life difficult.', EN, 'threat'],
    // recurring real-world classes in English (guardrw15)
    ["We're coming for you next week.", EN, 'threat'],
    ['You keep dodging us, so we are going to have to do something about it.', EN, 'threat'],
    ['Next time we torch it.', EN, 'threat'],
    ['They will hurt his whole family if he stalls.', EN, 'threat'],
  ],
  lawful: [
    // English classes of structMenace, by class
    ['Our hardship plans are open to everyone, including customers on benefits.', EN],
    // instant-loan and agency register (guardrw13a)
    ['Niger and Nigeria customers can pay through the app.', EN],
    ['The bank will not destroy any of your records before the retention period ends.', EN],
    // round-18 classes (guard18)
    ['We do not speak to landlords or neighbours about our customers.', EN],
    // round-19b classes (guardb)
    [
      'People pretending to be IRS agents may demand payment in gift cards. We will never ask you to pay that way.',
      EN,
    ],
    // recurring real-world classes in English (guardrw15)
    ['We can do something about the fees if you call us.', EN],
    ['Our Spanish-speaking team helps many Mexican and Latin American customers.', EN],
  ],
});

/** Menace with no threatening word (guarden20's phrasings, none from a check set or a real message). */
describeRules('threat: menace without a threat word, English', {
  violations: [
    ["Tell your brother we'll be back, and next time we won't knock.", EN, 'threat'],
    ["We're ruthless when people play dumb with us.", EN, 'threat'],
    ['Pay the $300 by Friday or else.', EN, 'threat'],
    ["We'll collect what's owed one way or another.", EN, 'threat'],
    ["Don't answer again. You've been warned.", EN, 'threat'],
  ],
  lawful: [
    ["We'll be back in touch by letter next week with your plan.", EN],
    ['You can pay online or else call us at the number on your statement.', EN],
    ['If you are not able to pay, one way or another we can find a plan that fits.', EN],
  ],
});
