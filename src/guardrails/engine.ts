import { byPlace, type Finding } from './facts.js';
import { isDisavowed } from './negation.js';
import { excusedOnce, forgetSpans } from './excuse.js';
import type { NormalisedText } from './normalise.js';
import { withFirstChars } from './firstChars.js';
import { LiteralGate } from './prefilter.js';
import { patternReach } from './reach.js';
import { LEXICON_RULES, PATTERN_RULES, type PatternRule } from './rules/index.js';
import type { GuardContext } from './types.js';
import { wake } from './wake.js';
import { WordScanner } from './wordScanner.js';

/**
 * Runs the word lists and the regex rules, compiled once at load. A rule's regexes run only
 * when one of its trigger words occurs in the reply (wake.ts), so a clean reply costs one pass
 * of the trigger automaton plus the few rules its words wake up.
 */

const LEXICON = new WordScanner<number>(
  LEXICON_RULES.flatMap((rule, index) => rule.words.map((w) => [w.toLowerCase(), index] as const)),
);

function isLatin(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** A Latin word-list hit stands alone in the text (plural "s"/"es" allowed). */
function onWordBoundary(text: string, s: number, e: number): boolean {
  if (isLatin(text.charCodeAt(s - 1))) return false;
  let after = e + 1;
  if (text[after] === 'e' && text[after + 1] === 's') after += 2;
  else if (text[after] === 's') after += 1;
  return !isLatin(text.charCodeAt(after));
}

/**
 * Word-list hits, skipping spaces, punctuation and digits (the compact view, without building
 * it): "老，赖" and "dead-beat" match. Latin words must sit on word boundaries.
 */
export function runLexicon(norm: NormalisedText): Finding[] {
  const out: Finding[] = [];
  const text = norm.text;
  LEXICON.scanLetters(text, (index, start, end) => {
    const rule = LEXICON_RULES[index];
    if (!rule) return;
    const latin = isLatin(text.charCodeAt(start));
    if (latin && !onWordBoundary(text, start, end - 1)) return;
    // "我们不会使用“老赖”这类称呼": the word is named to be refused, not used.
    if (isDisavowed(text, start, end, latin ? 'en' : 'zh')) return;
    out.push({ rule: rule.id, category: rule.category, severity: rule.severity, start, end });
  });
  return out;
}

function applies(rule: PatternRule, context: GuardContext): boolean {
  if (rule.appliesTo && !rule.appliesTo(context)) return false;
  if (rule.authorisedBy && context.authorised?.some((offer) => rule.authorisedBy?.includes(offer)))
    return false;
  return true;
}

// A verdict needs a rule's first few spans, not every repeat: "你的同事说" × 8,000 would give the
// verdict 8,000 findings to deduplicate (quadratic) for one rule.
const MAX_FINDINGS_PER_PATTERN = 16;

function runRule(
  rule: PatternRule,
  g: LiteralGate | undefined,
  first: number,
  text: string,
  from: number,
  to: number,
  out: Finding[],
): void {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const patterns = rule.patterns;
  const fast = hinted;
  forgetSpans();
  for (let p = 0; p < patterns.length; p++) {
    if (g !== undefined && !g.passes(first + p)) continue;
    const re = (fast?.[first + p] ?? patterns[p]) as RegExp;
    re.lastIndex = 0;
    let found = 0;
    for (let m = re.exec(slice); m !== null && found < MAX_FINDINGS_PER_PATTERN; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const at = from + m.index;
      if (excusedOnce(rule, text, at, at + m[0].length)) continue;
      found++;
      out.push({
        rule: rule.id,
        category: rule.category,
        severity: rule.severity,
        start: at,
        end: at + m[0].length,
      });
    }
  }
}

// How far a match may reach from the trigger word it contains, per grammar.
const REACH: Readonly<Record<PatternRule['lang'], number>> = { zh: 48, en: 140 };
/**
 * A rule copied with every property a pattern rule may have, in one order, by one object literal.
 * The rule files give their rules 18 different sets and orders of properties, so V8 saw 18 object
 * shapes wherever the engine and the excuse readings read a rule's `patterns`, `lang`,
 * `negatable`…: each such read was a megamorphic (hashed) lookup. The copies share one shape.
 * Every key is required here, so a property added to PatternRule must be copied too.
 */
function sameShape(rule: PatternRule): PatternRule {
  const copy: { [K in keyof Required<PatternRule>]: PatternRule[K] } = {
    id: rule.id,
    lang: rule.lang,
    category: rule.category,
    severity: rule.severity,
    triggers: rule.triggers,
    patterns: rule.patterns,
    negatable: rule.negatable,
    hedgeable: rule.hedgeable,
    personMayAct: rule.personMayAct,
    requestable: rule.requestable,
    authorisedBy: rule.authorisedBy,
    appliesTo: rule.appliesTo,
  };
  return copy;
}

/** The engine's rules: PATTERN_RULES in the same order, on one shape. */
export const ENGINE_RULES: readonly PatternRule[] = PATTERN_RULES.map(sameShape);
const RULES = ENGINE_RULES;
const RULE_COUNT = RULES.length;
/**
 * Each rule's reach: its grammar's, or less when every pattern of the rule is bounded and reads
 * less far (reach.ts: longest match plus lookarounds), so the window around its triggers narrows.
 * Read from ~1,700 sources (tens of ms) with the literal gate, once warm; until then the grammar's.
 */
const RULE_REACH = Int32Array.from(RULES, (rule) => REACH[rule.lang]);

function narrowReach(): void {
  RULES.forEach((rule, i) => {
    let most = 0;
    for (const re of rule.patterns) most = Math.max(most, patternReach(re) ?? Infinity);
    RULE_REACH[i] = Math.min(most, REACH[rule.lang]);
  });
}
/** Every rule's window over the whole text: how `ungated` (tests) runs them. */
const everywhereFrom = new Int32Array(RULE_COUNT);
const everywhereTo = new Int32Array(RULE_COUNT);

/**
 * The literals each pattern cannot match without (read from its source), checked in one pass
 * before any pattern runs: a woken rule whose patterns all lack theirs costs nothing more.
 * Reading ~1,000 sources and building the automaton costs ~0.1 s of CPU, so a process that
 * checks a line or two (the CLI) runs without it; from the GATE_AFTER-th call on it is there,
 * and so are the patterns that open on a lookaround or an optional part, copied with a
 * look-ahead of their possible first characters (firstChars.ts: the same matches, found faster).
 */
let patternGate: LiteralGate | undefined;
let hinted: readonly RegExp[] | undefined;
let calls = 0;
const GATE_AFTER = 3;

function gate(): LiteralGate | undefined {
  if (patternGate === undefined && ++calls >= GATE_AFTER) {
    const patterns = RULES.flatMap((rule) => rule.patterns);
    patternGate = new LiteralGate(patterns);
    hinted = patterns.map(withFirstChars);
    narrowReach();
  }
  return patternGate;
}

/**
 * Every pattern as the engine runs it once warm, in rule order (a rule's patterns from its index
 * in FIRST_PATTERN): the profiler times these.
 */
export function runningPatterns(): readonly RegExp[] {
  while (hinted === undefined) gate();
  return hinted;
}

/** The gate's index of each rule's first pattern. */
const FIRST_PATTERN = Int32Array.from(
  RULES.map((_, i) => RULES.slice(0, i).reduce((n, r) => n + r.patterns.length, 0)),
);

function anyPatternPasses(g: LiteralGate | undefined, first: number, count: number): boolean {
  if (g === undefined) return true;
  for (let p = 0; p < count; p++) if (g.passes(first + p)) return true;
  return false;
}

/** Widens a window to word boundaries so that \b and look-behinds read as in the full text. */
function snapStart(text: string, at: number): number {
  let i = Math.max(0, at);
  while (i > 0 && isWordUnit(text.charCodeAt(i - 1))) i--;
  return i;
}

function snapEnd(text: string, at: number): number {
  let i = Math.min(text.length, at);
  while (i < text.length && isWordUnit(text.charCodeAt(i))) i++;
  return i;
}

/** a–z, 0–9, apostrophe or hyphen: the characters a window must not cut through. */
function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2d;
}

/**
 * Regex rules woken by their trigger words, each run only on the stretch of text around its
 * triggers (a match always contains one). `ungated` runs every rule on the whole text (tests).
 */
export function runPatterns(norm: NormalisedText, context: GuardContext, ungated = false): Finding[] {
  const text = norm.text;
  let windowFrom: Int32Array = everywhereFrom;
  let windowTo: Int32Array = everywhereTo;
  if (ungated) {
    windowFrom.fill(0);
    windowTo.fill(text.length);
  } else ({ windowFrom, windowTo } = wake(text));
  const out: Finding[] = [];
  // Ungated (tests) runs every pattern too: the same findings prove the prefilter hides none.
  const g = ungated ? undefined : gate();
  g?.scan(text);
  for (let i = 0; i < RULE_COUNT; i++) {
    const from = windowFrom[i] as number;
    const rule = RULES[i];
    if (from < 0 || !rule || !applies(rule, context)) continue;
    const first = FIRST_PATTERN[i] as number;
    if (!anyPatternPasses(g, first, rule.patterns.length)) continue;
    const reach = ungated ? 0 : (RULE_REACH[i] as number);
    const ws = snapStart(text, from - reach);
    const we = snapEnd(text, (windowTo[i] as number) + reach);
    runRule(rule, g, first, text, ws, we, out);
  }
  return out.sort(byPlace);
}

/** All the literal words the rules scan for: the word lists plus the rules' trigger words. */
export function wordLists(): { lexicon: string[]; triggers: string[] } {
  return {
    lexicon: [...new Set(LEXICON_RULES.flatMap((r) => r.words))],
    triggers: [...new Set(PATTERN_RULES.flatMap((r) => r.triggers))],
  };
}
