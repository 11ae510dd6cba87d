import type { DistressRule } from './distressRule.js';
import { CLASS_RULES_IN_ORDER, IDIOMS } from './rules/index.js';

/**
 * How the class rules (rules/<category>/*.ts, read in rules/order.ts) are read: as lexicon rules
 * (CLASS_CONTEXT_RULES, never negated away), and, for a hit, whether the message explains it away
 * (an idiom, what the class needs missing, an everyday reason said). A rooftop is distress with
 * "站了很久", not with "修漏水"; going to be with someone is distress when that someone died; a pet
 * given away is not when the landlord forbids pets.
 */

/** The class rules as the lexicon reads them (a negation before these words does not undo them). */
export const CLASS_CONTEXT_RULES: readonly DistressRule[] = CLASS_RULES_IN_ORDER.map((r) => ({
  family: r.family,
  pattern: r.pattern,
  negatable: false,
  cue: r.cue,
}));

const ANCHORED = CLASS_RULES_IN_ORDER.map((r) => ({
  ...r,
  whole: new RegExp(`^(?:${r.pattern.source})$`),
  global: new RegExp(r.pattern.source, 'g'),
}));

type Anchored = (typeof ANCHORED)[number];

/**
 * Per text (the last one read): each class's matches over it and whether the text explains the
 * class away. A long message with hundreds of hits reads each class once, not once per hit.
 */
let readText = '';
let matchesOf = new Map<Anchored, Set<string>>();
let everydayOf = new Map<Anchored, boolean>();
/** The verdict on each hit already read in this text (a long message repeats the same words). */
let verdictOf = new Map<string, boolean>();

function forText(text: string): void {
  if (text === readText) return;
  readText = text;
  matchesOf = new Map();
  everydayOf = new Map();
  verdictOf = new Map();
}

/** True when the rule, read over the text, finds exactly this match (its lookarounds see the text). */
function findsIn(rule: Anchored, match: string, text: string): boolean {
  forText(text);
  let found = matchesOf.get(rule);
  if (!found) {
    found = new Set();
    rule.global.lastIndex = 0;
    for (let m = rule.global.exec(text); m !== null; m = rule.global.exec(text)) {
      found.add(m[0]);
      if (m[0] === '') rule.global.lastIndex += 1;
    }
    matchesOf.set(rule, found);
  }
  return found.has(match);
}

/** True when what the class needs is missing from the text, or what explains it away is there. */
function everydayFor(rule: Anchored, text: string): boolean {
  forText(text);
  let everyday = everydayOf.get(rule);
  if (everyday === undefined) {
    everyday = (rule.needs !== undefined && !rule.needs.test(text)) || (rule.unless?.test(text) ?? false);
    everydayOf.set(rule, everyday);
  }
  return everyday;
}

/**
 * True when a hit reads as everyday talk in this message: an idiom (rules/everyday/idioms.ts, any
 * rule's hit), or, for a hit of a class rule (`byClass`), what the class needs
 * is missing (no sign the relative died, no sign of being at the edge now), or what explains it
 * away is there (a move, a trip, a payment).
 */
export function classHitIsOrdinary(match: string, text: string, byClass: boolean): boolean {
  if (IDIOMS.some(([words, context]) => words.test(match) && context.test(text))) return true;
  if (!byClass) return false;
  forText(text);
  const known = verdictOf.get(match);
  if (known !== undefined) return known;
  const verdict = classesFindEveryday(match, text);
  verdictOf.set(match, verdict);
  return verdict;
}

/** True when every class whose words the match is finds them everyday in this text. */
function classesFindEveryday(match: string, text: string): boolean {
  // Every class whose words these are must find them everyday: one class that reads them as
  // distress keeps the hit ("i'm at the tracks" is a place for one class, a means for another).
  const whole = ANCHORED.filter((r) => r.whole.test(match));
  if (whole.length === 0) return false;
  // A hit of the compact text may not be found again in the spaced text: then every class whose
  // words these are is asked.
  const found = whole.length === 1 ? whole : whole.filter((r) => findsIn(r, match, text));
  const rules = found.length > 0 ? found : whole;
  return rules.every((rule) => everydayFor(rule, text));
}

/**
 * True when a class hit was set aside only because what its class needs is missing (no idiom,
 * no everyday reason said): the words alone, which say nothing either way, so the learned scorer
 * reads the message at its usual bar ("东西我都分给朋友了" with no one typing for anyone).
 */
export function classHitLacksOnlyNeeds(match: string, text: string): boolean {
  if (IDIOMS.some(([words, context]) => words.test(match) && context.test(text))) return false;
  const whole = ANCHORED.filter((r) => r.whole.test(match));
  return (
    whole.length > 0 &&
    whole.every((r) => r.needs !== undefined && !r.needs.test(text) && !(r.unless?.test(text) ?? false))
  );
}
