import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Credit repair promised (English; guarden24, issue 16, policy 2026.12.19): a true collection,
 * default or late record said to be wiped off the report "with a 100% success rate", accurate
 * negative items deleted for a fee, the bureaus told the account was never late, payment said to
 * make it "like this never happened" with "no record at all", and a card debt said never to be
 * dischargeable in bankruptcy. Accurate information stays for its term (FCRA §605); lawful: "we
 * cannot remove accurate information", "it will show as paid", "if it was reported in error we
 * will correct it". FDCPA §1692e(2), (8), (10); Credit Repair Organizations Act.
 */

const RECORD = String.raw`(?:collections?|defaults?|charge-?offs?|late (?:payments?|marks?|records?)|lates|negative (?:items?|marks?|entries|records?)|derogatory (?:items?|marks?|entries)|delinquenc(?:y|ies)|this (?:account|debt|record)|the (?:account|debt|record|mark))`;
const OFF = String.raw`(?:off|from) (?:your |ur |the |all (?:three |3 )?(?:the )?)?(?:credit )?(?:reports?|files?|records?|history|bureaus?)`;
// A warning about sellers who promise it: "be wary of anyone promising to erase accurate items".
const SELLER = String.raw`(?<!\b(?:promis\w*|offer\w*|claim\w*|anyone|someone|scam\w*|beware|wary|companies|company|firms?|services?|sellers?)\b[^.!?\n]{0,40})`;
const ERR = String.raw`\b(?:in error|by mistake|error|incorrect\w*|inaccura\w*|wrong\w*|mistaken\w*|disput\w*|fraud\w*|identity theft)\b`;

export const MISREPRESENTATION_CREDIT_REPAIR_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['wip', 'delet', 'eras', 'scrub', 'remov', 'purg', 'take', 'knock', 'drop'],
    patterns: en(
      // "wipe this collection off your report", "delete accurate negative items".
      String.raw`\b(?=(?:wipe|delete|erase|scrub|remove|purge|take|knock)(?:s|d|n)? )${SELLER}(?<!${ERR}[^.!?\n]{0,60})(?:wipe|delete|erase|scrub|remove|purge|take|knock)(?:s|d|n)?\b (?:all |every |any )?${RECORD}\b[^.!?\n]{0,12}\b${OFF}\b(?![^.!?\n]{0,40}${ERR})`,
      String.raw`\b(?=(?:wipe|delete|erase|scrub|remove|purge)\w* (?:all |every |any )?(?:your |the )?accurate )${SELLER}(?:wipe|delete|erase|scrub|remove|purge)\w*\b (?:all |every |any )?(?:your |the )?accurate (?:negative|derogatory|late|adverse) (?:items?|marks?|entries|information|records?)\b`,
      // "make sure the bureaus take the default off".
      String.raw`\b(?:bureaus?|equifax|experian|transunion|credit agenc(?:y|ies))\b[^.!?\n]{0,12}\b(?:take|takes|drop|drops|delete|deletes|remove|removes|wipe|wipes)\b (?:the |your |that )?${RECORD}\b[^.!?\n]{0,6}\b(?:off|out)\b(?![^.!?\n]{0,40}${ERR})`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    triggers: ['never late', 'never behind', 'never missed', 'never in default', 'never delinquent', 'always on time', 'always paid on time', 'paid as agreed'],
    patterns: en(
      String.raw`\b(?:tell|report(?: it)? to|inform|let|show)\b[^.!?\n]{0,6}\b(?:equifax|experian|transunion|the (?:credit )?bureaus?|all (?:three|3) bureaus)\b[^.!?\n]{0,30}\b(?:never (?:late|behind|missed|in default|delinquent)|always (?:paid )?on time|paid as agreed)\b`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['never happened', 'success rate', 'no record', 'no trace'],
    patterns: en(
      String.raw`\b(?:pay|paid|paying|settle|settled|payment)\b[^.!?\n]{0,40}\b(?:like|as if|as though) (?:this|it|the (?:debt|default|account)) never happened\b`,
      String.raw`\b(?:100 ?%|hundred percent|guaranteed) success rate\b`,
      String.raw`\bnever happened\b[^\n]{0,10}\bno (?:record|trace|mark)s? (?:at all|of it|anywhere|whatsoever)\b`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    triggers: ['discharged', 'wiped out', 'cleared', 'included', 'bankruptcy'],
    patterns: en(
      String.raw`\b(?=(?:this|your|the|credit card|card) (?:debt|balance|account|card)s? (?:can|could|will) never be )(?<!\bstudent[^.!?\n]{0,40})(?:this|your|the|credit card|card) (?:debt|balance|account|card)s? (?:can|could|will) never be (?:discharged|wiped out|cleared|included)\b(?![^.!?\n]{0,40}\bstudent\b)`,
      String.raw`\b(?=bankruptcy )(?<!\bstudent[^.!?\n]{0,40})bankruptcy (?:will never|can never|never) (?:discharge|clear|wipe out|cover|touch)\b (?:this|your|a card|credit card)\b`,
    ),
  },
];
