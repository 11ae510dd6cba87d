import { CodedPattern, isLower, isRegexSpace } from '../codedPattern.js';
import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Profanity and slurs masked with dashes, spaced dashes or asterisks in English (guard17en, issue
 * 16), written by class from the helper's own check set (test/guardrails/labelled/check-g17.en.jsonl):
 * any run of letters of a listed word replaced by one or more marks ("f—king", "sh—t", "b – – – h",
 * "a––", "w—tback", "n----r", "F— you"), the word's first letter kept. Slurs are
 * `discrimination.identity` (structMasks.ts and discrimination/identityEn.ts read single-letter
 * asterisk masks; these read dash runs and several letters under one mark). Digits right after the
 * marks make a reference ("A***45"), not a word. FDCPA §1692d(2), (3).
 */
// One masking mark, optionally spaced: "—", "–", "-", "*", "_", "#", " – ".
const MARK = String.raw`(?:\s?[-‐‑‒–—―*_#])`;

interface Form {
  readonly least: number;
  readonly most: number;
  readonly suffix: string;
}

/**
 * The word with one inner or final run of its letters masked, every split of prefix and suffix:
 * the forms by their kept prefix (in the order the regex tries them), and the regex itself.
 */
function forms(words: readonly string[]): { source: string; byPrefix: Map<string, Form[]> } {
  const seen = new Set<string>();
  const byPrefix = new Map<string, Form[]>();
  for (const w of words)
    for (let i = 1; i < w.length; i++)
      for (let j = i + 1; j <= w.length; j++) {
        const prefix = w.slice(0, i);
        const suffix = w.slice(j);
        // Two kept letters and one mark ("s-c", "c-t") are too often an abbreviation.
        const least = suffix === '' || i + suffix.length < 3 ? 2 : 1;
        const most = Math.max(least, j - i + 2);
        const form = `${prefix}${MARK}{${least},${most}}${suffix === '' ? '' : '\\s?'}${suffix}`;
        if (seen.has(form)) continue;
        seen.add(form);
        const list = byPrefix.get(prefix);
        if (list) list.push({ least, most, suffix });
        else byPrefix.set(prefix, [{ least, most, suffix }]);
      }
  const source = `(?<![a-z0-9*_#-])(?=[a-z]{1,12}\\s?[-‐‑‒–—―*_#])(?:${[...seen].join('|')})(?![a-z0-9*_#‐‑‒–—―-])`;
  return { source, byPrefix };
}

/** A masking mark without its space: - ‐ ‑ ‒ – — ― * _ #. */
function isMark(c: number): boolean {
  return c === 0x2d || c === 0x2a || c === 0x5f || c === 0x23 || (c >= 0x2010 && c <= 0x2015);
}

const NEXT_MARK = /[-‐‑‒–—―*_#]/g;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Nothing of a word or a mask may follow a match (the source's closing look-ahead). */
function endsClean(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return at >= text.length || !(isLower(c) || isDigit(c) || isMark(c));
}

/** Where each run of 1, 2, … marks (each optionally after one space) ends, from `at`. */
function markRuns(text: string, at: number, most: number): number[] {
  const ends: number[] = [];
  let t = at;
  while (ends.length < most) {
    const c = text.charCodeAt(t);
    if (isMark(c)) t += 1;
    else if (isRegexSpace(c) && isMark(text.charCodeAt(t + 1))) t += 2;
    else break;
    ends.push(t);
  }
  return ends;
}

/** The end of the first form (in the source's order) matching after the kept letters [p, e), or -1. */
function matchAt(text: string, e: number, list: readonly Form[], most: number): number {
  const ends = markRuns(text, e, most);
  for (const { least, most: upTo, suffix } of list)
    for (let k = Math.min(ends.length, upTo); k >= least; k--) {
      const pos = ends[k - 1] as number;
      if (suffix === '') {
        if (endsClean(text, pos)) return pos;
        continue;
      }
      if (isRegexSpace(text.charCodeAt(pos)) && text.startsWith(suffix, pos + 1)) {
        if (endsClean(text, pos + 1 + suffix.length)) return pos + 1 + suffix.length;
      }
      if (text.startsWith(suffix, pos) && endsClean(text, pos + suffix.length)) return pos + suffix.length;
    }
  return -1;
}

/**
 * The words with a run of letters masked, read by shape: a run of 1–12 letters (not after a
 * letter, digit or mark), a mark, then the forms kept under those letters tried in the source's
 * order. Matches exactly what the source matches (test/guardrails/rules/structMaskDashEn.test.ts).
 */
function dashed(words: readonly string[]): CodedPattern {
  const { source, byPrefix } = forms(words);
  let most = 0;
  for (const list of byPrefix.values()) for (const f of list) most = Math.max(most, f.most);
  return new CodedPattern(source, 'g', (text, from) => {
    for (let at = from; ; at++) {
      // V8 finds the next mark faster than a loop over the characters; test() builds no array.
      NEXT_MARK.lastIndex = at;
      if (!NEXT_MARK.test(text)) return undefined;
      at = NEXT_MARK.lastIndex - 1;
      const e = isRegexSpace(text.charCodeAt(at - 1)) ? at - 1 : at;
      let p = e;
      while (p > 0 && e - p <= 12 && isLower(text.charCodeAt(p - 1))) p--;
      if (p === e || e - p > 12 || p < from) continue;
      const before = text.charCodeAt(p - 1);
      if (
        p > 0 &&
        (isDigit(before) || before === 0x2a || before === 0x5f || before === 0x23 || before === 0x2d)
      )
        continue;
      const list = byPrefix.get(text.slice(p, e));
      const end = list === undefined ? -1 : matchAt(text, e, list, most);
      if (end >= 0) return { start: p, end };
    }
  });
}

const PROFANE = [
  'fuck',
  'fucking',
  'fucker',
  'fucked',
  'motherfucker',
  'motherfucking',
  'shit',
  'bullshit',
  'horseshit',
  'dumbass',
  'jackass',
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
    patterns: [
      dashed(PROFANE.filter((w) => w !== 'piece' && w !== 'hell')),
      ...en(
        // "p—ce of sh—t", "h-ll" only as an oath: "go to h-ll", "what the h-ll".
        String.raw`\bp${MARK}{1,3}\s?ce of s\w*${MARK}{1,4}\s?t?\b`,
        String.raw`\b(?:to|the|in|from) h${MARK}{1,3}\s?ll\b`,
        // "F— you!", "f-- off", "a-- off", "your a–".
        String.raw`\bf${MARK}{1,4}\s?(?:ck|k|in|ing)? (?:you|u|off|this|that|them|him|her|yourself)\b`,
        String.raw`\b(?:your|ur|lazy|fat|sorry|dumb|kiss my|our|my|his|her) a${MARK}{1,4}(?![a-z0-9])`,
      ),
    ],
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: false,
    triggers: TRIGGERS,
    patterns: [dashed(SLURS)],
  },
];
