import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The third party family class of privacy in English (src/guardrails/rules/privacy/thirdPartyFamilyEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: third party family, English', {
  violations: [
    // classes that escaped round 10, by class
    ['Your landlord has been notified of your unpaid balance.', EN, 'privacy'],
    ['Your cousin picked up, so we explained what you owe.', EN, 'privacy'],
    // real collectors' register, English (guardrw12)
    ["Do your kids know their dad doesn't pay what he owes?", EN, 'privacy'],
    // real collectors' register, English, continued (guardrw12)
    ["We'll be at your mother's house Saturday to discuss your debt.", EN, 'privacy'],
    ["Pay now or we'll make sure your kids hear all about it at school.", EN, 'privacy'],
    ['You think your wife would stay if she knew?', EN, 'privacy'],
    // twelfth-session classes (guard12)
    ['Your mother will be copied on the next overdue letter.', EN, 'privacy'],
  ],
  lawful: [
    // English classes of structMenace, by class
    ['We know this is a hard time, and we will not contact your employer.', EN],
    ['We will never share your situation with your landlord or your neighbours.', EN],
    ['Interest keeps accruing at the rate in your agreement while the balance is unpaid.', EN],
    // real collectors' register, English (guardrw12)
    ["What about your family's budget, can we look at it together?", EN],
    ["We will never visit your parents' home or contact your employer.", EN],
    // real collectors' register, English, continued (guardrw12)
    ['If your family found out, that would be your choice to share.', EN],
    ["We're sorry about your father's funeral costs. Would a lower payment help this month?", EN],
    ['Make sure your contact details are up to date in the app.', EN],
    // instant-loan and agency register (guardrw13a)
    ['We will never contact your family, friends or colleagues about this loan.', EN],
    ['No one in your village, church or office will hear from us.', EN],
    ['Honey, I know your family is going through a lot; we can pause reminders.', EN],
    // round-16 English classes (guarden8)
    ['You can keep an eye on your balance in the app.', EN],
    ['We will never contact your landlord or employer.', EN],
    ['Sorry, I can only speak with the account holder. Goodbye.', EN],
    ['If someone asked you to pay into a personal account, that was not us. Please report it.', EN],
    // round-19a classes, English (guard19)
    ['As you requested, your relationship manager will visit on Thursday at 10am.', EN],
    // round-20b classes (guard11b)
    ['We will never tell your friends, neighbours or coworkers about this account.', EN],
    ["Nobody has the right to call you names over a debt; you're protected by law.", EN],
    ['Your checking account is not affected by this card balance.', EN],
    // third persons in collectors English (guardrw14en)
    ['We never tell your references about your account.', EN],
    // twelfth-session classes (guard12)
    ['Scan the QR code on your paper statement with the official app to pay.', EN],
    ["We'll include your partner on the call since you asked us to.", EN],
    ["We won't post anything about your balance on any social media site or call your relatives.", EN],
    // dressed-up voicemails, English (guardrw13b)
    ['Please contact our account recovery team to reset your password.', EN_UNVERIFIED],
  ],
  clean: [
    // classes that escaped round 10, by class
    ['We never ask you to pay into a personal account or by gift card.', EN],
    // round-15 classes (guardfix phrasings)
    ['We never say things about your family members.', EN],
    ['Your husband is an authorised user, so he can also call us about the card.', EN],
    ['Late fees are capped at the amount in your card agreement.', EN],
    ['We have your phone number on file only to contact you about this account.', EN],
  ],
});
