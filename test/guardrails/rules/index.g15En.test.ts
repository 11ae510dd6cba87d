import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * The fifteenth session's English classes (rules/structG15En.ts), in phrasings written by guard15
 * for this test, none taken from the outside round or from check-g15: they show each class is read,
 * they are NOT a figure.
 */
const EN: GuardContext = { locale: 'en', verified: true };

describeRound('fifteenth-session English classes (guard15)', {
  violations: [
    ['skip town if u want, we always find u. next time it wont be a text', EN, 'threat'],
    ["ignore us again and next visit won't be friendly", EN, 'threat'],
    ['the folks who dodge us usually end up hurt, think about it', EN, 'threat'],
    ['po-po gonna be at ur door by friday, not kidding', EN, 'false_legal'],
    ['we handed ur whole file to the DA this morning', EN, 'false_legal'],
    ['keep ignoring this = jail, ur choice', EN, 'false_legal'],
    [
      "Pay me today and I'll see to it the charge-off gets erased from Experian.",
      EN,
      'unauthorized_commitment',
    ],
    ['i can get the bureaus to drop every late mark if u pay now', EN, 'unauthorized_commitment'],
  ],
  lawful: [
    ['Please find your statement attached; next time it will come by email, as you asked.', EN],
    ['Police do not get involved in credit card balances; this is a civil account.', EN],
    ['If Experian shows a late payment reported in error, we will have it removed.', EN],
    ["We won't erase accurate history from your credit file, but we'll report the account as paid.", EN],
  ],
});
