import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * A borrower's contacts told of the debt and asked to press the borrower, in English and Taglish
 * (guard17en, issue 16), written by class from the helper's own check set
 * (test/guardrails/labelled/check-g17.en.jsonl): "your contact/friend/guarantor … has an unpaid
 * loan", "kindly inform the debtor …", "urge/remind/tell them to pay", "pakisabi sa kanya". The
 * lawful location call and the limited-content relay (a call-back on the bank's number with no
 * debt named, negationRelay.ts) stay lawful. FDCPA §1692b, §1692c(b); Reg F §1006.6(d); Kenya CBK
 * digital-lender rules; Philippines SEC MC 18 (2019).
 */
const S = (n: number): string => String.raw`[^.!?;\n]{0,${n}}?`;
const THEM = String.raw`(?:him|her|them|him/her|him or her|the (?:debtor|borrower|customer|client|defaulter|loanee|account holder|owner)|your (?:friend|contact|relative|colleague|brother|sister|cousin|son|daughter|husband|wife|partner))`;
const DEBT = String.raw`(?:unpaid|overdue|outstanding|defaulted|pending|late|delinquent|past[- ]due) (?:loan|debt|balance|bill|emi|amount|repayment|payment|account)`;

export const STRUCT_RELAY_CONTACTS_EN: PatternRuleSpec[] = [
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
  {
    // The contact asked to press or inform the debtor: "kindly inform the debtor to pay", "urge them to pay".
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: [
      'urge',
      'remind',
      'inform',
      'tell',
      'notify',
      'alert',
      'advise',
      'encourage',
      'persuade',
      'pressure',
      'push',
      'convince',
      'beg',
      'ask',
      'make sure',
      'talk to',
      'pakisabi',
      'sabihan',
      'sabihin',
      'ensure',
      'prevail',
      'see to it',
    ],
    patterns: en(
      String.raw`\b(?:kindly|please|pls|plz|do) (?:inform|tell|notify|advise|remind|alert) (?:the )?(?:debtor|borrower|defaulter|loanee|owner of (?:the )?(?:number|phone))\b`,
      String.raw`\b(?:urge|remind|encourage|persuade|pressure|push|convince|beg|advise|tell|ask|make sure|talk to)\w* ${THEM}\b${S(16)}\b(?:to )?(?:pay|repay|settle|clear|sort out|pay up|pay back)\b(?! (?:attention|a visit))`,
      String.raw`\b(?:please |kindly |pls |plz )?(?:ensure|make sure|see to it|prevail (?:up)?on) (?:that )?(?:he|she|they|him|her|them)\b${S(16)}\b(?:to )?(?:pays?|repays?|settles?|clears?|sorts? out|pay up)\b`,
      String.raw`\b(?:pakisabi|pakisabihan|sabihan mo|sabihin mo)\b${S(30)}\b(?:magbayad|bayaran|bayad|utang|pay)\b`,
    ),
  },
];
