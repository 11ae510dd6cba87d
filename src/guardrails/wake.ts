import { PATTERN_RULES } from './rules/index.js';
import { STRUCTURAL_CHECKS } from './structureList.js';
import { WordScanner } from './wordScanner.js';

/**
 * What a reply's words wake, from one pass over it: the pattern rules' trigger words
 * (engine.ts) and the structural checks' gate words (structure.ts) share one automaton, so the
 * checks do not read the text a second time. Value v < RULE_COUNT is rule v; any other is check
 * v − RULE_COUNT. Every word keeps its place among its own kind's (rules' words first, then the
 * checks', each in declaration order), so each kind's hits come in the same order as from an
 * automaton of its own words: by end offset, then longest first, then declaration order.
 */
export const RULE_COUNT = PATTERN_RULES.length;
export const CHECK_COUNT = STRUCTURAL_CHECKS.length;

const WORDS = new WordScanner<number>([
  ...PATTERN_RULES.flatMap((rule, index) => rule.triggers.map((t) => [t, index] as const)),
  ...STRUCTURAL_CHECKS.flatMap((c, i) => c.gate.map((w) => [w, RULE_COUNT + i] as const)),
]);

export interface Woken {
  /** Per rule, the start of its first trigger word in the text (−1: none) … */
  readonly windowFrom: Int32Array;
  /** … and the end of its last one. */
  readonly windowTo: Int32Array;
  /** Per check, 1 when one of its gate words occurs. */
  readonly checks: Uint8Array;
  /** Whether any check is woken. */
  readonly anyCheck: boolean;
}

const woken = {
  windowFrom: new Int32Array(RULE_COUNT),
  windowTo: new Int32Array(RULE_COUNT),
  checks: new Uint8Array(CHECK_COUNT),
  anyCheck: false,
};
let lastText: string | undefined;

/**
 * Reads a text's trigger and gate words, or gives the last answer when the text is the one read
 * last (the engine and the structural checks read the same normalised reply). The arrays are
 * shared and the next text overwrites them: read them before waking another text.
 */
export function wake(text: string): Woken {
  if (text === lastText) return woken;
  const { windowFrom, windowTo, checks } = woken;
  windowFrom.fill(-1);
  checks.fill(0);
  woken.anyCheck = false;
  WORDS.scan(text, (index, start, end) => {
    if (index < RULE_COUNT) {
      if ((windowFrom[index] as number) < 0) windowFrom[index] = start;
      windowTo[index] = end;
    } else {
      checks[index - RULE_COUNT] = 1;
      woken.anyCheck = true;
    }
  });
  lastText = text;
  return woken;
}
