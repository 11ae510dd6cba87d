import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Misrepresentation (guarden26, issue 16):
 *
 * - A charge for a collection step that no contract lists, said to be added or owed: "a one-time
 *   file reopening charge you have to pay to our field executive", "the system has added a broken
 *   promise charge" (FDCPA §1692f(1); CONC 7.7.5: only charges the agreement allows).
 * - Civic rights said to hang on the debt: "your national ID will be flagged", "may affect your right
 *   to rent, your eligibility for NHS treatment and the renewal of your passport". A card debt
 *   touches none of them (FDCPA §1692e(5); CONC 7.3.10).
 */

const STEP = String.raw`(?:file |account )?(?:reopening|re-opening|broken[- ]promise|field[- ]visit|home[- ]visit|visit|recovery|tracing|reactivation|file|follow-?up|doorstep|agent|collection agent)`;
const CIVIC = String.raw`(?:(?:your|the) (?:right to rent|right to vote|passport(?: renewal)?|renewal of your passport|national id|id card|visa|driving licen[cs]e|eligibility for (?:nhs|state|public|medical)\w*(?: treatment| care| benefits)?|nhs (?:treatment|care|access)|citizenship|residence permit)|nhs treatment|passport renewal)`;

export const MISREPRESENTATION_INVENTED_CHARGE_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.false_fee',
    lang: 'en',
    negatable: true,
    triggers: ['charge', 'fee', 'penalty'],
    patterns: en(
      String.raw`\b(?:added|applied|charged|levied|imposed|there is|there's|you have to pay|you must pay|you need to pay|pay)\b(?:(?!\b(?:no|not|never|free|without)\b|n't\b)[^.!?;\n]){0,40}?\b${STEP} (?:charge|fee|penalty)\b`,
      String.raw`\b${STEP} (?:charge|fee|penalty)\b[^.!?;\n]{0,20}?\b(?:has been|was|will be|is being|have been) (?:added|applied|charged|levied|imposed)\b`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'rent',
      'vote',
      'passport',
      'national id',
      'id card',
      'visa',
      'licence',
      'license',
      'nhs',
      'citizenship',
      'residence',
    ],
    patterns: en(
      String.raw`\b(?:affect|block|stop|bar|prevent|flag|flagged|cancel\w*|suspend\w*|revok\w*|restrict\w*|withh[eo]ld\w*|refus\w*|den(?:y|ied))\b[^.!?;\n]{0,30}?${CIVIC}`,
      String.raw`\b(?:your )?(?:national id|passport|id card|visa|driving licen[cs]e)\b[^.!?;\n]{0,20}?\b(?:will|would|shall|is going to|can) be (?:flagged|blocked|cancelled|canceled|suspended|revoked|blacklisted|seized|impounded|withheld)\b`,
    ),
  },
];
