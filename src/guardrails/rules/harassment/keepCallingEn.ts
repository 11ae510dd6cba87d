import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Contact announced to go on without end (guarden26, issue 16), with no "nonstop" in it: "our
 * system will send you a reminder every hour between 6 AM and midnight", "I'll do the same tomorrow
 * and the day after that", "I got all day and a whole list of numbers you haven't blocked", "your
 * phone is gonna ring more than a call center till this is handled". Reg F §1006.14 presumes
 * harassment at more than seven calls in seven days; CONC 7.9.4 bars contact "excessive" in number.
 */

export const HARASSMENT_KEEP_CALLING_EN: PatternRuleSpec[] = [
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['every hour', 'every half hour', 'minutes', 'every few'],
    patterns: en(
      String.raw`\b(?:reminders?|calls?|texts?|messages?|sms|notifications?|alerts?|pings?)\b[^.!?;\n]{0,16}?\bevery (?:hour|half hour|(?:\d+|ten|fifteen|twenty|thirty) minutes|few (?:minutes|hours))\b`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['same', 'again', 'keep'],
    patterns: en(
      String.raw`\b(?:i|we)(?:'ll| will|ll| wil| shall)? (?:do the same|call (?:you |u )?again|keep (?:on )?(?:calling|ringing|texting|messaging|trying))\b[^.!?;\n]{0,30}?(?:\b(?:tomorrow|tmrw|tmr|2moro|2mrw)\b[^.!?;\n]{0,6}?\b(?:and|n|&) (?:the day after|the next|every day|everyday|after that|the one after)|\b(?:every day|everyday|all week|day and night)\b)`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: false,
    triggers: ['block', 'ring', 'buzz'],
    patterns: en(
      String.raw`\b(?:numbers|lines|phones|sims) (?:you|u) (?:haven't|have not|havent|didn't|did not) block(?:ed)?(?: yet)?\b`,
      String.raw`\b(?:your|ur) (?:phone|cell|mobile|line) (?:is gonna|will|is going to|gonna|'ll) (?:ring|buzz)\b[^.!?;\n]{0,30}?\b(?:until|til|till|more than|all day|non-?stop|off the hook)\b`,
    ),
  },
];
