import type { Finding } from './facts.js';
import {
  isAnsweredNo,
  isDisavowed,
  isHedged,
  isNegated,
  isRebutted,
  isReported,
  personMayAct,
  refusesToReveal,
  warnsOfFraud,
} from './negation.js';
import type { Lang } from './rules/ruleTypes.js';
import { declared } from './rules/declarations.js';
import { answersWorry, isUnrelated } from './negationBank.js';
import { STRUCTURAL_CHECKS } from './structureList.js';
import type { StructuralCheck } from './structureTypes.js';
import type { GuardContext } from './types.js';
import { withFirstChars } from './firstChars.js';
import { LiteralGate } from './prefilter.js';
import { wake } from './wake.js';

export type { StructuralCheck } from './structureTypes.js';

export { STRUCTURAL_CHECKS } from './structureList.js';
const CHECKS = STRUCTURAL_CHECKS;

/**
 * Each check's `needs` and `acts` behind the literals they cannot match without (prefilter.ts):
 * a woken check whose act lacks its literals is not run. Built on first use, with the copies
 * that run: a pattern opening on a lookaround or an optional part gets a look-ahead of its
 * possible first characters (firstChars.ts: the same matches, found faster).
 */
let literalGate: LiteralGate | undefined;
const ACTS_AT = new Int32Array(CHECKS.length);
let running: readonly RegExp[] = [];

function gate(): LiteralGate {
  if (literalGate) return literalGate;
  const regexes: RegExp[] = [];
  CHECKS.forEach((c, i) => {
    ACTS_AT[i] = regexes.length;
    regexes.push(...c.acts, c.needs ?? /(?:)/);
  });
  literalGate = new LiteralGate(regexes);
  running = regexes.map(withFirstChars);
  return literalGate;
}

/** Each check's acts then its needs (or an empty regex), as the checks run them: the profiler times these. */
export function runningStructurePatterns(): readonly RegExp[] {
  gate();
  return running;
}

// "你不是信佛吗？", "Isn't your faith supposed to…?": a negative question asserts, it does not deny.
const ZH_RHETORICAL_BEFORE = /(?:不是|难道|难道不是)[^,;:!?。\n]{0,4}$/;
const ZH_RHETORICAL_AFTER = /^[^,;:!?。\n]{0,16}?(?:吗|么|嘛)?\?/;
const EN_RHETORICAL_BEFORE =
  /(?:^|[.!?\n]\s*)(?:isn't|aren't|doesn't|don't|didn't|wasn't|weren't|won't|can't|shouldn't)\b[^.!?\n]{0,40}$/;
const EN_RHETORICAL_AFTER = /^[^.!?\n]{0,60}\?/;

function rhetorical(text: string, at: number, end: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(end, end + 60);
  return lang === 'zh'
    ? ZH_RHETORICAL_BEFORE.test(before) && ZH_RHETORICAL_AFTER.test(after)
    : EN_RHETORICAL_BEFORE.test(before) && EN_RHETORICAL_AFTER.test(after);
}

function excused(check: StructuralCheck, text: string, at: number, end: number): boolean {
  const lang = check.lang;
  if (check.negatable !== false && isNegated(text, at, lang) && !rhetorical(text, at, end, lang)) return true;
  if (isReported(text, at, lang)) return true;
  if (isRebutted(text, end, lang, at) || isAnsweredNo(text, at, end, lang)) return true;
  if (check.negatable !== false && (answersWorry(text, at, end, lang) || isUnrelated(text, at, end, lang)))
    return true;
  if (isDisavowed(text, at, end, lang)) return true;
  if (check.id.startsWith('privacy.') && refusesToReveal(text, at, lang)) return true;
  if (check.warnable === true && warnsOfFraud(text, at, end, lang)) return true;
  if (check.hedgeable === true && isHedged(text, at, lang)) return true;
  return check.personMayAct === true && personMayAct(text, at, lang);
}

function authorised(check: StructuralCheck, context: GuardContext): boolean {
  const offers: readonly string[] = context.authorised ?? [];
  return check.authorisedBy?.some((o) => offers.includes(o)) === true;
}

const MAX_PER_CHECK = 4;

/** Findings of every structural check on the normalised text. */
export function structureFindings(text: string, context: GuardContext): Finding[] {
  const out: Finding[] = [];
  // Gate words are read with the rules' trigger words, in one pass (wake.ts).
  const { checks: woken, anyCheck } = wake(text);
  if (!anyCheck) return out;
  const g = gate();
  g.scan(text);
  for (let i = 0; i < CHECKS.length; i++) {
    const check = CHECKS[i];
    if (!check || woken[i] === 0) continue;
    const at = ACTS_AT[i] as number;
    const acts = check.acts;
    const needs = check.needs && (running[at + acts.length] as RegExp);
    if (needs && !(g.passes(at + acts.length) && needs.test(text))) continue;
    if (authorised(check, context)) continue;
    if (check.appliesTo && !check.appliesTo(context)) continue;
    const { category, severity } = declared(check.id);
    let found = 0;
    for (let a = 0; a < acts.length; a++) {
      if (!g.passes(at + a)) continue;
      const re = running[at + a] as RegExp;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null && found < MAX_PER_CHECK; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const end = m.index + m[0].length;
        if (excused(check, text, m.index, end)) continue;
        found++;
        out.push({ rule: check.id, category, severity, start: m.index, end });
      }
    }
  }
  return out;
}
