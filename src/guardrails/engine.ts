import type { Finding } from './facts.js';
import { isHedged, isNegated, isReported, personMayAct } from './negation.js';
import type { CompactText, NormalisedText } from './normalise.js';
import { LEXICON_RULES, PATTERN_RULES, type PatternRule } from './rules/index.js';
import type { GuardContext } from './types.js';
import { WordScanner } from './wordScanner.js';

/**
 * Runs the word lists and the regex rules, compiled once at load. A rule's regexes run only
 * when one of its trigger words occurs in the reply, so a clean reply costs one pass of the
 * trigger automaton plus the few rules its words wake up.
 */
const TRIGGERS = new WordScanner<number>(
  PATTERN_RULES.flatMap((rule, index) => rule.triggers.map((t) => [t, index] as const)),
);

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

/** Word-list hits on the compact view; Latin words must sit on word boundaries. */
export function runLexicon(norm: NormalisedText, view: CompactText): Finding[] {
  const out: Finding[] = [];
  LEXICON.scan(view.text, (index, start, end) => {
    const rule = LEXICON_RULES[index];
    const s = view.index[start];
    const e = view.index[end - 1];
    if (!rule || s === undefined || e === undefined) return;
    if (isLatin(view.text.charCodeAt(start)) && !onWordBoundary(norm.text, s, e)) return;
    out.push({ rule: rule.id, category: rule.category, severity: rule.severity, start: s, end: e + 1 });
  });
  return out;
}

function applies(rule: PatternRule, context: GuardContext): boolean {
  if (rule.appliesTo && !rule.appliesTo(context)) return false;
  if (rule.authorisedBy && context.authorised?.some((offer) => rule.authorisedBy?.includes(offer))) return false;
  return true;
}

function excused(rule: PatternRule, text: string, at: number): boolean {
  if (rule.negatable && (isNegated(text, at, rule.lang) || isReported(text, at, rule.lang))) return true;
  if (rule.hedgeable && isHedged(text, at, rule.lang)) return true;
  return rule.personMayAct === true && personMayAct(text, at, rule.lang);
}

function runRule(rule: PatternRule, text: string, out: Finding[]): void {
  for (const re of rule.patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (excused(rule, text, m.index)) continue;
      out.push({ rule: rule.id, category: rule.category, severity: rule.severity, start: m.index, end: m.index + m[0].length });
    }
  }
}

/** Regex rules woken by their trigger words. `ungated` runs every rule (for tests). */
export function runPatterns(norm: NormalisedText, context: GuardContext, ungated = false): Finding[] {
  const fired = new Uint8Array(PATTERN_RULES.length);
  if (ungated) fired.fill(1);
  else TRIGGERS.scan(norm.text, (index) => (fired[index] = 1));
  const out: Finding[] = [];
  for (let i = 0; i < PATTERN_RULES.length; i++) {
    const rule = PATTERN_RULES[i];
    if (fired[i] === 1 && rule && applies(rule, context)) runRule(rule, norm.text, out);
  }
  return out;
}

/** All the literal words the rules scan for: the word lists plus the rules' trigger words. */
export function wordLists(): { lexicon: string[]; triggers: string[] } {
  return {
    lexicon: [...new Set(LEXICON_RULES.flatMap((r) => r.words))],
    triggers: [...new Set(PATTERN_RULES.flatMap((r) => r.triggers))],
  };
}
