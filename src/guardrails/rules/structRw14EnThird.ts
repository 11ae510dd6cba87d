import { en, type PatternRuleSpec } from './ruleTypes.js';
import { GAP } from './structRegister12En.js';

/**
 * Third persons in real collectors' English (guardrw14en, issue 16), written by class from the
 * helper's own training lines (training/guardrails/rw14.en.yaml), not from its check set or a real
 * message: a named person branded a criminal who is "wanted by the police" or "stole from our
 * company" (defamation, FDCPA §1692e(7), §1692d(3)); emergency-contact and reference notices that
 * tell whoever answers that someone else has a debt ("X with phone no … has an unresolved
 * financial issue with our company", "you are listed as the emergency contact of…", "as her
 * reference, make sure she pays") and ask them to get the person to pay (§1692c(b), §1692b(2)).
 */
const LABEL = String.raw`(?:fraudsters?|scammers?|thie(?:f|ves)|swindlers?|con ?artists?|con ?m[ae]n|criminals?|frauds?|crooks?|cheats?|fugitives?|estafadors?)`;
const WANTED = String.raw`(?:wanted|hunted|sought|being (?:looked for|hunted|sought|investigated|tracked)|on the run|(?:a )?fugitive|(?:a |an )?(?:arrest )?warrant|(?:the )?(?:police|authorities|law|nbi|fbi|cops|interpol) (?:are|is) (?:after|looking for|hunting|searching for|on to|tracking))`;
// Not a scam warning about impostors: "scammers are criminals wanted by the police".
const NOT_IMPOSTOR = String.raw`(?<!\b(?:scammers?|fraudsters?|impostors?|imposters?|they|these|those|such (?:people|callers)|callers?)\s)`;
const ROLE = String.raw`(?:emergency contacts?|references?|contact persons?|character references?|guarantors?|co-?makers?|referees?|alternate contacts?)`;
const KIN = String.raw`(?:friend|relative|brother|sister|cousin|son|daughter|husband|wife|mother|father|mom|dad|colleague|employee|tenant|neighbou?r|spouse|partner|boyfriend|girlfriend|uncle|aunt|nephew|niece|contact|co-?worker)`;
// Someone other than the reader, named as the debtor.
const THIRD = String.raw`(?:he|she|this person|the (?:above|said|mentioned|named) (?:person|borrower|client|individual|customer)|(?:mr|mrs|ms|miss)\.? [a-z]+(?: [a-z]+)?|your ${KIN}(?: [a-z]+)?|, who|with (?:phone|mobile|contact|cell|tel) (?:no\.?|number|#)[: ]*[\d ().+-]{6,20})`;
const OWING = String.raw`(?:unresolved|unsettled|outstanding|overdue|unpaid|past[- ]due|delinquent|defaulted|financial (?:issue|matter|obligation|problem)s?|arrears)`;
// The person's own words about a relative: "you said your brother has an overdue loan".
const NOT_TOLD = String.raw`(?<!\byou (?:said|told us|mentioned|say|tell us|wrote|asked)(?: that| about| whether| if)? )`;
const NOT_CONDITION = String.raw`(?<!\b(?:if|when|whether|whenever)\b[^.!?\n]{0,30})`;

export const STRUCT_RW14_EN_THIRD: PatternRuleSpec[] = [
  {
    // "Jane Doe is a fraudster and is wanted by the police", "a thief who stole from our company".
    id: 'defamation.criminal_label',
    lang: 'en',
    negatable: true,
    triggers: [
      'fraud',
      'scammer',
      'thie',
      'swindl',
      'con artist',
      'conartist',
      'con man',
      'con men',
      'conman',
      'conmen',
      'committed',
      'criminal',
      'crook',
      'cheat',
      'fugitive',
      'estafador',
      'wanted',
      'hunted',
      'sought',
    ],
    patterns: en(
      String.raw`\b(?=(?:is|are|was) (?:a |an )?(?:known |real |big |total |confirmed |notorious |wanted |certified |professional )?${LABEL}\b)${NOT_IMPOSTOR}(?:is|are|was) (?:a |an )?(?:known |real |big |total |confirmed |notorious |wanted |certified |professional )?${LABEL}\b${GAP(40)}\b${WANTED}`,
      String.raw`\b(?=(?:is|are) (?:a |an )?(?:known |real |big |total |notorious )?${LABEL}\b)${NOT_IMPOSTOR}(?:is|are) (?:a |an )?(?:known |real |big |total |notorious )?${LABEL}[,;]? (?:who|that|and|he|she)(?: (?:just|always|also))? (?:steals?|stole|ran (?:off|away)|runs? (?:off|away)|borrows?(?: money)? and (?:disappears?|runs?|vanish\w*|hides?)|swindles?|swindled|cheats?|cheated|robs?|robbed|took|takes)\b${GAP(30)}\b(?:from|with|our|money|lenders?|us|people|company|everyone)\b`,
      String.raw`\b(?:he|she|[a-z]+) (?:has|have) committed (?:fraud|a crime|crimes|theft|estafa|a felony)\b${GAP(40)}\b(?:against (?:us|our|the company|lenders)|and (?:is|are) (?:now )?(?:wanted|being hunted|hunted|on the run|sought|being sought))`,
      String.raw`(?<!\byou |\byou're |\byou are |\byou have been )\b(?:is|has been) (?:now )?(?:wanted|being hunted|hunted|being sought|sought) by (?:the )?(?:police|authorities|nbi|fbi|cops|law enforcement|interpol|law)\b`,
    ),
  },
  {
    // "She used your profile as her emergency contact", "you are listed as a reference for Jon",
    // "as his character reference, you are requested…".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'emergency contact',
      'reference',
      'contact person',
      'guarantor',
      'co-maker',
      'comaker',
      'referee',
      'alternate contact',
    ],
    patterns: en(
      String.raw`(?<=\b(?:used|listed|named|put|registered|gave|entered|provided|declared|nominated|indicated|added|chose|chosen|tagged)\b${GAP(30)}\b(?:you|your (?:profile|number|name|contact(?: details| number)?|details|mobile(?: number)?|phone(?: number)?|cell(?: number)?))\b${GAP(15)}\b(?:as|to be) (?:(?:his|her|their|an?|the|one of (?:his|her|their)) )?)${ROLE}`,
      String.raw`(?<=\b(?:you|your (?:number|name|profile|contact|mobile|phone)(?: number)?)(?:'re| are| were| have been| is| was| has been)? (?:listed|registered|named|indicated|nominated|tagged|identified|saved|recorded|the|his|her|their|an?)\b${GAP(15)}\b)${ROLE} (?:of|for|by) (?!you\b|yourself\b|your\b|the\b|this\b|our\b|a\b|an\b)`,
      String.raw`\b(?:this is a (?:message|call|text|notice) for|attention|dear|to) the ${ROLE} (?:of|for) (?!you\b|yourself\b|your\b|the\b|this\b|our\b|a\b|an\b)[a-z]+`,
      String.raw`\b(?:you )?as (?:his|her|their|[a-z]+'s) ${ROLE}\b`,
    ),
  },
  {
    // "Your cousin listed you on his loan", "Mark put your number on his loan application".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['his ', 'her ', 'their '].flatMap((w) =>
      ['loan', 'application', 'account', 'form', 'file', 'record'].map((o) => `${w}${o}`),
    ),
    patterns: en(
      String.raw`\b(?:put|listed|used|gave|entered|wrote|added)\b${GAP(10)}\b(?:you|your (?:number|name|details|contact))\b (?:on|in|for|to) (?:his|her|their) (?:loan|application|account|form|file|records?)\b`,
    ),
  },
  {
    // "X with phone no … has an unresolved financial issue with our company", "she has unpaid
    // balance at the app", "his account is past due".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'unresolved',
      'unsettled',
      'outstanding',
      'overdue',
      'unpaid',
      'past due',
      'past-due',
      'delinquent',
      'defaulted',
      'financial',
      'arrears',
      'default',
    ],
    patterns: en(
      String.raw`\b(?=${THIRD}\s)${NOT_CONDITION}${NOT_TOLD}${THIRD}\s+(?:still |currently |now |already )?(?:has|have|owes|is (?:in default|delinquent|past due|overdue|in arrears))\b${GAP(25)}\b${OWING}\b(?!${GAP(20)}\b(?:with|at|to|from) (?:another|other|a different|some other) )`,
      String.raw`\b(?=(?:his|her|their) )${NOT_CONDITION}(?:his|her|their) (?:account|loan|balance|debt|payment|credit card|card)s? (?:is|are|has been|have been|was)\b${GAP(10)}\b(?:past due|overdue|in default|defaulted|delinquent|unpaid|outstanding|in arrears)\b`,
    ),
  },
  {
    // "He has not paid his loan", "she refuses to settle her balance".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['has not', "hasn't", 'did not', "didn't", 'failed to', 'never', 'refuse', 'failing to'],
    patterns: en(
      String.raw`\b(?=${THIRD}\s)${NOT_CONDITION}${THIRD}\s+(?:has not|hasn't|did not|didn't|has failed to|failed to|never|refuses to|refused to|keeps? failing to)(?: yet)? (?:paid|pay|settled|settle|repaid|repay)\b${GAP(15)}\b(?:his|her|their) (?:loan|debt|balance|dues|account|bill|obligations?|amortization|installments?)`,
    ),
  },
  {
    // "Anna owes our company money", "he is avoiding his debt".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['owes', 'avoiding', 'running from', 'hiding from', 'dodging', 'ignoring', 'escaping'],
    patterns: en(
      String.raw`\b(?!you\b|who\b|whoever\b|anyone\b|everyone\b|that\b|it\b)[a-z]+ owes (?:us|our (?:company|firm|office|app|bank)|the (?:company|app|bank)|this (?:company|app)|money|a debt)\b`,
      String.raw`\b(?:he|she|your ${KIN}(?: [a-z]+)?) is (?:avoiding|running from|hiding from|dodging|ignoring|escaping) (?:his|her|their) (?:debts?|loans?|obligations?|payments?|creditors?|lenders?)\b`,
    ),
  },
  {
    // "Tell him to pay or we will file a police case against him": no card debt is a police matter.
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['police', 'criminal'],
    patterns: en(
      String.raw`\b(?:we|i|our (?:company|office|team|legal team))(?:'ll| will| shall|'re going to| are going to| are| am|'m)?(?: now)? (?:file|filing|lodge|lodging|open|opening|register|make|submit|raise)(?: a| an)? (?:police (?:case|report|complaint|blotter)|criminal (?:case|complaint|charges?)|case with the police|complaint with the police|report with the police)\b${GAP(20)}\bagainst (?:you|him|her|them)\b`,
    ),
  },
  {
    // "We urge you to reach out to this person to make her payment", "coordinate his payment",
    // "make sure she pays", "convince him to pay".
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: ['payment', 'pay', 'settle', 'clear', 'repay'],
    patterns: en(
      String.raw`\b(?:reach out to|contact|tell|remind|advise|inform|convince|urge|ask|persuade|help|push|encourage|talk to|speak to|follow up with)\b (?:him|her|them|this person|the (?:borrower|client|person|above person))\b${GAP(20)}\b(?:to )?(?:make (?:his|her|their) (?:payment|repayment)s?|pay|settle|clear|repay)\b`,
      String.raw`\b(?:coordinate|arrange|facilitate|ensure|secure|follow up) (?:his|her|their) (?:payment|repayment|settlement)s?\b`,
      String.raw`\bmake sure (?:he|she|they|your ${KIN}(?: [a-z]+)?) (?:pays|pay|settles|settle|clears|repays)\b`,
    ),
  },
];
