/**
 * Which script every match of a distress rule is written in, read once from the rule's source, so
 * the lexicon skips the Chinese rules on an English message and the English rules on a Chinese
 * one. Saves CPU only: a rule is skipped only when none of its matches could be in the text.
 *
 *   scriptOf(/自杀|轻生/)       // 'han'   (every match has a Chinese character)
 *   scriptOf(/\bkill myself\b/) // 'latin' (every match has a letter a-z)
 *   scriptOf(/想s|\bkms\b/)     // 'any'   (both: always read)
 */
export type RuleScript = 'han' | 'latin' | 'any';

const HAN = /\p{Script=Han}/u;
const LETTER = /[a-z]/i;
/** Escapes (`\b`, `\s`, `\w`, `\p{…}`, `\u4e00`, `\x41`) and group syntax, which are not letters to match. */
const SYNTAX =
  /\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[a-zA-Z]|\\k<[^>]*>|\\[a-zA-Z]|\(\?<[a-zA-Z]\w*>/g;

/**
 * 'han' when the source spells Chinese characters and no letters a-z, 'latin' when it spells
 * letters and no Chinese, 'any' otherwise (also for a case-insensitive or escaped-letter source,
 * which it does not try to reason about). The claim that every match contains that script is
 * checked over every care text by ruleScript.test.ts.
 */
export function scriptOf(pattern: RegExp): RuleScript {
  if (pattern.flags.includes('i')) return 'any';
  const source = pattern.source;
  const letters = source.replace(SYNTAX, '');
  const han = HAN.test(source);
  const latin = LETTER.test(letters);
  if (/\\(?:u|x|p|P|c)/.test(source) && !han) return 'any';
  if (han && !latin) return 'han';
  if (latin && !han) return 'latin';
  return 'any';
}

/** Whether a text can hold a match of a rule in the given script. */
export function mayMatch(script: RuleScript, hasHan: boolean, hasLatin: boolean): boolean {
  return script === 'any' || (script === 'han' ? hasHan : hasLatin);
}

/** The scripts present in a text, for `mayMatch`. */
export function scriptsIn(text: string): { hasHan: boolean; hasLatin: boolean } {
  return { hasHan: HAN.test(text), hasLatin: LETTER.test(text) };
}

/**
 * One pattern that matches somewhere exactly when one of the given patterns does (their sources
 * as alternatives, each in its own group, with their common flags but `g` and `y`), so a message
 * none of them can match costs one scan instead of one per pattern. Null when the patterns differ
 * in flags, or a source refers back to a group (`\1`, `\k<name>`) or names one (numbering would
 * shift in the union).
 */
export function unionOf(patterns: readonly RegExp[]): RegExp | null {
  const flags = new Set(patterns.map((p) => p.flags.replace(/[gy]/g, '')));
  if (patterns.length === 0 || flags.size !== 1) return null;
  if (patterns.some((p) => /\\[1-9]|\\k<|\(\?<[a-zA-Z]/.test(p.source))) return null;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), [...flags][0]);
}

/**
 * Decides, for one text, which of a list of patterns may match and must be run: patterns are
 * grouped by script, `size` neighbours to a group, and a group is read only when its script is in
 * the text and its union (`unionOf`) matches; each group is tested at most once, on first need.
 * Small groups keep the waste low when a rule does match (only its group is scanned twice).
 */
export function skipper(patterns: readonly RegExp[], size: number): (text: string) => (i: number) => boolean {
  const scripts = patterns.map(scriptOf);
  const groupOf = new Int32Array(patterns.length);
  const groups: { script: RuleScript; union: RegExp | null }[] = [];
  for (const script of ['han', 'latin', 'any'] as const) {
    const members = patterns.map((_, i) => i).filter((i) => scripts[i] === script);
    for (let at = 0; at < members.length; at += size) {
      const part = members.slice(at, at + size);
      for (const i of part) groupOf[i] = groups.length;
      groups.push({ script, union: unionOf(part.map((i) => patterns[i] ?? /$^/)) });
    }
  }
  return (text) => {
    const { hasHan, hasLatin } = scriptsIn(text);
    /** Per group: 0 not yet tested, 1 may match, 2 cannot. */
    const state = new Int8Array(groups.length);
    return (i) => {
      const g = groupOf[i] ?? 0;
      if (state[g] === 0) {
        const { script, union } = groups[g] ?? { script: 'any', union: null };
        state[g] = mayMatch(script, hasHan, hasLatin) && (union === null || union.test(text)) ? 1 : 2;
      }
      return state[g] === 1;
    };
  };
}
