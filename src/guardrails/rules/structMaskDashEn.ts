import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Profanity and slurs masked with dashes, spaced dashes or asterisks in English (guard17en, issue
 * 16), written by class from the helper's own check set (test/guardrails/labelled/check-g17.en.jsonl):
 * any run of letters of a listed word replaced by one or more marks ("f—king", "sh—t", "b – – – h",
 * "a––", "w—tback", "n----r", "F— you"), the word's first letter kept. Slurs are
 * `discrimination.identity` (structMasks.ts and structRegister13Taunts.ts read single-letter
 * asterisk masks; these read dash runs and several letters under one mark). Digits right after the
 * marks make a reference ("A***45"), not a word. FDCPA §1692d(2), (3).
 */
// One masking mark, optionally spaced: "—", "–", "-", "*", "_", "#", " – ".
const MARK = String.raw`(?:\s?[-‐‑‒–—―*_#])`;

/** The word with one inner or final run of its letters masked, every split of prefix and suffix. */
function dashed(words: readonly string[]): string {
  const forms = new Set<string>();
  for (const w of words)
    for (let i = 1; i < w.length; i++)
      for (let j = i + 1; j <= w.length; j++) {
        const suffix = w.slice(j);
        // Two kept letters and one mark ("s-c", "c-t") are too often an abbreviation.
        const least = suffix === '' || i + suffix.length < 3 ? 2 : 1;
        const run = `${MARK}{${least},${Math.max(least, j - i + 2)}}${suffix === '' ? '' : '\\s?'}`;
        forms.add(`${w.slice(0, i)}${run}${suffix}`);
      }
  return `(?<![a-z0-9*_#-])(?=[a-z]{1,12}\\s?[-‐‑‒–—―*_#])(?:${[...forms].join('|')})(?![a-z0-9*_#‐‑‒–—―-])`;
}

const PROFANE = [
  'fuck',
  'fucking',
  'fucker',
  'fucked',
  'motherfucker',
  'motherfucking',
  'shit',
  'bitch',
  'asshole',
  'bastard',
  'cunt',
  'dick',
  'piss',
  'damn',
  'hell',
  'piece',
];
const SLURS = ['nigger', 'nigga', 'faggot', 'retard', 'wetback', 'chink', 'spic', 'kike', 'coon', 'tranny'];
const TRIGGERS = ['-', '‐', '‑', '‒', '–', '—', '―', '*', '_', '#'];

export const STRUCT_MASK_DASH_EN: PatternRuleSpec[] = [
  {
    id: 'harassment.profanity',
    lang: 'en',
    negatable: false,
    triggers: TRIGGERS,
    patterns: en(
      dashed(PROFANE.filter((w) => w !== 'piece' && w !== 'hell')),
      // "p—ce of sh—t", "h-ll" only as an oath: "go to h-ll", "what the h-ll".
      String.raw`\bp${MARK}{1,3}\s?ce of s\w*${MARK}{1,4}\s?t?\b`,
      String.raw`\b(?:to|the|in|from) h${MARK}{1,3}\s?ll\b`,
      // "F— you!", "f-- off", "a-- off", "your a–".
      String.raw`\bf${MARK}{1,4}\s?(?:ck|k|in|ing)? (?:you|u|off|this|that|them|him|her|yourself)\b`,
      String.raw`\b(?:your|ur|lazy|fat|sorry|dumb|kiss my|our|my|his|her) a${MARK}{1,4}(?![a-z0-9])`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: false,
    triggers: TRIGGERS,
    patterns: en(dashed(SLURS)),
  },
];
