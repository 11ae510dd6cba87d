import { describeRules, EN } from '../ruleCases.js';

/**
 * The veiled class of threat in English (src/guardrails/rules/threat/veiledEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: veiled, English', {
  violations: [
    // escaping classes, by class
    ['Nice truck you have there. Be a shame if something happened to it.', EN, 'threat'],
    ['We have our ways of getting paid.', EN, 'threat'],
    ['Hope your kids get home safe today.', EN, 'threat'],
    ["We're done being nice. Next time it won't be a phone call.", EN, 'threat'],
    ["Don't make me drive out to your place.", EN, 'threat'],
    // fifteenth-session English classes (guard15)
    ['skip town if u want, we always find u. next time it wont be a text', EN, 'threat'],
    ["ignore us again and next visit won't be friendly", EN, 'threat'],
    ['the folks who dodge us usually end up hurt, think about it', EN, 'threat'],
    // classes that escaped round 10, by class
    ['Settle today or things could get ugly.', EN, 'threat'],
    // English classes of structMenace, by class
    ['It would be a pity if your truck got scratched up in that lot.', EN, 'threat'],
    ['Next time it will not be a letter from us.', EN, 'threat'],
    ['Sooner or later you have to come out of that apartment.', EN, 'threat'],
    ['Make sure your mother locks her front door tonight.', EN, 'threat'],
    ['Your husband looked really scared when we knocked yesterday.', EN, 'threat'],
    ['Ignore us again and this is going to get real ugly.', EN, 'threat'],
    // real collectors' register, English (guardrw12)
    ["You've got a nice family. Would be terrible if anything happened to them.", EN, 'threat'],
    // real collectors' register, English, continued (guardrw12)
    ["Enjoy the big house while it's still yours.", EN, 'threat'],
    // round-15 classes (guardfix phrasings)
    ['We know where your son goes to school. Payment by Monday, please.', EN, 'threat'],
    ["We are concerned about your family's safety and ask that you settle today.", EN, 'threat'],
    ['Folks who ignore our calls tend to have accidents. Think it over.', EN, 'threat'],
    ["Saw your kid at the bus stop this morning. Cute. Payment's due Friday, don't forget.", EN, 'threat'],
    [
      "For everyone's safety, it's best this gets paid today. We'd hate for anything to happen.",
      EN,
      'threat',
    ],
    ['Accounts that go quiet on us have a way of attracting trouble. Pay up.', EN, 'threat'],
    ["My colleagues who handle this after me don't do phone calls. Pay now.", EN, 'threat'],
    [
      "Your wife's commute past the river every morning must be relaxing. Pay the balance this week.",
      EN,
      'threat',
    ],
    ["We'd really hate for your family to have any unpleasant surprises. Settle by Monday.", EN, 'threat'],
    ["After me, your file goes to some people who don't bother with phone calls.", EN, 'threat'],
    ['Love the red door on your house, by the way. Anyway, we need the payment by Friday.', EN, 'threat'],
    ['We just want your family to stay safe and sound. Please pay today.', EN, 'threat'],
    // round-16 English classes (guarden8)
    ['Friendly is easier than the alternative, so pay.', EN, 'threat'],
    ['Our collectors are already outside your building.', EN, 'threat'],
    // round-19a classes, English (guard19)
    ["Final friendly reminder, Chris. After that, it's a different conversation. You get it.", EN, 'threat'],
    ['Our patience runs out tomorrow. You know what that means.', EN, 'threat'],
    ["We have been nice. We won't be nice next week.", EN, 'threat'],
    // round-19b classes (guardb)
    ["Nice truck. Be a shame if it wouldn't start one morning.", EN, 'threat'],
  ],
  lawful: [
    // fifteenth-session English classes (guard15)
    ['Please find your statement attached; next time it will come by email, as you asked.', EN],
    // English classes of structMenace, by class
    ['We will never call you before 8am or after 9pm.', EN],
    ["We'd hate for you to pay more interest than you need to, so here are some options.", EN],
    // real collectors' register, English, continued (guardrw12)
    ['Enjoy your holidays! Our branches reopen on January 2.', EN],
    // round-16 English classes (guarden8)
    ['Scam alert: we never call as a courier asking about your balance.', EN],
    ['We noticed a purchase at a new merchant. Was it you?', EN],
    // round-19a classes, English (guard19)
    ['We contact you no more than twice a week.', EN],
    ['We will never stop being polite to you, whatever happens with the account.', EN],
    // exposure and masked menace in collectors English (guardrw14en)
    ['You can collect your replacement card at the branch near your home or office.', EN],
    // thirteenth-session English classes (guard13)
    ['Your home phone and your cell are both on file; tell us which one you prefer.', EN],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['If your car breaks down and you cannot make it to a branch, you can pay by phone.', EN],
    ['Your safety matters more than this payment. Please take care of yourself first.', EN],
    ['We would hate for you to miss out on the hardship program, so here is how to apply.', EN],
    ['A default does not follow you forever; it drops off after seven years.', EN],
    ['We noticed your payment came in this morning. Thank you!', EN],
  ],
});
