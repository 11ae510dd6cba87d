import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { PEOPLE } from '../shared/en.js';

/**
 * Privacy (English): the debt told to the employer, colleagues or neighbours.
 * Each rule's place in the order of findings: ../order.ts.
 */

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
];
