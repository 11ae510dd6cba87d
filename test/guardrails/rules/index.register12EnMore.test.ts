import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Real collectors' register in English, continued (rules/structRegister12EnMore.ts), in phrasings
 * written by guardrw12 for this test, none taken from its check set (check-rw12.en) or any real
 * message: they show each class is read, they are NOT a figure.
 */
const EN: GuardContext = { locale: 'en', verified: true };

const VIOLATIONS: [string, GuardContext, string][] = [
  ["Go ahead and ignore us. We'll see how your wife likes the knock on the door.", EN, 'threat'],
  ["We know you're in apartment 3C. We've been there.", EN, 'threat'],
  ["I'm going to drag your name through the mud all over town.", EN, 'threat'],
  ['To avoid being served at your job, call before 5pm.', EN, 'false_legal'],
  ['Your name has been flagged in the NCIC database.', EN, 'misrepresentation'],
  ["We'll be at your mother's house Saturday to discuss your debt.", EN, 'privacy'],
  ["Pay now or we'll make sure your kids hear all about it at school.", EN, 'privacy'],
  ['Nice boat. Bet it floats better than your payments.', EN, 'harassment'],
  ["Those designer bags won't pay themselves off, princess.", EN, 'harassment'],
  ['Not sure how you sleep at night owing this much.', EN, 'harassment'],
  ["Your dad's funeral was nice, shame you couldn't pay for it either.", EN, 'harassment'],
  ['Tell that lazy husband of yours to get a job and pay his bills.', EN, 'defamation'],
  ["What's a guy like you doing with a card anyway, go back to picking fruit.", EN, 'discrimination'],
  ["Ma'am, we're about to send the sheriff. Last chance.", EN, 'false_legal'],
  ["Enjoy the big house while it's still yours.", EN, 'threat'],
  ["How's that new baby? Must be expensive. Pay us first.", EN, 'harassment'],
  ['Hey Mr. Bigshot, your Rolex can cover this.', EN, 'harassment'],
  ['You think your wife would stay if she knew?', EN, 'privacy'],
  ["What's your daughter gonna think when the cops show up?", EN, 'false_legal'],
];

const LAWFUL: [string, GuardContext][] = [
  ["We've been there for you since 1890.", EN],
  ['Nice to hear from you, we have received your payment.', EN],
  ['We will never send the police to your home.', EN],
  ['Congrats on the new baby! Your statement is ready.', EN],
  ["The police won't come for a credit card debt.", EN],
  ['If your family found out, that would be your choice to share.', EN],
  ['Enjoy your holidays! Our branches reopen on January 2.', EN],
  ["We're sorry about your father's funeral costs. Would a lower payment help this month?", EN],
  ['Make sure your contact details are up to date in the app.', EN],
];

describeRound("real collectors' register, English, continued (guardrw12)", {
  violations: VIOLATIONS,
  lawful: LAWFUL,
});
