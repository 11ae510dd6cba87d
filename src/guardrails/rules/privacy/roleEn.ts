import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * A third person told about the debt through their role (guarden24, issue 16, policy 2026.12.19):
 * "as his employer you should know he's been ignoring a debt", "as her mother you ought to know
 * she's behind on her loan", "you deserve to know your tenant owes us". The role is the reason
 * given for telling them; a debt, arrears or unpaid sum follows in the sentence. FDCPA §1692c(b).
 */

const ROLE = String.raw`(?:employer|boss|manager|supervisor|landlord|mother|mom|mum|father|dad|parents?|wife|husband|spouse|partner|brother|sister|friend|neighbou?r|pastor|co-?worker|colleague|roommate)`;
const DEBT = String.raw`\b(?:debts?|owes?|owed|owing|overdue|past[- ]due|behind on|arrears|default\w*|unpaid|collections?|ignoring (?:us|our|a|his|her|the)|not paying|hasn't paid|has not paid)\b`;

export const PRIVACY_ROLE_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['know', 'be aware'],
    patterns: en(
      String.raw`\bas (?:his|her|their) ${ROLE}\b[^.!?\n]{0,12}\b(?:you|u)\b[^.!?\n]{0,10}\b(?:should|ought to|need to|deserve to|have a right to|must) (?:know|be aware)\b(?=[^.!?\n]{0,80}${DEBT})`,
      String.raw`\byou (?:should|ought to|need to|deserve to|have a right to|must) (?:know|be aware)\b[^.!?\n]{0,20}\b(?:that )?(?:your|ur) (?:${ROLE}|employee|tenant|son|daughter|staff member|worker)\b(?=[^.!?\n]{0,60}${DEBT})`,
    ),
  },
];
