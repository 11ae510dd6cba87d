import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Jail implied, sexual innuendo about a relative, profanity dashed out, veiled enforcement,
 * invented garnishment and a lawsuit "pending", a person branded to a colleague
 * (rules/structRw15bEn.ts), and the lawful shapes next to them, in phrasings written for this
 * test, none from a check set or a real message: NOT a figure.
 */
const V: GuardContext = { locale: 'en', verified: true };
const U: GuardContext = { locale: 'en', verified: false };

describeRound('the fifteenth session blind classes in English (guardrw15b)', {
  violations: [
    ["Pack your things, since you won't be coming home for years.", V, 'false_legal'],
    ['Tell your sister she can pay me back in the bedroom.', U, 'threat'],
    ['Answer the phone, you d—-head.', V, 'harassment'],
    ['Ignore this and we will employ alternative means of recovery.', V, 'false_legal'],
    ['All accounts you hold will be levied next week.', V, 'false_legal'],
    ['There is legal action pending, so settle today.', V, 'false_legal'],
    ['FYI, Sam from shipping is a chronic deadbeat.', U, 'defamation'],
  ],
  lawful: [
    ['Your card is frozen for new purchases while the plan is active.', V],
    ['If a court enters a judgment, your bank accounts could be garnished.', V],
    ['No lawsuit is pending against you.', V],
    ['If you are going away for a while, you can set up automatic payments.', V],
    ['Is this Dana Lee? If not, sorry to bother you.', U],
  ],
});
