import { maskPii } from '../../core/pii.js';
import type { ClassifierOpinion, Violation } from '../types.js';
import { sharedClassifier } from './model.js';
import { MIN_CONTENT_UNITS } from './segments.js';

/**
 * A linear model over a handful of n-grams says more about its bias than about the text: "您好",
 * "Hi", "稍等", "嗯" scored over thresholds. Below `MIN_CONTENT_UNITS` of content (Han characters
 * plus Latin-script words) the classifier gives its opinion but never blocks; the rules still
 * apply to short texts (insults and threats of a word or two are theirs). Segments (segments.ts)
 * are never shorter either.
 */
export { MIN_CONTENT_UNITS };

/**
 * Whether a text has at least `min` content units, stopping as soon as it has: the same count as
 * `contentUnits` on the prefix read so far (Han characters and Latin-script words), without
 * scanning a long reply twice with Unicode-property expressions (they cost more than the model).
 */
export function hasContent(text: string, min = MIN_CONTENT_UNITS): boolean {
  const unit = /\p{Script=Han}|[\p{L}\p{N}]*\p{Script=Latin}[\p{L}\p{N}'’-]*/gu;
  let n = 0;
  for (let m = unit.exec(text); m !== null; m = unit.exec(text)) if (++n >= min) return true;
  return false;
}

export function contentUnits(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[\p{L}\p{N}]*\p{Script=Latin}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return han + words;
}

/**
 * The classifier's step in `check`: after the rules, on the same normalised text. Its top
 * category and score always go to the verdict (and so to the audit event); over the category's
 * calibrated threshold it is a violation `classifier.<category>` spanning the whole reply.
 */
export function classifierFinding(
  original: string,
  normalised: string,
): { opinion: ClassifierOpinion; violation?: Violation } | undefined {
  const model = sharedClassifier();
  if (!model || normalised.trim() === '') return undefined;
  const verdict = model.verdict(normalised);
  const { top } = verdict;
  const flagged = verdict.flagged && hasContent(normalised) ? verdict.flagged : undefined;
  const best = flagged ?? top;
  const opinion: ClassifierOpinion = {
    model: model.version,
    category: best.category,
    score: Math.round(best.score * 1000) / 1000,
    threshold: best.threshold,
    flagged: flagged !== undefined,
  };
  if (!flagged) return { opinion };
  const violation: Violation = {
    category: flagged.category,
    rule: `classifier.${flagged.category}`,
    severity: 'high',
    span: { start: 0, end: original.length },
    evidence: maskPii(original.slice(0, 80)),
    score: opinion.score,
  };
  return { opinion, violation };
}
