import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * The thirteenth session's English classes (rules/structS13En.ts): credit reporting misrepresented
 * and contact by the clock and by count, in phrasings written by guard13 for this test, none taken
 * from the outside round or from check-s13: they show each class is read, they are NOT a figure.
 */
const EN: GuardContext = { locale: 'en', verified: true };

describeRound('thirteenth-session English classes (guard13)', {
  violations: [
    ['Settle now. Once the bureaus get this, it stays on there forever.', EN, 'misrepresentation'],
    ['Your FICO is going to hit 300 the minute we report.', EN, 'misrepresentation'],
    ['That late mark will never come off your credit file.', EN, 'misrepresentation'],
    ["We'll place a permanent flag on your credit report.", EN, 'misrepresentation'],
    ['Paying now is the only way to keep the default off your credit file.', EN, 'misrepresentation'],
    ['If you skip this one your credit score plummets by 200 points overnight.', EN, 'misrepresentation'],
    ['3:12 AM. Still awake? Good. We are too.', EN, 'harassment'],
    ["We'll start ringing you at 4 AM tomorrow.", EN, 'harassment'],
    ['Called you 11 times already. Plenty more coming.', EN, 'harassment'],
    ['Your mobile, your office, your landline. Nonstop until you pay.', EN, 'harassment'],
    ["Blocked this number? We've got plenty more.", EN, 'harassment'],
    ["We'll text you every ten minutes till you answer.", EN, 'harassment'],
    ['Once this is reported, it is on your record for good.', EN, 'misrepresentation'],
    ["You'll have a black mark that never goes away.", EN, 'misrepresentation'],
    ['We report you to Experian tonight, and it can never be removed.', EN, 'misrepresentation'],
    ["Midnight text: we know you're up. Answer.", EN, 'harassment'],
    ['Expect texts after midnight from now on.', EN, 'harassment'],
  ],
  lawful: [
    ['A late payment can stay on your credit report for up to seven years.', EN],
    ['Your score may drop by up to 100 points if a payment is reported late.', EN],
    ['Negative items do not stay on your report forever; most are removed after seven years.', EN],
    ['There is no permanent mark; the account will show as paid.', EN],
    ['We called at 10:30 AM and 4 PM; please call back.', EN],
    ["If it's easier, you can call us at 11 PM; the line is open.", EN],
    ['Your home phone and your cell are both on file; tell us which one you prefer.', EN],
    ['You asked us to stop calling your home and your work every day, and we have.', EN],
    ["We won't ever call you after 9 PM or before 8 AM.", EN],
    ["It won't be on your record forever; it's removed after seven years.", EN],
    ["We know you're up early for work, so we'll call after 9 AM.", EN],
    ['You can call us until 11 PM on weekdays.', EN],
    ['A missed payment is not a mark that never goes away; it ages off after seven years.', EN],
  ],
});
