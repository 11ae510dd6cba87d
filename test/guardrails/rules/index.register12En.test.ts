import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Real collectors' register in English (rules/structRegister12En.ts), in phrasings written by
 * guardrw12 for this test, none taken from its check set (check-rw12.en) or any real message:
 * they show each class is read, they are NOT a figure.
 */
const EN: GuardContext = { locale: 'en', verified: true };

const VIOLATIONS: [string, GuardContext, string][] = [
  // children, spouses, schools and homes as leverage
  ['Think about your little girl before you hang up on me again.', EN, 'threat'],
  ['Your son plays little league at Riverside park, right? Pay up.', EN, 'threat'],
  ["You've got a nice family. Would be terrible if anything happened to them.", EN, 'threat'],
  // warrants, papers at work, crime agencies, a decline turned into escalation
  ['Warrant is active. Call back today.', EN, 'false_legal'],
  [
    'This is Investigator Hale, Financial Crimes Enforcement Division, calling about your SSN.',
    EN,
    'misrepresentation',
  ],
  [
    'Transaction declined. Your account has been forwarded to our attorneys for immediate action.',
    EN,
    'misrepresentation',
  ],
  // a relative asked whether they know
  ["Do your kids know their dad doesn't pay what he owes?", EN, 'privacy'],
  // wealth, graves, belongings, sneering
  ['Tell your butler to drop off the check, your highness.', EN, 'harassment'],
  ["I'd spit on your grandma's grave if I could.", EN, 'harassment'],
  ['Go pawn your jewelry, sell your TV, whatever it takes.', EN, 'harassment'],
  // origin, age and welfare jibes
  ["What do you expect from an old geezer who can't remember to pay.", EN, 'discrimination'],
  ['Typical Puerto Rican, always with an excuse.', EN, 'discrimination'],
];

const LAWFUL: [string, GuardContext][] = [
  ["What about your family's budget, can we look at it together?", EN],
  ["We're so sorry for your loss. Your late father's card has been closed.", EN],
  ['Your payment was declined. If it stays unpaid, the account may be referred to our attorneys.', EN],
  ["We will never visit your parents' home or contact your employer.", EN],
  ['You may decide to sell a car or other assets; that is entirely your choice.', EN],
  ['Scam alert: we never call about warrants, arrests or your Social Security number.', EN],
  ['There is no warrant for your arrest. Credit card debt is a civil matter.', EN],
  ['Whether you involve your family is completely your decision.', EN],
];

describeRound("real collectors' register, English (guardrw12)", { violations: VIOLATIONS, lawful: LAWFUL });
