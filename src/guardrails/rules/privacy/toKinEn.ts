import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * A debt told to someone other than the debtor (guarden26, issue 16), with no "we will tell" in
 * it: the reader's friend or relative named as behind ("your friend Chinedu collected a loan from
 * us and has stopped picking calls", "ur bro vikram EMI bounced 3 times"), the collector reporting
 * it already told them ("I took the step of explaining the whole situation to your sister"), or a
 * notice to everyone who knows the person ("ATTENTION to all friends and relatives of …").
 * FDCPA §1692c(b); GDPR Art. 6; CBK and RBI conduct rules: the debt is the debtor's business alone.
 */

const KIN = String.raw`(?:employer|manager|landlord|pastor|friend|bro|brother|sister|sis|cousin|son|daughter|husband|wife|mother|father|mum|mom|dad|colleague|officemate|neighbou?r|tenant|employee|in-law|uncle|aunt|nephew|niece|boss|roommate)`;
// The person's own written authority, consent or power of attorney: a lawful disclosure.
const CONSENT = String.raw`\b(?:authori[sz]\w*|power of attorney|consent\w*|permission|at your request|as you asked)\b`;
const BEHIND = String.raw`(?:overdue|bounced|unpaid|defaulted|missed|stopped (?:picking|paying|answering|responding)|not (?:paid|picking|answering)|hasn't paid|has not paid|in arrears|behind on|dodging|hiding|absconded|ran away|run away)`;

// "your friend", "ur bro": the kin word after the possessive wakes the rule, not every "your".
const KIN_WORDS = KIN.slice(3, -1).replace('neighbou?r', 'neighbour|neighbor').split('|');
const KIN_TRIGGERS = KIN_WORDS.flatMap((k) => [`your ${k}`, `ur ${k}`]);

export const PRIVACY_TO_KIN_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: KIN_TRIGGERS,
    patterns: en(
      String.raw`\b(?:your|ur) ${KIN}\b[^.!?;\n]{0,50}?\b(?:loan|emi|credit card|card|account|payments?|balance|dues|instal?ments?|borrowed|collected|owes)\b[^.!?;\n]{0,40}?\b${BEHIND}\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: ['explain', 'told', 'inform', 'brief', 'discuss'],
    patterns: en(
      String.raw`(?<!${CONSENT}[^.!?\n]{0,80})(?<=\b(?:i|we)\b[^.!?;\n]{0,30}?)\b(?:explain\w*|told|inform\w*|brief\w*|discuss\w*)\b[^.!?;\n]{0,20}?\b(?:the (?:whole |entire |full )?(?:situation|matter|story)|everything|your (?:debt|arrears|account|balance|loan|case))\b[^.!?;\n]{0,6}?\b(?:to|with) (?:your|ur) ${KIN}\b(?![^.!?\n]{0,60}${CONSENT})`,
      String.raw`(?<!${CONSENT}[^.!?\n]{0,80})(?<=\b(?:i|we)\b[^.!?;\n]{0,30}?)\b(?:explain\w*|told|inform\w*|brief\w*)\b (?:to )?(?:your|ur) ${KIN}\b[^.!?;\n]{0,12}?\b(?:about|on|of) (?:the (?:whole |entire |full )?(?:situation|matter|story)|everything|your (?:debt|arrears|account|balance|loan|case))\b(?![^.!?\n]{0,60}${CONSENT})`,
    ),
  },
  {
    id: 'privacy.public_exposure',
    lang: 'en',
    negatable: false,
    triggers: [
      'friends',
      'relatives',
      'contacts',
      'neighbours',
      'neighbors',
      'colleagues',
      'residents',
      'members',
    ],
    patterns: en(
      String.raw`\b(?:attention|dear|hello|hi|notice)\b[^.!?;\n]{0,6}?\b(?:all|every|everyone|everybody)\b[^.!?;\n]{0,20}?\b(?:friends|relatives|contacts|neighbou?rs|colleagues|residents|members)\b(?: and (?:\w+ ){0,2})? of\b(?=[^\n]{0,200}?\b(?:borrow\w*|loans?|owes?|owing|debts?|defaulter|dodging|hiding|overdue|arrears|unpaid)\b)`,
    ),
  },
];
