import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_WE, S } from '../shared/en.js';

/**
 * Unauthorised commitments (English): a credit record promised clean.
 */

// An error corrected: "if the late payment was reported in error, we will have it removed".
const ERR = String.raw`\b(?:in error|by mistake|incorrect\w*|inaccura\w*|wrongly|mistaken\w*|disput\w*|fraudulent\w*|identity theft)\b`;
// Read at the end of the match, so only where a whole promise matched: it reads the whole text
// both ways, and after each first-person subject (its old place) it was read at every "i" and
// "we" of the reply. No error word can run across either place, so both read the same.
const NO_ERROR = String.raw`(?<!${ERR}[^]*)(?![^]*${ERR})`;
// A gap with no negation in it: "we can't remove accurate late payments" stays lawful.
const NO_NEG = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|cannot|unable)\b|n't\b)[^.!?;\n]){0,${n}}?`;
const GONE = String.raw`(?:deleted|removed|erased|wiped|scrubbed|gone|taken off|cleared|purged|vanish|disappear)`;
const BUREAU = String.raw`(?:(?:credit )?bureaus?|equifax|experian|transunion|credit (?:report|file|history|record|score)|(?:your|ur) file)`;

export const COMMITMENT_CREDIT_RECORD_EN: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: ['credit report', 'credit record', 'credit file', 'credit history', 'credit score'],
    patterns: en(
      `\\b${EN_WE}\\s+(?:remove|delete|erase|clear|clean up|wipe|fix|repair)\\b[^.!?\\n]{0,40}\\b(?:from|on|off) your credit (?:report|record|file|history)\\b`,
      `\\b(?:guarantee|promise) (?:that )?(?:your )?credit (?:report|score|record|history) (?:will|won't|will not)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: ['credit bureau', 'credit agencies', 'credit report', 'credit repair', 'guaranteed', '100%'],
    patterns: en(
      `\\b(?:remove|delete|erase|wipe|scrub|clean|purge)\\w*\\b[^.!?]{0,40}\\b(?:from|off|with) (?:all )?(?:the )?(?:credit bureaus?|credit agencies|credit reports?)`,
      `\\b(?:late payments?|negative (?:marks?|items?)|this account|the account|the debt)\\b[^.!?]{0,30}\\b(?:deleted|removed|erased|wiped)\\b[^.!?]{0,30}\\bcredit`,
      `\\b(?:100 ?%|fully) guaranteed\\b|\\bguaranteed (?:removal|deletion|approval|results?)\\b`,
      `\\bcredit repair (?:fee|service|package)`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: [
      'late marks',
      'late payments',
      'late payment',
      'negative marks',
      'negative items',
      'delinquenc',
    ],
    patterns: en(
      `\\b(?:late (?:marks|payments?|records?)|negative (?:marks|items)|delinquenc(?:y|ies))\\b[^.!?]{0,30}\\b(?:will be|get|gets|are) (?:deleted|removed|erased|wiped)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: [
      'tradeline',
      'credit sweep',
      'score reset',
      'credit wipe',
      'equifax',
      'experian',
      'transunion',
      'bureau',
      'credit agency',
    ],
    patterns: en(
      `\\b(?:tradeline deletion|credit sweep|score reset|credit wipe)\\b`,
      `\\b(?:inside|contact at|guy at|friend at)\\b[^.!?]{0,15}\\b(?:equifax|experian|transunion|the bureau|the credit agency)\\b[^.!?]{0,40}\\b(?:delete|erase|wipe|remove)`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: ['off your credit'],
    patterns: en(
      `\\b(?:taken|removed|deleted|wiped|scrubbed|knocked) off your credit (?:report|file|record|history)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: ['guarantee', 'promise', '100%', '100 %', 'for sure', 'definitely'],
    patterns: en(
      String.raw`(?<!\bif\b[^.!?]{0,40})\b(?:wipe|wiped|erase|erased|scrub|scrubbed|clean|cleaned|delete|deleted|remove|removed|gone)\b[^.!?]{0,30}\b(?:off|from) (?:your |ur )?credit (?:report|file|record|history)\b[^.!?]{0,30}\b(?:guarantee\w*|promise\w*|100 ?%|for sure|definitely)`,
      String.raw`\b(?:guarantee\w*|promise\w*|100 ?%)\b[^.!?]{0,30}\b(?:wipe|wiped|erase|erased|scrub|scrubbed|clean|cleaned|delete|deleted|remove|removed)\b[^.!?]{0,30}\b(?:off|from) (?:your |ur )?credit (?:report|file|record|history)\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: ['nothing on', 'nothing in', 'spotless', 'untouched', 'clean', 'perfect', '1099', 'tax form'],
    patterns: en(
      String.raw`\bnothing (?:on|in) your (?:credit )?(?:report|file|record)\b`,
      String.raw`\b(?:your )?(?:credit )?(?:report|file|record|history) (?:stays|will stay|remains|will remain|comes out) (?:clean|spotless|perfect|untouched)\b`,
      String.raw`\bno (?:tax forms?|1099s?(?:-c)?)\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: [
      'bureau',
      'agenc',
      'equifax',
      'experian',
      'transunion',
      'credit report',
      'credit file',
      'credit history',
      'credit record',
      'credit score',
      'file',
    ],
    patterns: en(
      // "I'll have the late payment deleted from all three bureaus", "i'll get the bureaus to wipe".
      String.raw`\b(?:i|we|i'll|we'll|i'm|we're)\b${NO_NEG(30)}\b(?:have|get|make sure|see to it)\b${NO_NEG(40)}\b${GONE}\b${S(30)}\b${BUREAU}${NO_ERROR}`,
      String.raw`\b(?:i|we|i'll|we'll)\b${NO_NEG(20)}\b(?:get|have|make) the (?:credit )?(?:bureaus?|agenc(?:y|ies)) (?:to )?(?:wipe|delete|remove|erase|drop|clear|forget)\b${NO_ERROR}`,
      // "this account will be removed from Equifax, Experian and TransUnion".
      String.raw`\bwill (?:be|get) (?:\w+ )?(?:deleted|removed|erased|wiped|scrubbed|taken off|purged)\b${S(20)}\b(?:from|off)\b${S(20)}\b${BUREAU}${NO_ERROR}`,
      // "i'll erase the delinquency from ur file".
      String.raw`\b(?:i|we|i'll|we'll)\b${NO_NEG(20)}\b(?:erase|wipe|delete|remove|scrub|purge)\b${S(30)}\b(?:delinquenc\w*|late (?:payments?|marks?)|lates|charge-?off|default|collection)\b${S(20)}\b(?:from|off)\b${S(10)}\b${BUREAU}${NO_ERROR}`,
      // "your credit history will be totally clean, no trace of the default".
      String.raw`\bcredit (?:report|history|file|record)\b${S(15)}\bwill be (?:\w+ )?(?:clean|spotless|cleared|wiped|perfect)\b`,
    ),
  },
];
