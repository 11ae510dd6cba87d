import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Insults and oaths with letters masked (guardrules' dev-s5 set): "l*ser", "c*n artist",
 * "b*tching", "sh_t". Chinese masks are read on the original text (`../masks.ts`).
 */
export const STRUCT_MASK_RULES: PatternRuleSpec[] = [
  {
    id: 'defamation.insult',
    lang: 'en',
    triggers: ['*', '_'],
    patterns: en(
      maskedWords([
        'loser',
        'con',
        'liar',
        'idiot',
        'moron',
        'deadbeat',
        'scum',
        'crook',
        'thief',
        'stupid',
        'dumbass',
        'jackass',
        'whore',
        'slut',
        'bastard',
        'freeloader',
        'parasite',
      ]),
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['*', '_'],
    patterns: en(
      maskedWords([
        'bitch',
        'bitching',
        'bitchy',
        'shit',
        'shitty',
        'damn',
        'damned',
        'hell',
        'asshole',
        'fucking',
        'fucker',
        'crap',
        'piss',
        'pissed',
        'dick',
      ]),
    ),
  },
];

/**
 * A listed word with one or more of its letters replaced by a mask character ("l*ser",
 * "b*tching", "sh_t"): every letter after the first may be masked, at least one must be.
 */
function maskedWords(words: readonly string[]): string {
  const forms = words.map((w) => (w[0] ?? '') + [...w.slice(1)].map((c) => `[${c}*_]`).join(''));
  return `(?<![a-z*_])(?=[a-z]{1,12}[*_])(?:${forms.join('|')})(?![a-z*_])`;
}
