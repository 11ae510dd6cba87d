import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * The fifteenth session's English classes (guard15, issue 16), named from the misses of half a of
 * an outside trainer's round and written by class before a figure on guard15's own check set:
 * - veiled physical threats in texting register: "we'll find u", "next time it won't be a phone
 *   call", "we bring more than paperwork", "people who run get hurt" (FDCPA §1692d(1));
 * - arrest and prosecution threats in slang: cops, the DA, cuffs, "not paying = jail" (FDCPA
 *   §1692e(4), (5): non-payment of a card debt is no crime);
 * - promises to have accurate late payments, charge-offs or the account deleted from the credit
 *   bureaus (an agent cannot promise it, and accurate history stays under FCRA §623; a correction
 *   of an error is lawful and left alone).
 */
const S = (n: number): string => String.raw`[^.!?;\n]{0,${n}}?`;
// A gap with no negation in it: "we can't remove accurate late payments" stays lawful.
const NO_NEG = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|cannot|unable)\b|n't\b)[^.!?;\n]){0,${n}}?`;
const YOU = String.raw`(?:you|u|ya|yo)`;
const CHANNEL = String.raw`(?:phone call|call|text|txt|letter|e-?mail|message|voicemail|reminder|polite|friendly|nice|pleasant|paperwork|talk)`;
// A lawful channel named after "next time it won't be a call": "it will be a letter instead".
const THEN_WRITES = String.raw`(?![^.!?\n]{0,60}?\b(?:letter|e-?mail|in writing|by post|by mail|notice|sms|voicemail|statement)\b)`;
const BUREAU = String.raw`(?:(?:credit )?bureaus?|equifax|experian|transunion|credit (?:report|file|history|record|score)|(?:your|ur) file)`;
const GONE = String.raw`(?:deleted|removed|erased|wiped|scrubbed|gone|taken off|cleared|purged|vanish|disappear)`;
// An error corrected: "if the late payment was reported in error, we will have it removed".
const ERR = String.raw`\b(?:in error|by mistake|incorrect\w*|inaccura\w*|wrongly|mistaken\w*|disput\w*|fraudulent\w*|identity theft)\b`;
// Placed after the first-person subject, so it is read only where a promise can start.
const NO_ERROR = String.raw`(?<!${ERR}[^]*)(?![^]*${ERR})`;

export const STRUCT_G15_EN: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'next time',
      'next visit',
      'find',
      'track',
      'hunt',
      'catch up',
      'hurt',
      'wrong guys',
      'wrong people',
      'wrong crowd',
      'wrong fellas',
      'more than',
    ],
    patterns: en(
      // "next time it won't be a text", "it won't be a phone call next time".
      String.raw`\bnext (?:time|visit)\b${S(30)}\b(?:won't|will not|wont|isn't gonna|is not going to|ain't gonna|not gonna|aint gonna)\s+be\s+(?:a |an |just a |so |as )?${CHANNEL}\b${THEN_WRITES}`,
      String.raw`\b(?:won't|will not|wont|isn't gonna|ain't gonna|aint gonna|not gonna)\s+be\s+(?:a |an |just a |so )?${CHANNEL}\b${S(6)}\bnext time\b${THEN_WRITES}`,
      // "we'll find u", "we'll track you down", "we will catch up with you" beside a menace.
      String.raw`\bwe(?:'ll| will|'re gonna| are gonna| gonna| are going to| always| can)?\s+(?:find|track|hunt|catch up with)\s+${YOU}\b(?!\s+(?:a|an|the|some|another|options?|something|better|help|relief|more)\b)(?=[^]{0,80}\b(?:next time|won't|wont|enjoy|friendly|hurt|regret|see|door|hiding|hide|run|running|changing|new number|moved)\b)`,
      // "bring more than paperwork", "people who run get hurt", "the wrong guys from our office".
      String.raw`\bbring more than (?:paperwork|papers|a letter|a phone|words|a pen)\b`,
      String.raw`\b(?:people|folks|guys|those|ones) (?:who|that) (?:run|hide|dodge|don't pay|dont pay)\b${S(20)}\b(?:get|gets|getting|end up)\s+hurt\b`,
      String.raw`\b(?:the )?wrong (?:guys|people|crowd|fellas) from (?:our|the) (?:office|agency|company|team|firm)\b`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: [
      'cops',
      'copz',
      'po-po',
      'popo',
      '5-0',
      'the da',
      'prosecutor',
      'district attorney',
      'cuff',
      '=',
    ],
    patterns: en(
      // "the cops r gonna pick u up", "the copz come", "po-po will be knocking".
      String.raw`\b(?:cop[sz]|po-?po|5-0)\b${S(30)}\b(?:pick|coming|come|knock\w*|at (?:your|ur) door|cuff|arrest|haul|take ${YOU} (?:in|away)|lock ${YOU} up|after ${YOU}|show up|on (?:their|the) way)`,
      // "we already sent ur file to the DA", "ur case is w the prosecutor".
      String.raw`\b(?:sent|send|forwarded|referred|passed|gave|handed|filed|reported)\b${S(30)}\bto the (?:da|prosecutor)\b|\b(?:case|file|account)\b${S(20)}\b(?:with|w|w/) (?:the )?(?:da|prosecutor|district attorney)\b|\bthe da\b${S(12)}\b(?:has|got|already|is|will|gets)\b`,
      // "they'll cuff u at work", "not paying = jail".
      String.raw`\b(?:cuff|handcuff)\w*\s+${YOU}\b|=\s*(?:jail|prison|arrest|cuffs|handcuffs|a cell)\b`,
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
      String.raw`\b(?:i|we|i'll|we'll|i'm|we're)\b${NO_ERROR}${NO_NEG(30)}\b(?:have|get|make sure|see to it)\b${NO_NEG(40)}\b${GONE}\b${S(30)}\b${BUREAU}`,
      String.raw`\b(?:i|we|i'll|we'll)\b${NO_ERROR}${NO_NEG(20)}\b(?:get|have|make) the (?:credit )?(?:bureaus?|agenc(?:y|ies)) (?:to )?(?:wipe|delete|remove|erase|drop|clear|forget)\b`,
      // "this account will be removed from Equifax, Experian and TransUnion".
      String.raw`\bwill${NO_ERROR} (?:be|get) (?:\w+ )?(?:deleted|removed|erased|wiped|scrubbed|taken off|purged)\b${S(20)}\b(?:from|off)\b${S(20)}\b${BUREAU}`,
      // "i'll erase the delinquency from ur file".
      String.raw`\b(?:i|we|i'll|we'll)\b${NO_ERROR}${NO_NEG(20)}\b(?:erase|wipe|delete|remove|scrub|purge)\b${S(30)}\b(?:delinquenc\w*|late (?:payments?|marks?)|lates|charge-?off|default|collection)\b${S(20)}\b(?:from|off)\b${S(10)}\b${BUREAU}`,
      // "your credit history will be totally clean, no trace of the default".
      String.raw`\bcredit (?:report|history|file|record)\b${S(15)}\bwill be (?:\w+ )?(?:clean|spotless|cleared|wiped|perfect)\b`,
    ),
  },
];
