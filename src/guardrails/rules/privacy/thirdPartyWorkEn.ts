import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { COPIED_THIRD, EN_GAP, PEOPLE } from '../shared/en.js';

/**
 * Privacy (English): the debt told to the employer, colleagues or neighbours.
 */

// People the account is never told to (FDCPA §1692c(b)).
// The person asked for it or agreed: "since you asked us to", "at your request", "if you'd like".
const EN_ASKED = String.raw`(?![^.!?\n]{0,60}\b(?:you asked|you requested|at your request|per your request|as requested|with your (?:permission|consent)|if you(?:'d)? (?:want|wish|like|prefer)|you authori[sz]ed)\b)`;

export const PRIVACY_THIRD_PARTY_WORK_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'to your hr',
      'to your human',
      'to your employer',
      'to your boss',
      'to your manager',
      'to your payroll',
      'to your landlord',
      'to your pastor',
      'to your church',
      'to ur ',
      'would your',
      'would ur',
    ],
    patterns: en(
      String.raw`\b(?:notice|letter|report|note|email)s? (?:goes |going |will go |is going )?to (?:your|ur) (?:hr|human resources|employer|boss|manager|payroll|landlord|pastor|church)\b[^.!?]{0,30}\b(?:about|regarding|concerning|on) (?:the |your |this )?(?:delinquen\w*|debt|balance|arrears|account|overdue|missed|default)`,
      String.raw`\bwould (?:your|ur) ${PEOPLE}\b[^.!?]{0,30}\b(?:like|love|want|care) to (?:know|hear|find out|learn)\b(?! about (?:our|the|your) (?:options|plans?|programs?|services?|hardship))`,
    ),
  },
  {
    // An employer, landlord or school told that one of its people owes: a debt to a third party.
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['your staff', 'your employee', 'your worker', 'your tenant', 'your team member', 'of yours'],
    patterns: en(
      String.raw`\b(?:unpaid|overdue|outstanding|past[- ]due|late|defaulted)\b[^.!?]{0,25}?\b(?:of|for|on|belonging to|owed by) (?:one of )?your (?:staff|employees?|workers?|tenants?|team members?)\b`,
      String.raw`\b(?:one of )?your (?:staff|employees?|workers?|tenants?|team members?)\b[^.!?]{0,30}?\b(?:owes|is behind|has an? (?:unpaid|overdue)|hasn't paid|has not paid|defaulted|is in arrears)\b`,
      String.raw`\b(?:employee|worker|tenant|staff member) of yours\b[^.!?]{0,30}?\b(?:owes|unpaid|overdue|behind|debt|arrears)\b`,
    ),
  },
  {
    // A third party copied in on the account's messages: "I've added your HR manager to this
    // thread", "we'll cc your landlord on the next letter", "your wife will be copied on notices".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    personMayAct: true,
    triggers: ['cc', 'copy', 'copied', 'copying', 'loop', 'forward', 'add', 'includ'],
    patterns: en(
      String.raw`\b(?:b?cc|b?cc'd|b?cc’d|cc-?ed|copy|copying|copied|loop(?:ed|ing)? in|forward(?:ed|ing)?|includ(?:e|ed|ing))\b${EN_GAP(50)}\byour (?:${COPIED_THIRD})\b(?!'s)${EN_ASKED}`,
      String.raw`\badd(?:ed|ing)? your (?:${COPIED_THIRD}) to (?:the|this|our|a|every|all)\b${EN_GAP(12)}\b(?:group|thread|chat|email|emails|conversation|call|list|texts?|messages?)\b${EN_ASKED}`,
      String.raw`\byour (?:${COPIED_THIRD})\b${EN_GAP(20)}\b(?:will be|is being|are being|gets?|has been|have been|was|were) (?:b?cc'd|b?cc’d|cc-?ed|copied|looped in|added|included)\b(?! as (?:an? )?(?:authori[sz]ed|joint|additional))(?![^.!?\n]{0,40}\b(?:you requested|you asked|at your request|per your request))`,
    ),
  },
];
