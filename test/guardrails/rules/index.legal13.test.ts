import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Invented legal process in English (rules/structLegal13.ts) and the two lawful readings it
 * restores (a hardship notice listing life events, an account "eligible to be referred" to a
 * lawyer), in phrasings written by guardrw13b for this test, none from its check set
 * (checkRw13b.en.jsonl) or any real message: they show each class is read, they are NOT a figure.
 */
const EN: GuardContext = { locale: 'en', verified: true };
const WRONG: GuardContext = { locale: 'en', verified: false };

const VIOLATIONS: [string, GuardContext, string][] = [
  ['Ignoring us can end with a warrant being issued against you.', EN, 'false_legal'],
  ['We are requesting a bench warrant this week.', EN, 'false_legal'],
  ["We're about to serve you with legal papers.", EN, 'false_legal'],
  ["You'll be served at your workplace tomorrow.", EN, 'false_legal'],
  ['A process server is on the way to your office.', EN, 'false_legal'],
  ['You have been named as a defendant and may be ordered to appear.', EN, 'false_legal'],
  ['Your hearing has been placed on the court calendar for Monday.', EN, 'false_legal'],
  ['Case number 55-2210 has been assigned and sent for legal processing.', EN, 'false_legal'],
  ['A sworn affidavit has been prepared against you.', EN, 'false_legal'],
  ['Your file sits with our pre-legal unit now.', EN, 'false_legal'],
  ['Pay within 24 hours or face legal action. Sincerely, the Legal Team', EN, 'false_legal'],
  ['Tell her we are reporting her case to the fraud task force.', WRONG, 'false_legal'],
];

const LAWFUL: [string, GuardContext][] = [
  ['We will not have you arrested, and no warrant will ever be issued over a card debt.', EN],
  ['A scammer may say a warrant has been issued. We never will.', EN],
  ['If you are ever served with court papers, read them and respond by the date they give.', EN],
  ['If you were a victim of identity theft, file a report with your local police department.', EN],
  ['Our legal team reviewed your complaint and will reply in writing.', EN],
  ['An affidavit of identity theft is a form you can send us to report fraud.', EN],
  ['A divorce, an illness or losing your job can affect what you can afford. Please talk to us.', EN],
  [
    'Your account is eligible to be referred to an attorney. If we refer it, a law firm may review it for possible legal options.',
    EN,
  ],
];

describeRound('invented legal process, English (guardrw13b)', { violations: VIOLATIONS, lawful: LAWFUL });
