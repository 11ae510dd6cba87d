import { CodedPattern, isLower } from '../codedPattern.js';
import type { PatternRuleSpec } from './ruleTypes.js';

/**
 * Insults and oaths with letters masked (guardrules' dev-s5 set): "l*ser", "c*n artist",
 * "b*tching", "sh_t". Chinese masks are read on the original text (`../masks.ts`).
 */
export const STRUCT_MASK_RULES: PatternRuleSpec[] = [
  {
    id: 'defamation.insult',
    lang: 'en',
    triggers: ['*', '_'],
    patterns: [
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
    ],
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['*', '_'],
    patterns: [
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
    ],
  },
];

const NEXT_MASK = /[*_]/g;

const isMask = (c: number): boolean => c === 0x2a || c === 0x5f;

/** Whether the listed word reads at p with any of its letters after the first masked. */
function readsAt(text: string, p: number, w: string): boolean {
  if (p + w.length > text.length || text.charCodeAt(p) !== w.charCodeAt(0)) return false;
  for (let k = 1; k < w.length; k++) {
    const c = text.charCodeAt(p + k);
    if (c !== w.charCodeAt(k) && !isMask(c)) return false;
  }
  return true;
}

/**
 * A listed word with one or more of its letters replaced by a mask character ("l*ser",
 * "b*tching", "sh_t"): every letter after the first may be masked, at least one must be. Read by
 * shape: a run of 1–12 letters (not after a letter or mask) right before a mask, then the words
 * in order; the source is the regex it matches exactly as (test/guardrails/rules/structMasks.test.ts).
 */
function maskedWords(words: readonly string[]): CodedPattern {
  const forms = words.map((w) => (w[0] ?? '') + [...w.slice(1)].map((c) => `[${c}*_]`).join(''));
  const source = `(?<![a-z*_])(?=[a-z]{1,12}[*_])(?:${forms.join('|')})(?![a-z*_])`;
  return new CodedPattern(source, 'g', (text, from) => {
    for (let at = from; ; at++) {
      // V8 finds the next mask faster than a loop over the characters; test() builds no array.
      NEXT_MASK.lastIndex = at;
      if (!NEXT_MASK.test(text)) return undefined;
      at = NEXT_MASK.lastIndex - 1;
      if (!isLower(text.charCodeAt(at - 1))) continue;
      let p = at - 1;
      while (p > 0 && at - p <= 12 && isLower(text.charCodeAt(p - 1))) p--;
      if (at - p > 12 || p < from || (p > 0 && isMask(text.charCodeAt(p - 1)))) continue;
      for (const w of words) {
        if (!readsAt(text, p, w)) continue;
        const after = text.charCodeAt(p + w.length);
        if (isLower(after) || isMask(after)) continue;
        return { start: p, end: p + w.length };
      }
    }
  });
}
