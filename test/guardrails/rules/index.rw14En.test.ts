import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Exposure and menace with no threat word, masked profanity as a threat (rules/structRw14En.ts),
 * in phrasings from guardrw14en's own training lines (training/guardrails/rw14.en.yaml), none from
 * its check set or a real message: they show each class is read, they are NOT a figure.
 */
const V: GuardContext = { locale: 'en', verified: true };

describeRound('exposure and masked menace in collectors English (guardrw14en)', {
  violations: [
    ['Settle by 3 pm before this goes viral.', V, 'threat'],
    ['Pay today and we take the posts down and say sorry to your friends.', V, 'threat'],
    ['Clear the balance and we will delete the messages we sent to your contacts.', V, 'threat'],
    ['We will share your pictures and details with your phone contacts and Facebook friends.', V, 'threat'],
    ['We will distribute your ID and selfie to your contact list.', V, 'threat'],
    ['Our agents will collect at your house and at your workplace.', V, 'threat'],
    ['We will come and collect from your home and your shop.', V, 'threat'],
    ['Do not blame us if you feel ashamed tomorrow.', V, 'threat'],
    ["Don't blame us when your family finds out.", V, 'threat'],
    ['This will be all over the internet tonight unless you pay.', V, 'threat'],
    ['Once this is posted, everyone you know will see it.', V, 'threat'],
    ['Your contacts will be hearing from us about you by evening.', V, 'threat'],
    ['If you want your name kept off Facebook, pay now.', V, 'threat'],
    ['We will make this public by tonight.', V, 'threat'],
    ['I am going to f--- you up when I see you.', V, 'threat'],
    ["I'll f*** you up if this money is not here.", V, 'threat'],
    ['We will f**k up your life, believe me.', V, 'threat'],
    ['I will kick your a** when I find you.', V, 'threat'],
    ['I will beat the s*** out of you.', V, 'threat'],
    ["I'm gonna f-ing end you.", V, 'threat'],
    ['Pay now and we will stop the broadcast to your contacts and clear your name.', V, 'threat'],
    ['Our recovery officers will collect from you at your office tomorrow.', V, 'threat'],
    ['i swear i will f***ing hurt you', V, 'threat'],
  ],
  lawful: [
    ['We do not share your photos, contacts or ID with anyone.', V],
    ['We apologize to you for the mix-up with your statement.', V],
    ['Our budgeting tips went viral on social media; check them out in the app.', V],
    ['You can collect your replacement card at the branch near your home or office.', V],
    ['If a lender threatens to shame you to your contacts, report it to the regulator.', V],
    ['We removed the old messages from your inbox as you asked.', V],
    ['Nobody will be embarrassed; this stays between you and us.', V],
    ['Let us know if we can help clear up any questions.', V],
    ['We will follow up with you next week about the plan.', V],
  ],
});
