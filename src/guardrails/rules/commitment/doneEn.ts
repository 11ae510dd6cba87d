import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Unauthorised commitments (English) told as done (guarden24, issue 16, policy 2026.12.19): an
 * agent's "I've cancelled the rest of the debt", "i took the $200 late fee off", "knocked the
 * interest off": relief that needs the bank's decision reported as already given. Authorised
 * waivers pass; "I've asked my supervisor to take the fee off" and "the fee was taken off after
 * your dispute was upheld" do not match (no first person acting, or an error corrected).
 */

const OWED = String.raw`(?:(?:the|your|that|this|all the|all of the|all your)\s+)?(?:rest of (?:the|your) (?:debt|balance|loan)|remaining (?:debt|balance)|remainder|(?:\$\s?\d[\d,.]*\s+)?(?:late |annual |overlimit |over-limit |returned payment )?(?:fees?|charges?|interest|penalt(?:y|ies))|debt|balance)`;
const ERR = String.raw`\b(?:in error|by mistake|error|incorrect\w*|wrong\w*|mistaken\w*|disput\w*|fraud\w*|misapplied|upheld)\b`;

export const COMMITMENT_DONE_EN: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver', 'settlement', 'discount'],
    triggers: ['cancel', 'took', 'taken', 'knocked', 'wiped', 'zeroed', 'written off', 'wrote off'],
    patterns: en(
      String.raw`\b(?=(?:i|we)(?:'ve| have| just| already| went ahead and)* (?:cancel(?:l)?ed|wiped|zeroed|written off|wrote off) )(?<!${ERR}[^.!?\n]{0,60})(?:i|we)(?:'ve| have| just| already| went ahead and)* (?:cancel(?:l)?ed|wiped|zeroed|written off|wrote off) ${OWED}\b(?![^.!?\n]{0,40}${ERR})`,
      String.raw`\b(?=(?:i|we)(?:'ve| have| just| already| went ahead and)* (?:took|taken|knocked) )(?<!${ERR}[^.!?\n]{0,60})(?:i|we)(?:'ve| have| just| already| went ahead and)* (?:took|taken|knocked) ${OWED} off\b(?![^.!?\n]{0,40}${ERR})`,
      String.raw`\b(?=(?:i|we)(?:'ve| have| just| already| went ahead and)* (?:took|taken|knocked) off )(?<!${ERR}[^.!?\n]{0,60})(?:i|we)(?:'ve| have| just| already| went ahead and)* (?:took|taken|knocked) off ${OWED}\b(?![^.!?\n]{0,40}${ERR})`,
    ),
  },
];
