import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Unnamed harm promised by the sender, harm to a third person's family, a child as leverage, a
 * third person asked to pass on a demand, posing as an officer, a debt cited by a caller who
 * names no company (rules/structRw15En.ts), in phrasings written for this test, none from a check
 * set or a real message: they show each class is read, they are NOT a figure.
 */
const V: GuardContext = { locale: 'en', verified: true };
const U: GuardContext = { locale: 'en', verified: false };

describeRound('recurring real-world classes in English (guardrw15)', {
  violations: [
    ["We're coming for you next week.", V, 'threat'],
    ['You keep dodging us, so we are going to have to do something about it.', V, 'threat'],
    ['Next time we torch it.', V, 'threat'],
    ['They will hurt his whole family if he stalls.', V, 'threat'],
    ['And what about your little daughter at school?', V, 'threat'],
    ['Please remind Laura that her car loan is overdue.', U, 'privacy'],
    ['Tell your cousin to pay his balance this week.', U, 'privacy'],
    ["I'm Inspector Dale Hughes, call me back about your file.", U, 'misrepresentation'],
    ['This is Mark. Call me about your balance today.', U, 'misrepresentation'],
    ['Salam, you filthy liar, where is the money?', V, 'discrimination'],
    ['Pay your bill, you greedy Arab.', V, 'discrimination'],
    ['hello you .. n-', V, 'discrimination'],
  ],
  lawful: [
    ['Please ask Laura to call us back when she can.', U],
    ['You can ask the court to set the judgment aside once the debt is paid.', V],
    ['After a missed payment you can ask for the card to be reinstated once paid.', V],
    ['We can do something about the fees if you call us.', V],
    ['This is Mark from Harbor Bank. Call me about your balance today.', U],
    ['This is Mark. Please give me a call back when you can.', U],
    ['What about your budget for next month?', V],
    ['Salaam, Ms. Haddad, your payment arrived today, thank you.', V],
    ['Our Spanish-speaking team helps many Mexican and Latin American customers.', V],
  ],
});
