import {
  buildAudit,
  type Attempt,
  type AttemptSource,
  type AuditEvent,
  type DetectorRun,
  type DraftSource,
  type EnforcementOutcome,
} from './audit.js';
import { ruleChecker } from './check.js';
import type { GuardContext, GuardrailCheck, JudgeClearance, Verdict, Violation } from './types.js';

export interface EnforceOptions {
  context: GuardContext;
  draft: string;
  draftSource: DraftSource;
  /** Ask the wording step again, with the violations as feedback; undefined or a throw gives up. */
  regenerate?: (violations: Violation[], attempt: number) => Promise<string | undefined>;
  /** How many times to ask again (default 1; config GUARDRAIL_MAX_REGENERATIONS). */
  maxRegenerations?: number;
  /** The act's offline template: the fallback when the wording step cannot produce a clean draft. */
  template?: () => string;
  /** Fixed safe text, sent when everything else failed (it is still checked, for the record). */
  safeMessage: string;
  /** Default [ruleChecker]. Advisory checkers (a model judge) can only add violations. */
  checkers?: GuardrailCheck[];
}

export interface EnforcementResult {
  /** What to send. */
  text: string;
  outcome: EnforcementOutcome;
  /** Every draft with its verdict, in order; the last one is what was sent. */
  attempts: Attempt[];
  audit: AuditEvent;
  /**
   * When a binding judge cleared what only the classifier flagged in the text sent: pass it on
   * as `context.judged` with the text, so the send path's last check agrees.
   */
  clearance?: JudgeClearance;
}

const ADVISORY_TIMEOUT_MS = 2000;

type Run = {
  checker: GuardrailCheck;
  verdict?: Verdict;
  failure?: 'error' | 'timeout';
  message?: string;
  ms: number;
};

async function runChecker(checker: GuardrailCheck, text: string, context: GuardContext): Promise<Run> {
  const started = performance.now();
  const limit = checker.timeoutMs ?? (checker.advisory ? ADVISORY_TIMEOUT_MS : undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const pending = Promise.resolve().then(() => checker.check(text, context));
    // No limit (the rules): no timer and no race to build.
    const result =
      limit === undefined
        ? await pending
        : await Promise.race([
            pending,
            new Promise<'timeout'>((resolve) => {
              timer = setTimeout(() => resolve('timeout'), limit);
            }),
          ]);
    const ms = performance.now() - started;
    if (result === 'timeout')
      return { checker, failure: 'timeout', message: `${checker.name}: timed out after ${limit} ms`, ms };
    if (result.status === 'error')
      return {
        checker,
        verdict: result,
        failure: 'error',
        message: `${checker.name}: ${result.reason ?? 'error'}`,
        ms,
      };
    return { checker, verdict: result, ms };
  } catch (err) {
    const message = `${checker.name}: ${err instanceof Error ? err.message : String(err)}`;
    return { checker, failure: 'error', message, ms: performance.now() - started };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Blocks beat errors; a required checker's error or timeout is never a pass. */
function combine(runs: Run[]): Verdict {
  const opinion = runs.find((r) => r.verdict?.classifier)?.verdict?.classifier;
  const verdict = combineVerdicts(runs);
  return opinion ? { ...verdict, classifier: opinion } : verdict;
}

/** A binding judge that answered in time clears the classifier's findings (not the rules'). */
function bindingJudge(runs: Run[]): string | undefined {
  return runs.find((r) => r.checker.binding === true && !r.failure && r.verdict !== undefined)?.checker.name;
}

/** The judge that overruled a classifier finding on this text, if one did. */
function overruledBy(runs: Run[]): string | undefined {
  const judge = bindingJudge(runs);
  const flagged = runs.some(
    (r) => !r.failure && r.verdict?.violations.some((v) => v.rule.startsWith('classifier.')),
  );
  return judge !== undefined && flagged ? judge : undefined;
}

function combineVerdicts(runs: Run[]): Verdict {
  const cleared = bindingJudge(runs) !== undefined;
  const violations = runs
    .flatMap((r) => (r.failure ? [] : (r.verdict?.violations ?? [])))
    .filter((v) => !(cleared && v.rule.startsWith('classifier.')));
  if (violations.length > 0) return { allowed: false, status: 'blocked', violations };
  const failed = runs.filter((r) => r.failure && !r.checker.advisory);
  if (failed.length > 0) {
    return {
      allowed: false,
      status: 'error',
      violations: [],
      reason: failed.map((r) => r.message).join('; '),
    };
  }
  const unverified = runs.find((r) => !r.checker.advisory && r.verdict?.status === 'unverified');
  if (unverified?.verdict)
    return { allowed: false, status: 'unverified', violations: [], reason: unverified.verdict.reason };
  return { allowed: true, status: 'allowed', violations: [] };
}

class Trace {
  readonly attempts: Attempt[] = [];
  readonly detectors: DetectorRun[] = [];
  readonly errors: string[] = [];
  /** Texts whose classifier finding a binding judge overruled, with the judge's name. */
  readonly cleared = new Map<string, string>();
  constructor(
    private readonly checkers: GuardrailCheck[],
    private readonly context: GuardContext,
  ) {}

  async judge(text: string, source: AttemptSource): Promise<Verdict> {
    const runs = await Promise.all(this.checkers.map((c) => runChecker(c, text, this.context)));
    const attempt = this.attempts.length;
    for (const r of runs) {
      if (r.message) this.errors.push(r.message);
      const status = r.failure ?? r.verdict?.status ?? 'error';
      const timings = r.verdict?.timings ?? [
        { detector: r.checker.name, latencyUs: Math.round(r.ms * 1000) },
      ];
      for (const t of timings)
        this.detectors.push({
          attempt,
          checker: r.checker.name,
          detector: t.detector,
          status,
          latencyUs: t.latencyUs,
        });
    }
    const verdict = combine(runs);
    const judge = overruledBy(runs);
    if (judge !== undefined && verdict.allowed) this.cleared.set(text, judge);
    this.attempts.push({ source, text, verdict });
    return verdict;
  }

  clearance(text: string): JudgeClearance | undefined {
    const by = this.cleared.get(text);
    return by === undefined ? undefined : { text, by };
  }

  audit(context: GuardContext, draftSource: DraftSource, outcome: EnforcementOutcome): AuditEvent {
    return buildAudit(context, draftSource, outcome, this.attempts, this.detectors, this.errors);
  }

  fail(what: string, err: unknown): void {
    this.errors.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function regenerated(
  options: EnforceOptions,
  trace: Trace,
  first: Verdict,
): Promise<string | undefined> {
  let verdict = first;
  const max = options.maxRegenerations ?? 1;
  for (let attempt = 1; attempt <= max && options.regenerate; attempt++) {
    let next: string | undefined;
    try {
      next = await options.regenerate(verdict.violations, attempt);
    } catch (err) {
      trace.fail('regenerate', err);
      return undefined;
    }
    if (next === undefined) return undefined;
    verdict = await trace.judge(next, 'regeneration');
    if (verdict.allowed) return next;
  }
  return undefined;
}

async function fromTemplate(options: EnforceOptions, trace: Trace): Promise<string | undefined> {
  if (!options.template) return undefined;
  let text: string;
  try {
    text = options.template();
  } catch (err) {
    trace.fail('template', err);
    return undefined;
  }
  return (await trace.judge(text, 'template')).allowed ? text : undefined;
}

/**
 * Enforcement for one outgoing message: check → on block, ask the wording step again (with the
 * violations as feedback) → else the act's offline template → else the fixed safe message.
 *
 *   const r = await enforce({ context, draft, draftSource: 'model', regenerate, template, safeMessage });
 *   send(r.text); log(r.audit); transcript(r.attempts);
 */
export async function enforce(options: EnforceOptions): Promise<EnforcementResult> {
  const trace = new Trace(options.checkers ?? [ruleChecker], options.context);
  const done = (text: string, outcome: EnforcementOutcome): EnforcementResult => {
    const clearance = trace.clearance(text);
    return {
      text,
      outcome,
      attempts: trace.attempts,
      audit: trace.audit(options.context, options.draftSource, outcome),
      ...(clearance ? { clearance } : {}),
    };
  };
  const first = await trace.judge(options.draft, options.draftSource);
  if (first.allowed) return done(options.draft, 'passed');
  const again = await regenerated(options, trace, first);
  if (again !== undefined) return done(again, 'regenerated');
  const template = await fromTemplate(options, trace);
  if (template !== undefined) return done(template, 'template');
  await trace.judge(options.safeMessage, 'safe_message');
  return done(options.safeMessage, 'safe_message');
}

/** One text's verdict from several checkers, with no fallback (see `judgeText`). */
export interface TextJudgement {
  verdict: Verdict;
  /** The context to send the text with: `judged` set when a binding judge cleared it. */
  context: GuardContext;
}

/**
 * The verdict on text that is sent as written or not at all (a human agent's message): the
 * same checkers and rules of combination as `enforce` — a binding judge that answers in time
 * decides over the classifier, never over a rule; late or failing, the local verdict stands —
 * but nothing is reworded or replaced.
 *
 *   const { verdict, context } = await judgeText(text, ctx, [ruleChecker, judge.forReply({ deadline, trusted: [] })]);
 */
export async function judgeText(
  text: string,
  context: GuardContext,
  checkers: GuardrailCheck[],
  draftSource: DraftSource = 'agent',
): Promise<TextJudgement> {
  const trace = new Trace(checkers, context);
  const verdict = await trace.judge(text, draftSource);
  const clearance = trace.clearance(text);
  return {
    verdict,
    context: clearance ? { ...context, judged: clearance } : context,
  };
}

/**
 * Wraps a model-based judge (an OpenAI moderation or judge call, injected: no I/O here) as an
 * advisory checker: it can add violations; its errors and timeouts leave the rules standing.
 */
export function modelChecker(
  name: string,
  judge: (text: string, context: GuardContext) => Promise<Verdict>,
  timeoutMs = ADVISORY_TIMEOUT_MS,
  binding = false,
): GuardrailCheck {
  return { name, advisory: true, timeoutMs, check: judge, ...(binding ? { binding } : {}) };
}
