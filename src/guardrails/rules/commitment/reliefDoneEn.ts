import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Relief an agent says is already given or agreed (guarden26, issue 16), in the verbs doneEn.ts
 * does not read: "I have gone ahead and frozen the interest", "I've knocked your balance down to $900", "we can accept $1,200 as full and final
 * settlement", "we'll contact the credit bureaus to have the late payments removed". A hold on
 * collection activity or on the account while the person gathers documents is the bank's own
 * forbearance, lawful (check-en24, check-fa23, check-s7 hold items), and is not read here. Each needs
 * the bank's decision (an authorised offer in the context); an error corrected ("the duplicate fee
 * charged in error") is not relief.
 */

const ERR = String.raw`\b(?:in error|by mistake|error|incorrect\w*|wrong\w*|mistaken\w*|disput\w*|fraud\w*|misapplied|upheld|duplicate)\b`;
const DONE = String.raw`(?:i|we)(?:'ve| have| just| already| went ahead and| gone ahead and| now)*`;
const RELIEF_VERB = String.raw`(?:popped|put|placed|frozen|froze|stopped|knocked|cut|reduced|lowered|dropped|waived|removed|wiped|halved|capped|suspended)`;
const RELIEF_OBJECT = String.raw`(?:interest|balance|late (?:charges?|fees?)|charges|fees|penalt(?:y|ies)|(?:interest )?rate|apr)`;

export const COMMITMENT_RELIEF_DONE_EN: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver', 'settlement', 'discount', 'hardship_plan', 'deferral'],
    triggers: [
      'popped',
      'put',
      'placed',
      'frozen',
      'froze',
      'stopped',
      'knocked',
      'cut',
      'reduced',
      'lowered',
      'dropped',
      'waived',
      'removed',
      'wiped',
      'halved',
      'capped',
      'suspended',
    ],
    patterns: en(
      String.raw`(?<!${ERR}[^.!?\n]{0,60})\b${DONE} ${RELIEF_VERB} (?:a |an |the |your |all (?:the |your )?)?(?:[\w$£,.-]+ ){0,2}?${RELIEF_OBJECT}\b(?![^.!?\n]{0,40}${ERR})`,
    ),
  },
  {
    id: 'unauthorized_commitment.settlement',
    lang: 'en',
    negatable: true,
    authorisedBy: ['settlement', 'discount', 'waiver'],
    triggers: ['accept'],
    patterns: en(
      String.raw`\b(?:we|i)(?:'ll| will| can| could| are able to| am able to| would| shall| are happy to| am happy to)? (?:happily |gladly )?accept\b[^.!?;\n]{0,30}?\bas (?:a |the )?(?:full and final|full|final|complete) (?:settlement|payment)\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: ['bureau', 'credit reference', 'cibil', 'cic', 'experian', 'equifax', 'transunion'],
    patterns: en(
      String.raw`\b(?:we|i)(?:'ll| will| shall| are going to| am going to)\b[^.!?;\n]{0,40}?\b(?:credit bureaus?|credit reference agenc(?:y|ies)|cibil|cic|experian|equifax|transunion)\b[^.!?;\n]{0,20}?\bto (?:have|get) (?:the |your |all |any )?[^.!?;\n]{0,40}?\b(?:removed|deleted|erased|wiped|cleared|taken off)\b`,
    ),
  },
];
