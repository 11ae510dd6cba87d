import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { ENFORCER, S } from '../shared/en.js';

/**
 * Misrepresentation (English): posing as an authority.
 */

const BALANCE = String.raw`(?:balance|how much you owe|amount (?:outstanding|owed|due)|outstanding (?:amount|balance)|debt|owe on|account)`;
const EN_REG = String.raw`(?:consumer financial protection bureau|cfpb|federal trade commission|ftc|attorney general'?s?|comptroller of the currency|federal reserve|fdic|department of justice)`;
const AGENCY = String.raw`(?:center|centre|unit|division|bureau|department|office|agency|task force|commission|directorate)`;
// Legal-sounding or clerical names a collector hides behind.
const DRESS = String.raw`(?:attorneys?|legal|law|litigation|judicial|court|documents?|processing|claims?|verification|dispute|mediation|arbitration|settlement|compliance)`;
const OFFICE = String.raw`(?:services?|office|offices|bureau|center|centre|department|division|group|unit|associates|network|resolution|review|desk)`;
const STRONG = String.raw`(?:investigat\w*|enforcement|crimes?|criminal|justice|prosecutions?|law and \w+|debt crimes?)`;
const GOV = String.raw`(?:bureau|agency|authority|commission|directorate|ministry|task force|cell)`;
const BODY = String.raw`(?:department|division|unit|office|${GOV})`;
const SOFT = String.raw`(?:legal|compliance|debt|credit|recovery|collections?)`;

export const MISREPRESENTATION_AUTHORITY_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'government',
      'federal',
      'irs',
      'internal revenue',
      'treasury',
      'central bank',
      'regulator',
      'cfpb',
      'credit bureau',
      'equifax',
      'experian',
      'transunion',
      'attorney general',
      'department of justice',
      'fbi',
    ],
    patterns: en(
      `\\b(?:this is|i am|i'm|we are|we're|calling from|writing from|on behalf of|representing|i work for|we work for)\\s+(?!not |never |no )(?:calling |writing )?(?:on behalf of |from )?(?:the |a |your )?(?:[a-z]+ ){0,2}?(?:government|federal|irs|internal revenue service|treasury|central bank|federal reserve|regulator|cfpb|credit bureau|equifax|experian|transunion|attorney general|department of justice|fbi)\\b`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      ...'officer detective sergeant deputy judge attorney inspector marshal lawyer paralegal investigator court sheriff police prosecutor government'.split(
        ' ',
      ),
    ],
    patterns: en(
      `\\b(?:i'm|i am|we're|we are) (?:with|from|calling from) the (?:county |district |state |federal |local )?(?:sheriff|police|court|attorney general|district attorney|marshal)`,
      `\\bthis is (?:officer|detective|sergeant|deputy|judge|attorney|inspector|marshal)\\b`,
      `\\b(?:i'm|i am) (?:an? |the )?(?:attorney|lawyer|paralegal|police officer|detective|investigator|court officer|marshal|deputy)\\b`,
      `\\bfrom the (?:county|district|state|federal|superior|municipal|circuit) (?:court|attorney|sheriff|police|prosecutor)`,
      `(?<!\\b(?:complain|complaint|report it|write|contact|tell) (?:to |with )?(?:the |your )?(?:[a-z]+ or (?:the |your )?)?(?:state |local )?)\\b(?:attorney general|district attorney)(?:'s office)?\\b|\\bgovernment debt\\b|\\bgovernment (?:notice|agency|department) (?:regarding|about|concerning|for) your\\b`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['enforcement', 'recovery', 'collection'],
    patterns: en(
      `\\b(?:office|department|bureau|division|agency|board|commission) (?:of|for) (?:consumer )?(?:debt|financial|credit) (?:enforcement|recovery)\\b`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['bureau', 'agency', 'department', 'authority', 'center', 'centre', 'commission'],
    patterns: en(
      `\\b(?:this is|we are|we're|i'm calling from|calling from|on behalf of) (?:the )?(?:national|federal|state|central|government|us|u\\.s\\.)\\b[^.!?]{0,20}\\b(?:debt|credit|recovery|collections?|enforcement)\\b[^.!?]{0,15}\\b(?:bureau|agency|department|authority|center|centre|commission)\\b`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['appointed by', 'authorized by', 'authorised by'],
    patterns: en(
      `\\b(?:appointed|authori[sz]ed|commissioned) by the (?:supreme |district |federal |state )?(?:court|police|government|treasury)\\b`,
    ),
  },
  {
    // Invented agencies and officers: "Officer Grant from the Financial Compliance Unit".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'officer',
      'inspector',
      'investigator',
      'detective',
      'special agent',
      'consumer protection',
      'financial compliance',
      'financial crime',
      'financial enforcement',
      'financial recovery',
      'debt enforcement',
      'debt recovery',
      'debt collection',
      'debt compliance',
      'credit compliance',
      'credit enforcement',
      'credit recovery',
      'national debt',
      'state debt',
      'federal debt',
    ],
    patterns: en(
      String.raw`\b(?:officer|inspector|investigator|detective|special agent) [a-z]+ (?:here )?(?:from|with|of|at) the\b[^.!?]{0,40}\b(?:unit|bureau|office|authority|agency|division|department|registry|commission|directorate|service)\b`,
      String.raw`\b(?:this is|i'm|i am|we are|we're|calling from|on behalf of)\b[^.!?]{0,20}\b(?:from |with |at )?the (?:consumer protection|financial (?:compliance|crimes?|enforcement|recovery)|debt (?:enforcement|recovery|collection|compliance)|credit (?:compliance|enforcement|recovery)|national debt|state debt|federal debt)\b[^.!?]{0,25}\b(?:bureau|unit|office|authority|agency|division|department|registry|commission|service)\b`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['representing the', 'on behalf of the', 'acting for the', 'sent by the', 'working for the'],
    patterns: en(
      String.raw`\b(?:representing|on behalf of|acting for|sent by|working for) the (?:court|courts|judge|county court|district court|state court|sheriff|magistrate)\b`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['bureau', 'authority', 'agency', 'commission', 'registry', 'tribunal', 'board', 'council'],
    patterns: en(
      String.raw`\b(?:this is|calling from|call is from|message is from|letter is from|notice is from|we are|we're|i'm from|i am from) the (?:[a-z]+ ){0,3}?(?:debt|credit|fraud|collections?|recovery|resolution|enforcement|compliance|arrears|default)\b(?: [a-z]+){0,2} (?:bureau|authority|agency|commission|registry|tribunal|board|council)\b`,
    ),
  },
  {
    // A pretext identity (courier, survey, pharmacy, payroll, records office) used to make the
    // person confirm a debt.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'this is',
      "i'm",
      'i am',
      'calling from',
      'on behalf of',
      "we're",
      'we are',
      'hello from',
      'courier here',
      'parcel here',
      'delivery here',
    ],
    patterns: en(
      String.raw`\b(?:this is|i'm|i am|we're|we are|calling from|calling on behalf of|on behalf of|hello from)\b[^.!?]{0,25}?\b(?:deliver(?:y|ies)|courier|parcel|package|survey|pharmacy|payroll|human resources|process server'?s?|records office|clerk'?s? office|post office|prize|sweepstakes|lottery|census)\b[\s\S]{0,120}?\b(?:confirm|verify|tell me|what is|state|discuss|talk about|call (?:us )?back (?:about|regarding))\b[^.!?]{0,40}?\b${BALANCE}\b`,
      String.raw`\b(?:courier|parcel|delivery) here\b[\s\S]{0,80}?\b(?:confirm|verify)\b[^.!?]{0,40}?\b${BALANCE}\b`,
    ),
  },
  {
    // An agency said to be copied, a sheriff's office on the line.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'irs',
      'treasury',
      'fbi',
      'attorney general',
      'district attorney',
      'sheriff',
      'marshal',
      'constable',
    ],
    patterns: en(
      String.raw`\b(?:irs|treasury|fbi|attorney general|district attorney)\b[^.!?]{0,30}?\b(?:have been|has been|were|was|are|is|been) (?:copied|notified|informed|involved|alerted|cc'd)\b`,
    ),
  },
  {
    // "This is the county sheriff's office about your debt": adjacency stands for the negation.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: false,
    triggers: ['sheriff', 'marshal', 'constable'],
    patterns: en(
      String.raw`\bthis is (?:the )?(?:county |city |local |state )?(?:sheriff|marshal|constable)(?:'s)?(?: office| department)?\b[^.!?]{0,30}?\b(?:debt|account|balance|card|owe)\b`,
    ),
  },
  {
    // A regulator's name as the caller: "This is the CFPB enforcement desk".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'consumer financial protection bureau',
      'cfpb',
      'federal trade commission',
      'ftc',
      'attorney general',
      'comptroller of the currency',
      'federal reserve',
      'fdic',
      'department of justice',
    ],
    patterns: en(
      String.raw`\b(?:this is|you're speaking (?:with|to)|you are speaking (?:with|to)|calling (?:you )?from|message from|i'm|i am|we're|we are|officer \w+|agent \w+|investigator \w+)\b(?: \w+){0,3}? (?:with |from |at |of )?(?:the )?(?:state |federal )?${EN_REG}`,
    ),
  },
  {
    // An invented enforcement office as the sender or the caller.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['enforcement', 'compliance', 'recovery', 'control'],
    patterns: en(
      String.raw`(?:\[|\b(?:notice|message|alert|letter) from |\b(?:this is|here is|calling from|on behalf of) )(?:the )?${ENFORCER}\b`,
      String.raw`\b${ENFORCER}\b(?: here\b|:| has\b| have\b)`,
    ),
  },
  {
    // "National Crime Information Center alert on your SSN", "Financial Crimes Enforcement Division".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'crime',
      'criminal',
      'investigation',
      'investigative',
      'enforcement',
      'compliance',
      'prosecutor',
      'prosecution',
      'fraud',
    ],
    patterns: en(
      String.raw`\b(?:crimes?|criminal|investigations?|investigative|enforcement|prosecutor's|prosecution)(?: [a-z]+){0,2} ${AGENCY}\b`,
      String.raw`\b(?:national|federal|state|county|financial|consumer)(?: [a-z]+){0,2} (?:compliance|crimes?|fraud|investigations?) ${AGENCY}\b`,
      String.raw`\b(?:consumer|financial) fraud task force\b`,
      String.raw`\b${AGENCY} of (?:financial|consumer|federal|national|state|criminal) (?:compliance|crimes?|investigations?|enforcement|fraud)\b`,
    ),
  },
  {
    // "Your name has been flagged in the NCIC database": a crime database invoked.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['ncic', 'crime information', 'crime database', 'criminal database', 'fbi database'],
    patterns: en(String.raw`\bncic\b|\bnational crime information\b|\b(?:crime|criminal|fbi) database\b`),
  },
  {
    // "This is the Document Processing Center", "call the National Legal Services Office".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'this is',
      'calling from',
      'call the',
      'contact the',
      'reach the',
      'message from',
      'notice from',
      'call from',
      'behalf of',
      'law office',
      'law firm of',
    ],
    patterns: en(
      String.raw`\b(?:this is|calling from|(?:call|contact|reach) the|(?:message|notice|call) from) (?:the )?(?:(?:national|federal|state|county|district|regional|central|american|united) )?(?:[a-z]+ )?${DRESS}(?: [a-z]+)? ${OFFICE}\b`,
      String.raw`\b(?:on )?behalf of (?:the |your )?(?:(?:county|district|state|federal|superior|municipal|circuit|local) )?(?:court|courthouse|judge|sheriff|attorney general)\b`,
      String.raw`\b(?:from|with|at) (?:the )?law (?:offices?|firm) of\b`,
    ),
  },
  {
    // "…and a mediator has been assigned to your file".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['mediator', 'arbitrator'],
    patterns: en(String.raw`\b(?:mediator|arbitrator) (?:has been |was |is )?(?:assigned|appointed)\b`),
  },
  {
    // "This is Investigator Ray Collins", "this is private detective …", "I'm officer Kate".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['this is', 'my name is', 'i am', "i'm"],
    patterns: en(
      String.raw`\b(?:this is|my name is|i am|i'm)\s+(?:a |an |the )?(?:private |special |senior |chief |lead )?(?:detective|investigator|officer|sheriff|deputy|marshal|inspector|sergeant|constable|process server)\b`,
    ),
  },
  {
    // A caller from an invented bureau: "the National Bureau of Debt Investigation", "the legal division of the bureau".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'department',
      'division',
      'unit',
      'office',
      'bureau',
      'agency',
      'authority',
      'commission',
      'directorate',
      'ministry',
      'task force',
      'cell',
    ],
    patterns: en(
      String.raw`\b(?:from|this is|calling|call is|behalf of|representing|i am with|i'm with|we are|we're)\b${S(30)}\b(?:${STRONG} (?:[\w&-]+ ){0,3}?${BODY}|${BODY} (?:of|for) (?:[\w&-]+ ){0,3}?${STRONG})\b`,
      String.raw`\b(?:from|this is|calling|call is|behalf of|representing|i am with|i'm with|we are|we're)\b${S(30)}\b(?:${SOFT} (?:[\w&-]+ ){0,3}?${GOV}|${GOV} (?:of|for) (?:[\w&-]+ ){0,3}?${SOFT}|${SOFT} (?:division|unit|department|wing) of (?:the )?(?:[\w&-]+ ){0,3}?${GOV})\b`,
      String.raw`\b(?:the )?(?:${STRONG} (?:[\w&-]+ ){0,3}?${BODY}|${BODY} of (?:[\w&-]+ ){0,3}?${STRONG})\b${S(30)}\b(?:has|have) (?:flagged|opened|registered|received|assigned|been (?:notified|instructed|assigned))\b`,
    ),
  },
];
