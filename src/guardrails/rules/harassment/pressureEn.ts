import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Harassment (English) by pressure with no listed word (guarden24, issue 16, policy 2026.12.19):
 * contact promised not to stop ("not going to stop texting you, day or night, until this is
 * paid"), the same demand shouted again and again ("CALL US. CALL US. CALL US."), the person told
 * to sell their family's belongings ("go sell your kid's toys"), and their distress sneered at
 * ("stop crying about your medical bills"). The negation in "won't stop calling" is the threat
 * itself, so these are not negatable; "we will stop calling you at work as you asked" does not
 * match. FDCPA §1692d, d(5); Reg F §1006.14.
 */

const CONTACT = String.raw`(?:calling|texting|messaging|emailing|ringing|contacting|phoning|bugging|chasing|hounding|coming after)`;
const KIN_OWN = String.raw`(?:kid's|kids'|kids|children's|child's|son's|daughter's|baby's|wife's|husband's|mother's|mom's|mum's|father's|dad's|family's|grandma's)`;

export const HARASSMENT_PRESSURE_EN: PatternRuleSpec[] = [
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    triggers: ['stop', 'quit', 'let up'],
    patterns: en(
      String.raw`\b(?:not|never|won't|will not|ain't|aren't|am not|are not|isn't)\b (?:going to |gonna |gon na |ever |be )?(?:stop|quit|let up)\b (?:${CONTACT} (?:you|u)\b)?[^.!?\n]{0,30}\b(?:until|till|til|unless|day or night|night or day|day and night|ever)\b`,
    ),
  },
  {
    // The same short demand three times or more: "CALL US. CALL US. CALL US.", "pay up pay up pay up".
    id: 'harassment.relentless_contact',
    lang: 'en',
    triggers: ['call', 'pay', 'answer', 'pick up', 'respond', 'reply'],
    patterns: en(
      String.raw`\b((?:call (?:us|me|back)|pay (?:up|now|us|me|it)|answer (?:the phone|me|us)|pick up|respond|reply)(?: now| today)?)\b[\s.!,]+(?:\1\b[\s.!,]*){2,}`,
    ),
  },
  {
    id: 'harassment.coercion',
    lang: 'en',
    triggers: ['sell', 'pawn', 'hock'],
    patterns: en(String.raw`\b(?:sell|pawn|hock)\b (?:off )?(?:your|ur) ${KIN_OWN} (?:\w+ )?\w+`),
  },
  {
    id: 'harassment.mockery',
    lang: 'en',
    triggers: ['crying', 'whining', 'moaning', 'sobbing', 'whimpering', 'snivel'],
    patterns: en(
      String.raw`\b(?:stop|quit|enough|cut (?:out )?the|spare (?:me|us) the|done with (?:the|your))\b (?:your )?(?:crying|whining|moaning|sobbing|whimpering|snivel(?:l)?ing)\b`,
    ),
  },
];
