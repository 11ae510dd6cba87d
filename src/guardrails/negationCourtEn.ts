import { clauseBefore, sentenceAround } from './negation.js';
import type { Lang } from './rules/ruleTypes.js';

/**
 * English court words a creditor that may sue lawfully writes (guarden24, issue 16, policy
 * 2026.12.19): a court step named inside a condition whose subject is the account or the creditor,
 * with its outcome hedged in the main clause ("if this account goes to court and the creditor
 * obtains a judgment, the judgment may be recorded and could become a lien"). Still claims: the
 * bank's own act in the condition ("if you don't pay we'll take you to court, and the judge may…"),
 * a main clause that says will/shall, and anything made imminent or criminal.
 */

// The condition opens on a third-person subject: the account, the debt, the creditor, a suit.
const CONDITION =
  /\b(?:if|should|in the event(?: that)?|where)\s+(?:this|the|a|an|your|our client's)\s+(?:\w+\s+)?(?:account|debt|balance|matter|case|claim|loan|creditor|lender|bank|client|lawsuit|suit|court|judge|judgment)\b[^,;:!?]{0,60}$/;
// Nobody in the condition acts on the person: "if the account isn't paid we'll sue".
const OWN_ACT = /\b(?:we|we'll|we're|i|i'll|us|will|shall|going to|gonna)\b/;
// The main clause after the condition's comma states the outcome as a possibility.
const HEDGED_MAIN = /^[^.!?]{0,120}?,[^.!?]{0,80}?\b(?:may|might|could|can)\b/;
const IMMINENT =
  /\b(?:tomorrow|tonight|today|this week|next week|already|arrest\w*|jail|prison|criminal|police|warrant|sheriff|deputy)\b/;

/** Whether a court word sits in a third-person condition whose outcome is only possible. */
export function conditionalCourtStep(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const before = clauseBefore(text, at, lang);
  const m = CONDITION.exec(before);
  if (!m || OWN_ACT.test(before.slice(m.index))) return false;
  if (!HEDGED_MAIN.test(text.slice(at, Math.min(text.length, end + 200)))) return false;
  return !IMMINENT.test(sentenceAround(text, at, end, lang));
}
