import { en, type PatternRuleSpec } from '../ruleTypes.js';
import {
  CONTACT_TRIGGERS,
  contactBlast,
  EN_CHAR,
  EN_PLAIN_GAP,
  EN_THIRD,
  EXTENDED_CIRCLE_EN,
  KIN_AND_FRIENDS,
  KIN_EN,
  S,
} from '../shared/en.js';

/**
 * Privacy (English): the debt told to third parties.
 */

/** People other than the holder (FDCPA §1692c(b); Reg F §1006.6(d)). */
const THIRD_WORDS = [
  'boss',
  'employer',
  'manager',
  'supervisor',
  'coworker',
  'co-worker',
  'colleague',
  'hr department',
  'family',
  'relatives',
  'parents',
  'mother',
  'father',
  'mom',
  'dad',
  'wife',
  'husband',
  'spouse',
  'partner',
  'sister',
  'brother',
  'kids',
  'children',
  'son',
  'daughter',
  'neighbor',
  'neighbour',
  'friends',
  'landlord',
  'references',
  'contacts',
];
const WE =
  "(?:we|i|the bank|our (?:team|agents?|collectors?|office))(?:'ve|'ll|'re| have| will| are going to| already| just| also| now| plan to| intend to)*";
const TELL =
  '(?:told|tell|tells|telling|informed|inform|informing|notified|notify|notifying|contacted|contact|contacting|called|call|calling|spoke(?:n)? (?:to|with)|speak (?:to|with)|talk(?:ed)? (?:to|with)|reached out to|reach out to|reached|reach|got hold of|got in touch with|get in touch with|visited|visit|phoned|phone|let|letting|emailed|email|texted|text|messaged|message|alert|alerted|warn|warned)';
const THIRD = `(?:${THIRD_WORDS.join('|')})(?:s|'s)?`;
const RELATIVE_EN =
  '(?:brother|sister|mother|mom|father|dad|son|daughter|husband|wife|partner|friend|cousin|uncle|aunt|neighbou?r|boss|employer|landlord|coworker|colleague|roommate|relative|family)';
const DEBT_EN =
  '(?:owes?|owing|overdue|past due|debt|unpaid|balance|behind on|late on|delinquent|missed payments?)';
const CIRCLE = String.raw`(?:pastor|priest|imam|rabbi|congregation|church|mosque|temple|coach|teacher|landlord|boss|manager|employer|mum|mom|dad|parents|sister|brother|wife|husband|family)`;
const ROLE = String.raw`(?:emergency contacts?|references?|contact persons?|character references?|guarantors?|co-?makers?|referees?|alternate contacts?)`;
// Someone other than the reader, named as the debtor.
const THIS_PERSON = String.raw`(?:he|she|this person|the (?:above|said|mentioned|named) (?:person|borrower|client|individual|customer)|(?:mr|mrs|ms|miss)\.? [a-z]+(?: [a-z]+)?|your ${KIN_AND_FRIENDS}(?: [a-z]+)?|, who|with (?:phone|mobile|contact|cell|tel) (?:no\.?|number|#)[: ]*[\d ().+-]{6,20})`;
const NOT_CONDITION = String.raw`(?<!\b(?:if|when|whether|whenever)\b[^.!?\n]{0,30})`;
// The person's own words about a relative: "you said your brother has an overdue loan".
const NOT_TOLD = String.raw`(?<!\byou (?:said|told us|mentioned|say|tell us|wrote|asked)(?: that| about| whether| if)? )`;
const OWING = String.raw`(?:unresolved|unsettled|outstanding|overdue|unpaid|past[- ]due|delinquent|defaulted|financial (?:issue|matter|obligation|problem)s?|arrears)`;
const DEBT = String.raw`(?:unpaid|overdue|outstanding|defaulted|pending|late|delinquent|past[- ]due) (?:loan|debt|balance|bill|emi|amount|repayment|payment|account)`;

export const PRIVACY_THIRD_PARTY_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: ["'s number", "'s phone", "'s contact", "'s email", "'s address", 'discuss'],
    patterns: en(
      `\\b(?:give|send|share|tell) (?:me|us) (?:your )?(?:\\w+ )?${EN_THIRD}'s (?:number|phone|contact|email|address)\\b|\\bdiscuss (?:his|her|their|your) (?:balance|debt|account|arrears)s? with (?:him|her|them|your \\w+)\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: THIRD_WORDS,
    patterns: en(
      `\\b${WE}\\s+(?:already |just |now |also )?${TELL}\\s+(?:all of |each of |every one of )?(?:your|you and your)\\s+(?:(?:whole|entire|immediate|extended|direct|new|own|closest)\\s+)?${THIRD}\\b`,
      `\\b(?:your|you and your)\\s+(?:(?:whole|entire|immediate|extended|direct|new|own|closest)\\s+)?${THIRD}\\s+(?:will|is going to|are going to|'ll|'re going to|'s going to)\\s+(?:hear|find out|learn|know|be told|be informed|be notified|get a call|get a letter|be contacted)\\b`,
      `\\b${THIRD}\\s+(?:(?:now|already|all) (?:know|knows)|(?:have|has) (?:now |already )?(?:heard|been told)|were told|was told|found out)\\b[^.!?\\n]{0,30}\\b(?:debt|owe|balance|overdue|past due|behind|account)\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: [
      'online',
      'social media',
      'facebook',
      'instagram',
      'twitter',
      'tiktok',
      'internet',
      'public',
      'expose',
      'shame',
    ],
    patterns: en(
      `\\b(?:post|posting|share|sharing|publish|publishing|plaster|plastering|broadcast)\\b[^.!?\\n]{0,30}\\b(?:your (?:name|debt|balance|photo|picture|details|information|situation|account|number)|the debt|this debt|you)\\b[^.!?\\n]{0,30}\\b(?:online|on (?:social media|facebook|instagram|twitter|tiktok|the internet)|public)\\b`,
      `\\b(?:expose|publicly shame|name and shame)\\s+you\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'contact',
      'let your',
      'tell your',
      'tell him',
      'tell her',
      'tell them',
      'owes',
      'owe us',
      'behind',
      "hasn't paid",
      "won't pay",
      'dodging',
      'his card',
      'her card',
      'their card',
      'his account',
      'her account',
      'their account',
      'his debt',
      'her debt',
      'their debt',
      'his balance',
      'her balance',
      'their balance',
      'his loan',
      'her loan',
      'their loan',
    ],
    patterns: en(
      `\\byou(?:'re| are)\\b[^.!?]{0,20}\\b(?:his|her|their) (?:emergency )?contact`,
      `\\b(?:let|tell) your ${RELATIVE_EN}[^.!?]{0,60}\\b(?:${DEBT_EN}|call us|pay\\b)`,
      `\\btell (?:him|her|them)\\b[^.!?]{0,50}\\b(?:${DEBT_EN}|we called|to pay|to call|he needs|she needs)`,
      `\\byour ${RELATIVE_EN}\\b[^.!?]{0,30}\\b(?:owes|owe us|is behind|hasn't paid|won't pay|is dodging)`,
      `\\b(?:his|her|their) (?:card|account|debt|balance|loan)\\b[^.!?]{0,30}\\b(?:overdue|past due|unpaid|in default|owed|delinquent)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['shared', 'sent', 'passed', 'forwarded', 'notified', 'informed', 'told', 'reported'],
    patterns: en(
      `\\b(?:shared|sent|passed|forwarded|notified|informed|told|reported)\\b[^.!?]{0,40}\\b(?:with|to)? ?your (?:${RELATIVE_EN}|employer|hr|manager|church|community|village|neighbors|neighbours)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: [
      'group',
      'chat',
      'facebook',
      'instagram',
      'linkedin',
      'tiktok',
      'whatsapp',
      'a ring',
      'a call',
      'a buzz',
      'fill her in',
      'fill him in',
      'fill them in',
    ],
    patterns: en(
      `\\b(?:post|share|put|mention|tell|let)\\b${EN_CHAR}{0,30}\\b(?:neighbou?rhood|community|church|family|class|parents'?|hoa|building|office|work)\\s+(?:group chat|group|chat|page|forum|board|newsletter|whatsapp)\\b`,
      `\\b(?:facebook|instagram|linkedin|tiktok|whatsapp)\\b${EN_CHAR}{0,40}\\b(?:friends?|followers|connections|contacts|co-?workers|colleagues|family)\\b${EN_CHAR}{0,40}\\b(?:know|hear|see|interested|find out|learn)\\b|\\b(?:friends?|followers|connections|co-?workers|colleagues)\\b (?:on|at) (?:facebook|instagram|linkedin|tiktok|whatsapp)\\b${EN_CHAR}{0,40}\\b(?:know|hear|see|interested|find out|learn)\\b`,
      `\\bgive\\s+your\\s+(?:${KIN_EN}|boss|employer|landlord|neighbou?rs?|[a-z]+-in-law)\\s+a\\s+(?:ring|call|buzz)\\b|\\bfill (?:her|him|them) in on (?:this|your|the) (?:balance|debt|account|situation)\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['talked', 'spoke', 'spoken', 'chatted', 'a call', 'a ring', 'looped in', 'your ex'],
    patterns: en(
      `\\b(?:talked|spoke|spoken|chatted|checked in) (?:to|with) your (?:${EXTENDED_CIRCLE_EN})\\b`,
      `\\bgave your (?:${EXTENDED_CIRCLE_EN}) a (?:call|ring|buzz)\\b|\\blooped in\\b`,
      `\\byour ex\\b[^.!?]{0,6}\\b(?:said|says|told)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'contacts',
      'contact list',
      'phone book',
      'phonebook',
      'address book',
      'in your phone',
      'number',
      'our system',
      'our list',
      'our file',
      'our database',
      'our records',
      'group',
      'chat',
      'forum',
      'board',
      'page',
    ],
    patterns: en(
      String.raw`\b(?:we have|we've got|we got|we pulled|we hold|we can see|we downloaded|we have access to) (?:your |all your |all of your |the )?(?:full |entire |whole |complete )?(?:contacts(?: list)?|contact list|phone ?book|address book)\b`,
      String.raw`\byour (?:contacts|contact list|phone ?book|address book) (?:are|is) (?:all )?(?:on|in) our (?:system|list|file|database|records)\b`,
      String.raw`\b(?:every|all the) (?:phone )?numbers? (?:you've|you have) (?:ever )?(?:texted|called|messaged|dialled|dialed)\b`,
      String.raw`\b(?:every|all the|each) (?:number|contact|name)s? in your (?:phone|contacts|address book)\b`,
      String.raw`\b(?:post(?:ed)?|shar(?:e|ed)|announc(?:e|ed)|mention(?:ed)?|put)\b[^.!?]{0,30}\b(?:in|on|to) (?:the |your )?(?:hoa|residents'?|building|neighbou?rhood|neighbou?rs'?|tenants'?|condo|estate) (?:group|chat|group chat|forum|board|page)\b`,
    ),
  },
  {
    // A debt already told to contacts, references or family.
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'emergency contact',
      'contact list',
      'your contacts',
      'your references',
      'your reference',
      'phone book',
      'phonebook',
      'address book',
    ],
    patterns: en(
      String.raw`\bwe(?:'ve| have)? (?:already |just )?(?:shared|disclosed|passed on|sent|explained|mentioned|let|told|informed|notified|messaged|reached out to)\b[^.!?]{0,40}?\b(?:your|ur) (?:emergency contacts?|contact list|contacts|references?)\b`,
      String.raw`\b(?:people|everyone|a few people|some people|someone|folks) (?:in|on|from) your (?:contact list|contacts|phone ?book|address book) (?:know|knows|now know|have been told|were told|heard)\b`,
    ),
  },
  {
    // Someone in the person's circle reached or threatened with the debt.
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'want your',
      'every reference',
      'every contact',
      'loop her in',
      'loop him in',
      'loop them in',
      'pastor',
      'priest',
      'imam',
      'rabbi',
      'congregation',
      'church',
      'mosque',
      'temple',
      'coach',
      'teacher',
      'is delinquent',
      'is in default',
    ],
    patterns: en(
      String.raw`\b(?:don't|do not) want your ${CIRCLE} to (?:know|find out|hear)\b[^.!?]{0,20}?\?`,
      String.raw`\bevery (?:reference|contact)\b[^.!?]{0,40}?\b(?:on|in) your (?:phone|contacts|list|file)\b|\bloop (?:her|him|them) in\b`,
      String.raw`\b(?:reach(?:ing)? out to|contact\w*|call\w*|get(?:ting)? in touch with|speak(?:ing)? to|talk(?:ing)? to|messag\w*|tell\w*) your (?:pastor|priest|imam|rabbi|congregation|church|mosque|temple|coach|teacher)\b`,
      String.raw`\byour (?:employee|staff member|worker|tenant)\b[^.!?]{0,30}?\b(?:is delinquent|is in default)\b`,
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
      String.raw`(?<=\b(?:used|listed|named|put|registered|gave|entered|provided|declared|nominated|indicated|added|chose|chosen|tagged)\b${EN_PLAIN_GAP(30)}\b(?:you|your (?:profile|number|name|contact(?: details| number)?|details|mobile(?: number)?|phone(?: number)?|cell(?: number)?))\b${EN_PLAIN_GAP(15)}\b(?:as|to be) (?:(?:his|her|their|an?|the|one of (?:his|her|their)) )?)${ROLE}`,
      String.raw`(?<=\b(?:you|your (?:number|name|profile|contact|mobile|phone)(?: number)?)(?:'re| are| were| have been| is| was| has been)? (?:listed|registered|named|indicated|nominated|tagged|identified|saved|recorded|the|his|her|their|an?)\b${EN_PLAIN_GAP(15)}\b)${ROLE} (?:of|for|by) (?!you\b|yourself\b|your\b|the\b|this\b|our\b|a\b|an\b)`,
      String.raw`\b(?:this is a (?:message|call|text|notice) for|attention|dear|to) the ${ROLE} (?:of|for) (?!you\b|yourself\b|your\b|the\b|this\b|our\b|a\b|an\b)[a-z]+`,
      String.raw`\b(?:you )?as (?:his|her|their|[a-z]+'s) ${ROLE}\b`,
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
      String.raw`\b(?=${THIS_PERSON}\s)${NOT_CONDITION}${NOT_TOLD}${THIS_PERSON}\s+(?:still |currently |now |already )?(?:has|have|owes|is (?:in default|delinquent|past due|overdue|in arrears))\b${EN_PLAIN_GAP(25)}\b${OWING}\b(?!${EN_PLAIN_GAP(20)}\b(?:with|at|to|from) (?:another|other|a different|some other) )`,
      String.raw`\b(?=(?:his|her|their) )${NOT_CONDITION}(?:his|her|their) (?:account|loan|balance|debt|payment|credit card|card)s? (?:is|are|has been|have been|was)\b${EN_PLAIN_GAP(10)}\b(?:past due|overdue|in default|defaulted|delinquent|unpaid|outstanding|in arrears)\b`,
    ),
  },
  {
    // "He has not paid his loan", "she refuses to settle her balance".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['has not', "hasn't", 'did not', "didn't", 'failed to', 'never', 'refuse', 'failing to'],
    patterns: en(
      String.raw`\b(?=${THIS_PERSON}\s)${NOT_CONDITION}${THIS_PERSON}\s+(?:has not|hasn't|did not|didn't|has failed to|failed to|never|refuses to|refused to|keeps? failing to)(?: yet)? (?:paid|pay|settled|settle|repaid|repay)\b${EN_PLAIN_GAP(15)}\b(?:his|her|their) (?:loan|debt|balance|dues|account|bill|obligations?|amortization|installments?)`,
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
      String.raw`\b(?:he|she|your ${KIN_AND_FRIENDS}(?: [a-z]+)?) is (?:avoiding|running from|hiding from|dodging|ignoring|escaping) (?:his|her|their) (?:debts?|loans?|obligations?|payments?|creditors?|lenders?)\b`,
    ),
  },
  {
    // The same blast is the debt told to the contacts (exposure: privacy beside the threat).
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: CONTACT_TRIGGERS,
    patterns: contactBlast(),
  },
  {
    // The third person's debt told to a contact: "your contact … has an unpaid loan".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: [
      'unpaid',
      'overdue',
      'outstanding',
      'defaulted',
      'pending',
      'late',
      'delinquent',
      'past due',
      'past-due',
      'default',
      'refused',
      'failed to',
      'not paid',
      'not repaid',
      'owing',
    ],
    patterns: en(
      String.raw`\byour (?:contact|friend|relative|colleague|co-?worker|guarantor|reference|kin|kinsman|neighbou?r|kumare|kumpare|brother|sister|cousin|employee)\b${S(40)}\b(?:has|have|had|with|owes|is owing)\b (?:an? |the )?${DEBT}`,
      // "your son borrowed from us and is now in default", "your staff took a loan and refused to pay".
      String.raw`\byour (?:contact|friend|relative|colleague|co-?worker|guarantor|reference|staff|employee|worker|son|daughter|husband|wife|brother|sister|cousin|nephew|niece|tenant|neighbou?r)\b${S(30)}\b(?:borrowed|took (?:a |out a )?loan|collected (?:a )?loan|obtained (?:a )?loan|got (?:a )?loan)\b${S(60)}\b(?:refused|defaulted|in default|not (?:paid|repaid)|failed to (?:pay|repay)|owing|overdue|late|unpaid)\b`,
    ),
  },
];
