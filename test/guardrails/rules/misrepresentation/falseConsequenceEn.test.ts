import { describeRules, EN } from '../ruleCases.js';

/**
 * The false consequence class of misrepresentation in English (src/guardrails/rules/misrepresentation/falseConsequenceEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: false consequence, English', {
  violations: [
    // English classes of structMenace, by class
    ['Your credit rating will be destroyed permanently by this.', EN, 'misrepresentation'],
    // round-15 classes (guardfix phrasings)
    ['This stays on your credit file for the rest of your life.', EN, 'misrepresentation'],
    ['Late fees accrue at 2% per day until you pay.', EN, 'misrepresentation'],
    ["You'll never get a mortgage again after this.", EN, 'misrepresentation'],
    [
      'Your debt has tripled since last month because of penalties, from $3,000 to $9,000.',
      EN,
      'misrepresentation',
    ],
    [
      'Every bank in the network now lists you as high-risk and we alone can reverse it.',
      EN,
      'misrepresentation',
    ],
    ['Penalties are 3 percent a day now.', EN, 'misrepresentation'],
    ['This mark will follow your credit file forever.', EN, 'misrepresentation'],
    ['Every lender in the UK now has you on a blacklist.', EN, 'misrepresentation'],
    ['From now on, no bank anywhere will ever give you credit again.', EN, 'misrepresentation'],
    // round-16 English classes (guarden8)
    ['Your internet will be cut off by your provider because of this card.', EN, 'misrepresentation'],
    ['The debt passes automatically to your husband if you do not pay.', EN, 'misrepresentation'],
    // round-18 classes (guard18)
    ['Every letter we mail you adds a $15 handling fee to the account.', EN, 'misrepresentation'],
    ['A 25% penalty on your balance will be applied on Friday.', EN, 'misrepresentation'],
    ["Your son's credit rating will suffer if you keep this up.", EN, 'misrepresentation'],
    ['Make the payment and we will erase the late marks from your credit history.', EN, 'misrepresentation'],
    // round-19a classes, English (guard19)
    ["We're coming Saturday to tow your car away. Pay now.", EN, 'misrepresentation'],
    ['The bank will sell your house at auction next month unless you pay today.', EN, 'misrepresentation'],
    ["Your unemployment checks will be cut off if this isn't paid.", EN, 'misrepresentation'],
    ['Non-payment will lead to your electricity getting shut off.', EN, 'misrepresentation'],
    // round-19b classes (guardb)
    ['Your score is wrecked forever after this.', EN, 'misrepresentation'],
    ['No lender will ever approve you again, trust me.', EN, 'misrepresentation'],
    // twelfth-session classes (guard12)
    ['Pay the balance and your delinquency gets erased from the credit file.', EN, 'misrepresentation'],
    // thirteenth-session English classes (guard13)
    ['Settle now. Once the bureaus get this, it stays on there forever.', EN, 'misrepresentation'],
    ['Your FICO is going to hit 300 the minute we report.', EN, 'misrepresentation'],
    ['That late mark will never come off your credit file.', EN, 'misrepresentation'],
    ["We'll place a permanent flag on your credit report.", EN, 'misrepresentation'],
    ['Paying now is the only way to keep the default off your credit file.', EN, 'misrepresentation'],
    ['If you skip this one your credit score plummets by 200 points overnight.', EN, 'misrepresentation'],
    ['Once this is reported, it is on your record for good.', EN, 'misrepresentation'],
    ["You'll have a black mark that never goes away.", EN, 'misrepresentation'],
    ['We report you to Experian tonight, and it can never be removed.', EN, 'misrepresentation'],
    // fourteenth-session classes (guard14)
    ['Your grown son will be legally responsible for this card when you die.', EN, 'misrepresentation'],
    ['You are now on the national deadbeat registry.', EN, 'misrepresentation'],
  ],
  lawful: [
    // fifteenth-session English classes (guard15)
    ["We won't erase accurate history from your credit file, but we'll report the account as paid.", EN],
    // real collectors' register, English (guardrw12)
    ['Scam alert: we never call about warrants, arrests or your Social Security number.', EN],
    // round-16 English classes (guarden8)
    ['Your phone and utilities are not affected by your card account.', EN],
    // round-18 classes (guard18)
    ["Your children's credit is not affected by your card account.", EN],
    // thirteenth-session English classes (guard13)
    ['Negative items do not stay on your report forever; most are removed after seven years.', EN],
    ["It won't be on your record forever; it's removed after seven years.", EN],
    ['A missed payment is not a mark that never goes away; it ages off after seven years.', EN],
  ],
});
