import { maskPii } from '../../core/pii.js';
import type { ClassifierOpinion, Violation } from '../types.js';
import { sharedClassifier } from './model.js';

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
  const { top, flagged } = model.verdict(normalised);
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
