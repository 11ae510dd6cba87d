import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * The debt told to a third person (guarden25, issue 16): a relative, friend or colleague told that
 * "your son took a loan and ran away" or "your cousin is not paying his EMI"; the person's
 * commanding officer, HR, boss or employer "will be informed" or "will receive a call"; reminders
 * about the loan sent to "the people in your contact list". A location call that names no debt
 * (negationRelay.ts) and an employer told by the court under an order ("notified by the court")
 * stay lawful. FDCPA §1692b, §1692c(b); Reg F §1006.6(d); Kenya CBK and Philippines SEC MC 18
 * digital-lender rules.
 */

const RELATION = String.raw`(?:son|daughter|husband|wife|brother|sister|cousin|nephew|niece|uncle|aunt|auntie|mother|mom|mum|father|dad|friend|kumare|kumpare|kaibigan|brother-in-law|sister-in-law|in-law|son-in-law|daughter-in-law|tenant|employee|staff|colleague|neighbou?r|boyfriend|girlfriend|partner|relative|kin|child|boy|girl)`;
const BORROWED = String.raw`(?:took|taken|collected|borrowed|got|obtained|applied for) (?:a |an |this |the )?(?:\w+ )?(?:loan|credit|advance|emi)`;
const OWING = String.raw`(?:is not paying|isn't paying|is not repaying|has not paid|hasn't paid|has not repaid|didn't pay|did not pay|refused to (?:re)?pay|refuses to (?:re)?pay|is owing|owes|has defaulted|defaulted|is defaulting|has an? (?:unpaid|overdue|outstanding|delinquent|past[- ]due|defaulted) (?:loan|account|balance|debt|emi)|is (?:\d+ days )?(?:overdue|in arrears|delinquent))`;
const AUTHORITY = String.raw`(?:commanding officer|unit commander|first sergeant|superior officer|superiors?|supervisor|boss|manager|hr(?: department| manager| team)?|human resources|payroll(?: department| office)?|employer|company|office ?mates|colleagues|co-?workers|landlord|pastor|church|principal|village elder|chief|barangay captain)`;

export const PRIVACY_CONTACTS_EN: PatternRuleSpec[] = [
  {
    // "Your son took a loan from us and ran away", "ur cousin Ramesh is not paying his EMI".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'loan',
      'credit',
      'advance',
      'emi',
      'paying',
      'paid',
      'repa',
      'owing',
      'owes',
      'default',
      'overdue',
      'arrears',
      'delinquent',
      'past due',
      'past-due',
      'unpaid',
      'outstanding',
    ],
    patterns: en(
      String.raw`(?<!\bif )\b(?:your|ur) ${RELATION}\b(?: [\w.]+){0,2}?,? (?:has |had |have )?(?:${BORROWED}|${OWING})\b`,
    ),
  },
  {
    // "Your commanding officer will be informed", "your employer at X will receive a call from our team".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'informed',
      'notified',
      'told',
      'contacted',
      'called',
      'emailed',
      'written to',
      'made aware',
      'alerted',
      'receive',
      'get a call',
      'hear from',
      'get a message',
      'get a letter',
    ],
    patterns: en(
      String.raw`\b(?:your|ur) ${AUTHORITY}\b(?: at [\w .&'-]{1,30}?)? (?:will|shall|is going to|are going to|gonna|would|'ll|must|is about to|are about to) (?:soon |also |now |then |be )*(?:be )?(?:informed|notified|told|contacted|called|emailed|written to|made aware|alerted|receiv(?:e|ing) (?:a |an |our )?(?:call|calls|letter|message|email|visit|notice)|get (?:a |an |our )?(?:call|letter|message|email|notice)|hear from (?:us|our))\b(?![^.!?\n]{0,30}\bby the court\b)`,
    ),
  },
  {
    // "We will be sending a reminder about your loan to the people in your contact list".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['contact list', 'contacts', 'phone book', 'phonebook', 'address book', 'phone list'],
    patterns: en(
      String.raw`\b(?:send|sending|sent|forward|forwarding|text|texting|message|messaging|call|calling|notify|notifying|inform|informing|alert|alerting|remind|reminding|email|emailing|blast|blasting)\b[^.!?\n]{0,50}?\b(?:to |)(?:all |each of |every one of )?(?:the )?(?:people|persons|everyone|everybody|numbers|names) (?:in|on|from|saved in) (?:your|ur) (?:contact list|contacts|phone ?book|phone list|address book|phone)\b`,
      String.raw`\b(?:your|ur|all (?:your|ur)) (?:contacts|contact list|phone ?book contacts|references) (?:will|shall|are going to|gonna|'ll) (?:soon |all |also |now )*(?:be|b) (?:informed|notified|told|contacted|called|messaged|texted|alerted)\b`,
    ),
  },
];
