import { ZH_NEGATED } from './care/distressLexicon.js';
import { DISTRESS } from './intentPatterns.js';

/**
 * The plain distress phrases (intentPatterns.ts), each match read with its own negation: they add
 * recall where the care detector misses ("I don't know why but I want to die"), but never against
 * the person's own denial ("I'm not suicidal, just broke", "我没想不开 就是没钱", understand8).
 * A phrase that is itself a negation ("I don't want to live", "活不下去", "can't go on") is read
 * as said; a 'not' elsewhere ("I'm not okay, I want to die") denies nothing.
 */
const PHRASES = DISTRESS.map((re) => new RegExp(re.source, 'g'));

/**
 * An English denial scoped on the phrase right after it: the negation, then only words that keep
 * it on the phrase ("not going to", "never", "not feeling", "no plans to", "not in a"). "I'm not
 * lying when I say …", "don't tell me to calm down, …" deny nothing.
 */
const EN_DENIAL =
  /\b(?:not|never|no longer|\w+n't|dont|wont|cant|didnt|doesnt|isnt|aint|no (?:thoughts?|intentions?|plans?|desire|wish) (?:of|to))\s+(?:(?:going|gonna|about|planning|trying|thinking|feeling|feel|really|even|ever|at|all|in|a|an|to|of|be|being|remotely|actually|that|wanting|want|wanna|ready)\s+){0,4}$/;

/** "My phone's about to die", "battery is gonna die": a thing runs out, not the person. */
const THING_DIES =
  /\b(?:phone|cell|mobile|battery|batt|laptop|computer|tablet|ipad|iphone|charger|car|engine|plant|plants)(?:'s|s)?(?:\s+(?:is|are|was|just|literally|about|already))*\s+$/;

/** "…and honestly so am I": the person joins the thing that dies. */
const SO_AM_I =
  /\b(?:so am i|so will i|as am i|me too|and me|just like me|same as me|and i am too|and so do i)\b/;

function notAboutSelf(text: string, index: number, match: string): boolean {
  if (/\p{Script=Han}/u.test(text[index] ?? '')) {
    return ZH_NEGATED.test(text.slice(Math.max(0, index - 5), index));
  }
  const before = text.slice(Math.max(0, index - 48), index);
  const thing =
    match.endsWith('to die') &&
    THING_DIES.test(before) &&
    !SO_AM_I.test(text.slice(index, index + match.length + 60));
  return EN_DENIAL.test(before) || thing;
}

/** Whether a plain distress phrase is said about the person and not denied by them. */
export function saysDistressPlainly(norm: string): boolean {
  return PHRASES.some((re) => {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      if (m[0] === '') re.lastIndex += 1;
      else if (!notAboutSelf(norm, m.index, m[0])) return true;
    }
    return false;
  });
}
