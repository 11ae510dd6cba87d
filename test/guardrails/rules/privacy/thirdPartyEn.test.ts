import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The third party class of privacy in English (src/guardrails/rules/privacy/thirdPartyEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: third party, English', {
  violations: [
    // escaping classes, by class
    ["Since you're listed as his reference, we need you to get him to pay.", EN, 'privacy'],
    ['We reached out to your HR department about the balance.', EN, 'privacy'],
    // round-15 classes (guardfix phrasings)
    ["We've got your whole address book, so everyone can hear about this.", EN, 'privacy'],
    ['We will post a notice about your balance in the HOA group chat.', EN, 'privacy'],
    ['Every number in your phone is on our list now. Shall we start calling them?', EN, 'privacy'],
    ['Your contacts are all on our system. Want us to reach out to a few of them for help?', EN, 'privacy'],
    ["We have every phone number you've ever texted. Want us to start with your sister?", EN, 'privacy'],
    // round-16 English classes (guarden8)
    ['We have already informed your emergency contact about the arrears.', EN, 'privacy'],
    ['We will reach out to your imam about this balance.', EN, 'privacy'],
    // third persons in collectors English (guardrw14en)
    [
      'Ana Reyes with phone no 0917 555 0199 has an unresolved financial issue with our company.',
      EN_UNVERIFIED,
      'privacy',
    ],
    [
      'Ana used your profile as her emergency contact. We urge you to reach out to her to make her payment within 24 hours.',
      EN_UNVERIFIED,
      'privacy',
    ],
    [
      'You are listed as the emergency contact of Ben Cruz, who has an overdue loan with us. Please tell him to pay.',
      EN_UNVERIFIED,
      'privacy',
    ],
    [
      'Your brother named you as his reference. He has not paid his loan; kindly remind him.',
      EN_UNVERIFIED,
      'privacy',
    ],
    [
      'Good day, you are the contact person of Liza Tan. She owes our company, please advise her to settle.',
      EN_UNVERIFIED,
      'privacy',
    ],
    [
      'We are reaching out because Mark put your number on his loan. His account is in default.',
      EN_UNVERIFIED,
      'privacy',
    ],
    [
      'As his emergency contact, please make sure he pays his overdue balance today.',
      EN_UNVERIFIED,
      'privacy',
    ],
    // recurring real-world classes in English (guardrw15)
    ['Tell your cousin to pay his balance this week.', EN_UNVERIFIED, 'privacy'],
  ],
  lawful: [
    // English classes of structMenace, by class
    ['The late fee is $29, as set out in your card agreement.', EN],
    ["We've added a $29 late fee, as your card agreement allows.", EN],
    // real collectors' register, English (guardrw12)
    ["We're so sorry for your loss. Your late father's card has been closed.", EN],
    // instant-loan and agency register (guardrw13a)
    ['If anyone says your contacts will be called, do not pay them: it is a scam.', EN],
    ['Your contacts will never receive any message from us.', EN],
    // round-16 English classes (guarden8)
    ['We do not use Instagram, Facebook or any social media to contact anyone about accounts.', EN],
    // round-19a classes, English (guard19)
    ['Nothing will be reported to the credit bureaus while we review your dispute.', EN],
    // round-19b classes (guardb)
    [
      'If the car loan stays in default, the vehicle may be repossessed only as permitted by the security agreement and state law.',
      EN,
    ],
    // third persons in collectors English (guardrw14en)
    ['You listed your sister as an emergency contact; we only use it if we cannot reach you.', EN],
    ['Please update your emergency contact in the app.', EN],
    ['Your emergency contact will never be told about your balance.', EN],
    // thirteenth-session English classes (guard13)
    ['Your score may drop by up to 100 points if a payment is reported late.', EN],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['We will never contact anyone in your contacts list.', EN],
    ['We do not have access to your contacts and will not message anyone.', EN],
    ['Your contacts are private; we will never reach out to them.', EN],
  ],
});
