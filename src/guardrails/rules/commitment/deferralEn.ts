import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { ALL_OFFERS } from '../shared/common.js';
import { EN_WE } from '../shared/en.js';

/**
 * Unauthorised commitments (English): deferrals promised.
 */

export const COMMITMENT_DEFERRAL_EN: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    authorisedBy: ['deferral', 'extension', 'hardship_plan'],
    triggers: [
      'defer',
      'postpone',
      'pause',
      'suspend',
      'freeze',
      'push back',
      'delay',
      'extend',
      'hold',
      'extension',
      'grace period',
      'payment holiday',
      'deferment',
      'until',
      'no need to pay',
    ],
    patterns: en(
      `\\b${EN_WE}\\s+(?:go ahead and |also |happily )?(?:defer|postpone|pause|suspend|freeze|push back|delay|extend|hold off on|put)\\s+(?:all |any )?(?:of )?(?:your |the )?(?:next )?(?:\\w+ )?(?:payments?|due date|account|bill|instal?ments?|repayments?)\\b`,
      `\\b(?:give|grant|offer) you (?:a |an )?(?:\\w+[- ]\\w+ |\\w+ )?(?:extension|grace period|payment holiday|break from payments|deferral|deferment|payment pause)\\b`,
      `\\byou (?:don't|do not|won't|will not) (?:have|need) to pay (?:anything |a thing )?until\\b|\\bno need to pay (?:this|next|for|until|anything)\\b`,
      `\\bput (?:a )?hold on your (?:account|payments?|bill)\\b|\\bput your (?:account|payments?|bill) on hold\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    authorisedBy: ['deferral', 'extension', 'hardship_plan'],
    triggers: ['push', 'move', 'shift', 'bump'],
    patterns: en(
      `\\b${EN_WE}\\s+(?:push|move|shift|bump)\\s+(?:your |the )?(?:next )?(?:payment |due )?(?:date|payments?|deadline)\\s+(?:back|out)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    authorisedBy: ALL_OFFERS,
    triggers: ['approved', 'authorised', 'authorized', 'granted', 'arranged', 'signed off'],
    patterns: en(
      `\\b(?:i|we|the bank)(?:'ve| have| has| just| already)*\\s+(?:approved|authori[sz]ed|granted|arranged|signed off on)\\s+(?:you\\s+)?(?:a |an |your )?(?:[\\w-]+ ){0,2}(?:pause|deferral|deferment|extension|holiday|freeze|break|waiver|discount|reduction|settlement|write-off|forgiveness)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['guarantee', 'approved', 'promise', 'push', 'move', 'extend', 'delay'],
    patterns: en(
      `\\bguarantee\\b[^.!?]{0,30}\\b(?:plan|approval|approved|settlement|waiver|reduction|limit)\\b|(?<!\\b(?:whether|if|once|when|until|unless|till) )\\bit(?:'s| is) (?:already )?approved\\b`,
      `\\b(?:i(?:'ll| will)?|we(?:'ll| will)?) (?:push|move|extend|delay)(?:ed)? (?:back )?your (?:due date|payment date|deadline)`,
      `\\bpromise\\b[^.!?]{0,30}\\b(?:restored|approved|reinstated|raised|increased)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['guarantee', 'due date', 'payment date'],
    patterns: en(
      `\\bguarantee\\b[^.!?]{0,40}\\b(?:goes through|go through|gets approved|get approved|will pass)`,
      `\\b(?:i|we)(?:'ll| will| can| could)? (?:push|move|extend|delay|shift)\\b[^.!?]{0,20}\\b(?:due date|payment date)\\b[^.!?]{0,15}\\b(?:back|out|later)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['your limit', 'your credit line'],
    patterns: en(
      `\\bi(?:'ll| will) (?:get|have) your (?:limit|credit line)\\b[^.!?]{0,15}\\b(?:put back|restored|raised|reopened|reinstated)`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: false,
    authorisedBy: [
      'deferral',
      'hardship_plan',
      'installments',
      'extension',
      'waiver',
      'discount',
      'settlement',
    ],
    triggers: ['giving you', 'granting you', 'approving you', 'authorizing you', 'authorising you'],
    patterns: en(
      `\\b(?:i'm|i am|we're|we are) (?:giving|granting|approving|authori[sz]ing) you (?:a |an |the )?(?:full |whole |free |special )?(?:year|month|months|\\d+ months?|waiver|discount|break|pass|holiday|extension|deferral|freeze|reduction|write-off)\\b`,
    ),
  },
];
