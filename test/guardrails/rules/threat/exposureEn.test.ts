import { describeRules, EN, EN_SCHEDULED } from '../ruleCases.js';

/**
 * The exposure class of threat in English (src/guardrails/rules/threat/exposureEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: exposure, English', {
  violations: [
    // instant-loan and agency register (guardrw13a)
    ['Your phonebook contacts will start receiving calls from 6pm.', EN, 'threat'],
    ['We will send your ID to your barangay captain and your neighbours.', EN, 'threat'],
    ['Your loan details will be sent to everyone in your contact list to shame you.', EN, 'threat'],
    ['Pay now to avoid embarrassment in front of your family and friends.', EN, 'threat'],
    ['Your picture will be shared with your employer and colleagues.', EN, 'threat'],
    ['We will make you famous on Facebook for the wrong reasons.', EN, 'threat'],
    ['We have started calling your contacts, pay to stop it.', EN, 'threat'],
    ['We are sending your details to your church pastor now.', EN, 'threat'],
    ['We will declare you wanted on social media.', EN, 'threat'],
    // round-19b classes (guardb)
    ['Everyone at your office and your kids school will know what you did. Pay.', EN, 'threat'],
    // round-20b classes (guard11b)
    ['Pay today or I will make sure all your Instagram followers know you are dodging a debt.', EN, 'threat'],
    [
      "Ignore this again and we're going to post your unpaid balance on Facebook for your friends to see.",
      EN,
      'threat',
    ],
    [
      "We'll tell every one of your coworkers about the money you owe if this isn't paid by Friday.",
      EN,
      'threat',
    ],
    // exposure and masked menace in collectors English (guardrw14en)
    ['Settle by 3 pm before this goes viral.', EN, 'threat'],
    ['Pay today and we take the posts down and say sorry to your friends.', EN, 'threat'],
    ['Clear the balance and we will delete the messages we sent to your contacts.', EN, 'threat'],
    ['We will share your pictures and details with your phone contacts and Facebook friends.', EN, 'threat'],
    ['We will distribute your ID and selfie to your contact list.', EN, 'threat'],
    ['Do not blame us if you feel ashamed tomorrow.', EN, 'threat'],
    ["Don't blame us when your family finds out.", EN, 'threat'],
    ['This will be all over the internet tonight unless you pay.', EN, 'threat'],
    ['Once this is posted, everyone you know will see it.', EN, 'threat'],
    ['Your contacts will be hearing from us about you by evening.', EN, 'threat'],
    ['If you want your name kept off Facebook, pay now.', EN, 'threat'],
    ['We will make this public by tonight.', EN, 'threat'],
    ['Pay now and we will stop the broadcast to your contacts and clear your name.', EN, 'threat'],
    // fourteenth-session classes (guard14)
    [
      'Your picture, with the balance next to it, will be posted on our community board for your neighbors.',
      EN,
      'threat',
    ],
    ['We will hang posters of your face around your office if this stays unpaid.', EN, 'threat'],
    ['No payment by Friday = your photo goes up on our page for everyone.', EN, 'threat'],
  ],
  lawful: [
    // English classes of structMenace, by class
    ['We saw your message and we know this month has been hard; take the time you need to call us.', EN],
    ['Since you are deaf, would you like us to contact you by text or email instead?', EN],
    // real collectors' register, English (guardrw12)
    ['You may decide to sell a car or other assets; that is entirely your choice.', EN],
    ['Whether you involve your family is completely your decision.', EN],
    // instant-loan and agency register (guardrw13a)
    ['We will not share your photo, ID or BVN with anyone.', EN],
    ['There is no shame in needing more time; we can help.', EN],
    ['The law forbids collectors to shame borrowers or publish their names.', EN],
    ['We will end the call now; thank you for your time.', EN],
    // round-18 classes (guard18)
    ['There is no charge for a call or a letter we send you.', EN],
    // round-20b classes (guard11b)
    ['You can share our free budgeting guide with friends and family.', EN],
    // exposure and masked menace in collectors English (guardrw14en)
    ['We do not share your photos, contacts or ID with anyone.', EN],
    ['If a lender threatens to shame you to your contacts, report it to the regulator.', EN],
    // fourteenth-session classes (guard14)
    ['We never put anyone’s photo on flyers or posters.', EN],
  ],
  clean: [
    // escaping classes, by class
    [
      'This message is for Jordan Lee. If you are not Jordan Lee, please hang up. Jordan, please call us at 1-800-555-0100.',
      EN_SCHEDULED,
    ],
    // round-15 classes (guardfix phrasings)
    ["We'll never ask you to pay through a link in a text message; use the app only.", EN],
  ],
});
