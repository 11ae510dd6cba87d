import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Logger } from 'pino';
import type { Act, ActKind } from '../../core/act.js';
import { enforce, ruleChecker } from '../../guardrails/index.js';
import type { GuardContext, Verdict, Violation } from '../../guardrails/types.js';
import {
  fixedSentences,
  renderTemplate,
  safeMessage,
  suggestionsFor,
  templateInfo,
  type WordingContext,
} from '../../prompts/index.js';
import type { ModelUsage, Reply, ReplyTrace, RespondContext, Responder } from '../responder.js';
import { guardContextFor, wordingContext, type BankWording } from '../templateResponder.js';
import { checkDraft, describeFindings } from './draftChecks.js';
import { DraftWriter, type DraftRequest } from './draftWriter.js';
import type { ModelHealth } from './modelHealth.js';
import type { ModelJudge } from './modelJudge.js';
import { addUsage, type TokenUsage } from './usage.js';

export interface ModelResponderOptions {
  model: BaseChatModel;
  modelName: string;
  bank: BankWording;
  /** Used when the caller gives no deadline (TURN_DEADLINE_MS). */
  turnDeadlineMs: number;
  timeoutMs: number;
  maxRetries: number;
  /** GUARDRAIL_MAX_REGENERATIONS: how often a blocked draft is asked for again. */
  maxRegenerations: number;
  /** Time kept back before the deadline for guarding and sending the reply (ms). */
  reserveMs?: number;
  health?: ModelHealth;
  logger?: Logger;
  /** Whether calls stream now (OPENAI_STREAM, or the probe); default not. */
  stream?: () => boolean;
  /** GUARDRAIL_MODEL_CHECK: an advisory model judge next to the rules (off by default). */
  judge?: ModelJudge;
}

type Attempt = ReplyTrace['attempts'][number];
type Sent = ReplyTrace['sent'];

/** One reply's model work, gathered while it runs. */
class ReplyRun {
  usage: TokenUsage = {};
  modelMs = 0;
  /** Why the model's words were not used (first cause wins). */
  fallbackReason: string | undefined;
  /** Every model draft in order; `verdict` set when the model path rejected it before enforce saw it. */
  readonly drafts: { source: 'model' | 'regeneration'; text: string; verdict?: Verdict }[] = [];

  constructor(
    readonly request: DraftRequest,
    readonly deadline: number,
  ) {}

  fail(reason: string): void {
    this.fallbackReason ??= reason;
  }

  /** Model drafts in order with their verdicts (ours, or enforce's by text), then enforce's other attempts. */
  timeline(checked: readonly Attempt[]): Attempt[] {
    const rest = [...checked];
    const out: Attempt[] = this.drafts.map((d) => {
      if (d.verdict) return { source: d.source, text: d.text, verdict: d.verdict };
      const i = rest.findIndex((a) => a.text === d.text && a.source !== 'template');
      const match = i >= 0 ? rest.splice(i, 1)[0] : undefined;
      return match
        ? { ...match, source: d.source }
        : { source: d.source, text: d.text, verdict: notChecked() };
    });
    return [...out, ...rest];
  }
}

function notChecked(): Verdict {
  return {
    allowed: false,
    status: 'unverified',
    violations: [],
    reason: 'not checked: the turn ran out of time',
  };
}

const DEFAULT_RESERVE_MS = 100;

/**
 * Acts always sent as their reviewed template, besides those with legally required sentences:
 * the refusal of a waiver (the boundary an injection pushes on), support for a person in
 * distress (never an experiment), and the confirmation that contact stops (a legal commitment).
 */
const TEMPLATE_ONLY: ReadonlySet<ActKind> = new Set([
  'waiver_refused',
  'distress_support',
  'cease_contact_confirmed',
]);

function templateOnlyReason(act: Act, wording: WordingContext): string | undefined {
  if (fixedSentences(act, wording).length > 0) return 'fixed_text';
  return TEMPLATE_ONLY.has(act.kind) ? 'template_only' : undefined;
}

/**
 * Words acts with the model, guarded, and never leaves the person waiting.
 *
 * - Acts with legally required sentences (opening, reminder, bot identity) are sent as their
 *   template, verbatim: those sentences are never model-worded. So are TEMPLATE_ONLY acts.
 * - Otherwise the model rewords the act's template from the act's facts (a plain-text completion).
 *   The draft must keep every amount, date and reference number (checkDraft) and passes guardrail
 *   `enforce`: a blocked draft is asked for again with the violations as feedback
 *   (GUARDRAIL_MAX_REGENERATIONS), then the template is sent, then the safe message.
 * - All before `context.deadline`: a slow, failing, rate-limited or malformed model yields the
 *   template in time. `trace.model` records the model, prompt id and version, tokens, the model's
 *   latency and why its words were not used.
 *
 *   const reply = await responder.respond({ kind: 'waiver_refused' }, { locale: 'zh-CN', verified: true, deadline: Date.now() + 8000 });
 *   reply.trace.sent // 'model' | 'regenerated' | 'template' | 'safe_message'
 */
export class ModelResponder implements Responder {
  private readonly writer: DraftWriter;

  constructor(private readonly options: ModelResponderOptions) {
    this.writer = new DraftWriter(options.model, options.stream);
  }

  async respond(act: Act, ctx: RespondContext): Promise<Reply> {
    const started = performance.now();
    const o = this.options;
    const wording = wordingContext(o.bank, ctx.locale);
    const template = renderTemplate(act, wording);
    const request = this.writer.request(act, ctx, wording, template);
    const guardContext: GuardContext = { ...guardContextFor(act, ctx, o.bank), secrets: request.secrets };
    const deadline = (ctx.deadline ?? Date.now() + o.turnDeadlineMs) - (o.reserveMs ?? DEFAULT_RESERVE_MS);
    const run = new ReplyRun(request, deadline);
    const fixed = templateOnlyReason(act, wording);
    const outcome =
      fixed !== undefined
        ? await this.templateOnly(run, guardContext, template, ctx, fixed)
        : await this.modelWorded(run, guardContext, template, ctx);
    const modelUsed = outcome.sent === 'model' || outcome.sent === 'regenerated';
    const model: ModelUsage = {
      model: o.modelName,
      promptId: request.prompt.id,
      promptVersion: request.prompt.version,
      ...run.usage,
      latencyMs: Math.round(run.modelMs),
      ...(!modelUsed ? { fallbackReason: run.fallbackReason ?? outcome.sent } : {}),
    };
    return {
      text: outcome.text,
      suggestions: suggestionsFor(act, ctx.locale),
      trace: {
        act,
        // A binding judge's clearance travels with the reply, so the send path's check agrees.
        guardContext:
          'clearance' in outcome && outcome.clearance
            ? { ...guardContext, judged: outcome.clearance }
            : guardContext,
        template: templateInfo(act.kind),
        sent: outcome.sent,
        attempts: outcome.attempts,
        ...(outcome.audit !== undefined ? { audit: outcome.audit } : {}),
        model,
        latencyMs: performance.now() - started,
      },
    };
  }

  /** The template, guarded like any draft (the safe message if even it is blocked), after any rejected model drafts. */
  private async templateOnly(
    run: ReplyRun,
    guardContext: GuardContext,
    template: string,
    ctx: RespondContext,
    reason: string,
  ) {
    run.fail(reason);
    const result = await enforce({
      context: guardContext,
      draft: template,
      draftSource: 'template',
      safeMessage: safeMessage(ctx.locale),
    });
    const sent: Sent = result.outcome === 'safe_message' ? 'safe_message' : 'template';
    return {
      text: result.text,
      sent,
      attempts: run.timeline(result.attempts.map(toAttempt)),
      audit: result.audit,
    };
  }

  private async modelWorded(
    run: ReplyRun,
    guardContext: GuardContext,
    template: string,
    ctx: RespondContext,
  ) {
    let regenerations = this.options.maxRegenerations;
    let draft = await this.ask(run);
    // A draft the model path rejects itself (a dropped amount, the wrong language) gets the same feedback rounds.
    while (draft !== undefined && !draft.verdict.allowed && regenerations > 0) {
      regenerations--;
      draft = await this.ask(run, {
        draft: draft.text,
        violations: describeFindings(draft.verdict, ctx.locale),
      });
    }
    if (draft === undefined) return this.templateOnly(run, guardContext, template, ctx, 'model_failed');
    if (!draft.verdict.allowed) return this.templateOnly(run, guardContext, template, ctx, 'draft_check');
    const source = run.drafts.length > 1 ? 'regenerated' : 'model';
    const result = await enforce({
      context: guardContext,
      draft: draft.text,
      draftSource: 'model',
      maxRegenerations: regenerations,
      regenerate: (violations) => this.regenerate(run, violations),
      template: () => template,
      safeMessage: safeMessage(ctx.locale),
      ...(this.options.judge
        ? {
            checkers: [
              ruleChecker,
              this.options.judge.forReply({
                deadline: run.deadline,
                trusted: [template, safeMessage(ctx.locale)],
              }),
            ],
          }
        : {}),
    });
    if (result.outcome === 'template' || result.outcome === 'safe_message') run.fail('guardrail');
    else run.fallbackReason = undefined;
    return {
      text: result.text,
      sent: sentOf(result.outcome, source),
      attempts: run.timeline(result.attempts.map(toAttempt)),
      audit: result.audit,
      ...(result.clearance ? { clearance: result.clearance } : {}),
    };
  }

  /** enforce's regenerate: the model again, told which rules the last draft broke; undefined when it cannot help in time. */
  private async regenerate(run: ReplyRun, violations: Violation[]): Promise<string | undefined> {
    // Asked to regenerate: the guardrails blocked the last draft. If nothing better comes, that is why.
    run.fail('guardrail');
    const previous = run.drafts[run.drafts.length - 1]?.text ?? '';
    const feedback = violations.map((v) => `${v.category}/${v.rule}`).join('; ');
    const draft = await this.ask(run, { draft: previous, violations: feedback });
    if (draft === undefined || !draft.verdict.allowed) return undefined;
    return draft.text;
  }

  /** One model call within the deadline, checked by checkDraft. Undefined when the call failed. */
  private async ask(
    run: ReplyRun,
    retry?: { draft: string; violations: string },
  ): Promise<{ text: string; verdict: Verdict } | undefined> {
    const o = this.options;
    const out = await this.writer.write(
      run.request,
      { deadline: run.deadline, timeoutMs: o.timeoutMs, maxRetries: o.maxRetries },
      retry,
    );
    run.modelMs += out.latencyMs;
    if (!out.ok) {
      run.fail(out.error.reason);
      if (out.error.reason !== 'no_time') o.health?.failed('wording', out.error.reason, out.error.detail);
      o.logger?.info(
        { act: run.request.act.kind, reason: out.error.reason, status: out.error.status },
        'model wording not used',
      );
      return undefined;
    }
    run.usage = addUsage(run.usage, out.usage);
    const verdict = checkDraft(out.text, run.request.expectations);
    const source = retry ? 'regeneration' : 'model';
    run.drafts.push({ source, text: out.text, ...(verdict.allowed ? {} : { verdict }) });
    // A draft that drops an amount or changes language does not serve the wording either.
    if (verdict.allowed) o.health?.succeeded('wording');
    else o.health?.failed('wording', 'rejected', 'the draft failed the draft checks');
    if (!verdict.allowed) run.fail('draft_check');
    return { text: out.text, verdict };
  }
}

function toAttempt(a: { source: string; text: string; verdict: Verdict }): Attempt {
  return { source: a.source, text: a.text, verdict: a.verdict };
}

function sentOf(
  outcome: 'passed' | 'regenerated' | 'template' | 'safe_message',
  source: 'model' | 'regenerated',
): Sent {
  switch (outcome) {
    case 'passed':
      return source;
    case 'regenerated':
      return 'regenerated';
    case 'template':
      return 'template';
    case 'safe_message':
      return 'safe_message';
  }
}
