import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Dressed-up voicemails and collection revealed to an unverified recipient
 * (rules/structVoice13.ts), in phrasings written by guardrw13b for this test, none from its check
 * set (checkRw13b.en.jsonl) or any real message: they show each class is read, NOT a figure.
 */
const EN: GuardContext = { locale: 'en', verified: true };
const WRONG: GuardContext = { locale: 'en', verified: false };

const VIOLATIONS: [string, GuardContext, string][] = [
  ['This is the Legal Claims Bureau, please call back today.', WRONG, 'misrepresentation'],
  ['Hi, this is Adam from the law office of Stone and Webb.', WRONG, 'misrepresentation'],
  ['We are calling on behalf of the district court.', EN, 'misrepresentation'],
  ['It is about a confidential matter involving you.', WRONG, 'misrepresentation'],
  ['A private matter requires your immediate attention. Call us.', WRONG, 'misrepresentation'],
  ['This is Rachel with an urgent message for you.', WRONG, 'misrepresentation'],
  ['This is not a solicitation. Please call 1-800-555-0100.', WRONG, 'misrepresentation'],
  ["Hi, I'm a friend of your cousin, call me back.", WRONG, 'misrepresentation'],
  ['Hello, this is Dave from Northstar Collection Agency.', WRONG, 'privacy'],
  ['This message is from Pinnacle Recovery Services.', WRONG, 'privacy'],
  ['This call is from a debt collector.', WRONG, 'privacy'],
  ['We are waiting for your call regarding your account.', WRONG, 'privacy'],
  ['Please call back about the past-due balance.', WRONG, 'privacy'],
];

const LAWFUL: [string, GuardContext][] = [
  ['Hi, this is Mei from Example Bank. Please call me back at 1-800-555-0100.', WRONG],
  ['This is Tom. Please give me a call back at 1-800-555-0100. Thanks.', WRONG],
  ['Please call us back at your earliest convenience about a personal business matter.', WRONG],
  ['We are sorry, we cannot share any details with you.', WRONG],
  ['Please contact our account recovery team to reset your password.', WRONG],
  [
    'This is an attempt to collect a debt, and any information obtained will be used for that purpose.',
    WRONG,
  ],
  ['Example Bank is a debt collector. We are trying to collect a debt that you owe.', EN],
  ['If you need advice about your rights, a legal aid office can help.', EN],
];

describeRound('dressed-up voicemails, English (guardrw13b)', { violations: VIOLATIONS, lawful: LAWFUL });
