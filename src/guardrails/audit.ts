import { maskPii } from '../core/pii.js';
import { maskDigits, POLICY_VERSION } from './check.js';
import type { Category, ClassifierOpinion, GuardContext, Verdict, VerdictStatus } from './types.js';

/** Where a draft came from; later attempts are regenerations, the template or the safe message. */
export type DraftSource = 'model' | 'template' | 'dialog' | 'agent' | 'reminder';
export type AttemptSource = DraftSource | 'regeneration' | 'template' | 'safe_message';
export type EnforcementOutcome = 'passed' | 'regenerated' | 'template' | 'safe_message';

export interface Attempt {
  source: AttemptSource;
  text: string;
  verdict: Verdict;
}

/** One detector's run on one attempt: its own verdict status (or 'timeout') and latency. */
export interface DetectorRun {
  attempt: number;
  checker: string;
  detector: string;
  status: VerdictStatus | 'timeout';
  latencyUs: number;
}

/** A violation's position, with the matched text masked (never raw PII). */
export interface AuditSpan {
  attempt: number;
  rule: string;
  category: Category;
  start: number;
  end: number;
  masked: string;
}

/**
 * One structured event per enforcement decision, safe to log: no raw reply text, spans
 * masked. `outcomeSource: 'error'` means a checker failed somewhere in the chain (which is
 * never recorded as a pass), as opposed to 'policy' (the rules decided).
 */
export interface AuditEvent {
  type: 'guardrail.decision';
  policyVersion: string;
  locale: GuardContext['locale'];
  verified: boolean;
  draftSource: DraftSource;
  action: EnforcementOutcome;
  outcomeSource: 'policy' | 'error';
  /** The status of each attempt's combined verdict, in order. */
  statuses: VerdictStatus[];
  ruleIds: string[];
  categories: Category[];
  spans: AuditSpan[];
  detectors: DetectorRun[];
  /** The trained classifier's top category and score on each attempt it judged. */
  classifier: (ClassifierOpinion & { attempt: number })[];
  /** Failures along the way (checker errors and timeouts, a regenerate or template that threw). */
  errors: string[];
  attempts: number;
}

/** Evidence is masked when it is made; mask again so no digit run of an identifier survives. */
function masked(evidence: string): string {
  return maskPii(evidence).replace(/\d[\d ,.-]{6,}\d/g, (run) => maskDigits(run));
}

export function buildAudit(
  context: GuardContext,
  draftSource: DraftSource,
  action: EnforcementOutcome,
  attempts: readonly Attempt[],
  detectors: DetectorRun[],
  errors: string[],
): AuditEvent {
  const spans: AuditSpan[] = [];
  attempts.forEach((a, i) => {
    for (const v of a.verdict.violations) {
      spans.push({
        attempt: i,
        rule: v.rule,
        category: v.category,
        start: v.span.start,
        end: v.span.end,
        masked: masked(v.evidence),
      });
    }
  });
  const statuses = attempts.map((a) => a.verdict.status);
  return {
    type: 'guardrail.decision',
    policyVersion: POLICY_VERSION,
    locale: context.locale,
    verified: context.verified,
    draftSource,
    action,
    outcomeSource: statuses.includes('error') ? 'error' : 'policy',
    statuses,
    ruleIds: [...new Set(spans.map((s) => s.rule))],
    categories: [...new Set(spans.map((s) => s.category))],
    spans,
    detectors,
    classifier: attempts.flatMap((a, attempt) =>
      a.verdict.classifier ? [{ ...a.verdict.classifier, attempt }] : [],
    ),
    errors,
    attempts: attempts.length,
  };
}
