import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Logger } from 'pino';
import { z } from 'zod';
import { systemClock, type Clock } from '../../core/clock.js';
import { chatOnce } from './chatCall.js';
import { callWithinDeadline } from './deadlineCall.js';
import type { ModelFailure } from './modelErrors.js';
import type { ModelProfileStatus } from './modelHealth.js';
import { STRUCTURED_METHODS, StructuredCaller, type StructuredMethod } from './structuredOutput.js';
import { textOf } from './usage.js';

/** yes: it worked; no: the server refused or ignored it; unknown: no answer (timeout, 429, 5xx). */
export type Support = 'yes' | 'no' | 'unknown';

export interface Capabilities {
  plain: Support;
  streaming: Support;
  tools: Support;
  json_schema: Support;
  json_mode: Support;
  prompt: Support;
}

export interface ProbeSettings {
  /** OPENAI_STREAM. */
  stream: 'auto' | 'true' | 'false';
  /** OPENAI_STRUCTURED_OUTPUT. */
  structuredOutput: 'auto' | StructuredMethod;
  /** Per probe request (MODEL_TIMEOUT_MS). */
  timeoutMs: number;
  /** OPENAI_PROBE: false keeps the defaults (tools, no streaming unless OPENAI_STREAM=true). */
  probe: boolean;
}

/** Reasons that say the server cannot do it; others say only that it did not answer this time. */
const REFUSED: ReadonlySet<ModelFailure> = new Set(['no_tools', 'malformed', 'bad_request', 'empty']);
/** A purpose degraded for one of these reasons may mean the server changed: probe again. */
const REPROBE_ON: ReadonlySet<ModelFailure> = new Set(['no_tools', 'malformed', 'bad_request']);
const REPROBE_AFTER_MS = 5 * 60_000;
/** After a probe nothing answered (a server still loading its model, restarting, overloaded): sooner. */
const REPROBE_UNANSWERED_AFTER_MS = 30_000;

const probeSchema = z.object({ ok: z.boolean().describe('always true') });
const PROBE_SYSTEM = new SystemMessage('This is a capability check. Answer as briefly as possible.');
const PROBE_ASK = [PROBE_SYSTEM, new HumanMessage('Reply with ok = true.')];
/**
 * The forced tool call is probed with a request that does not invite the tool: a server that
 * honours `tool_choice` calls it anyway, one that ignores it (a tool-capable model that may or may
 * not call the tool on its own) answers in prose, and tools are then not relied on.
 */
const TOOL_PROBE_ASK = [PROBE_SYSTEM, new HumanMessage('Say hello.')];

function supportOf(outcome: { ok: true } | { ok: false; error: { reason: ModelFailure } }): Support {
  if (outcome.ok) return 'yes';
  return REFUSED.has(outcome.error.reason) ? 'no' : 'unknown';
}

/**
 * What the configured model can do, probed once at start with tiny requests (plain and streamed
 * text; a forced tool call, `response_format` json_schema, JSON mode and prompt-only JSON), each
 * within MODEL_TIMEOUT_MS, and the methods chosen from it: the best structured-output method that
 * worked, and streaming only when asked or when the server answers nothing else. Until the probe
 * settles (or with OPENAI_PROBE=false) the defaults hold: tools, no streaming. Probed again, at
 * most every five minutes, when a purpose degrades for a reason that suggests the server changed.
 *
 *   const caps = new ModelCapabilities(model, settings, logger);
 *   await caps.probe();
 *   caps.method(); // 'json_schema' on a server that refuses tools
 */
export class ModelCapabilities {
  private found: Capabilities | undefined;
  private probedAt: Date | undefined;
  private running: Promise<void> | undefined;
  private state: ModelProfileStatus['probe'];
  /** Why the last probe learned nothing (no request answered for sure), or undefined when it learned something. */
  private unanswered: ModelFailure | undefined;

  constructor(
    private readonly model: BaseChatModel,
    private readonly settings: ProbeSettings,
    private readonly logger?: Logger,
    private readonly clock: Clock = systemClock,
  ) {
    this.state = settings.probe ? 'probing' : 'skipped';
  }

  /** The structured-output method understanding and the judge use now. */
  method(): StructuredMethod {
    if (this.settings.structuredOutput !== 'auto') return this.settings.structuredOutput;
    const found = this.found;
    if (!found) return 'tools';
    const best = STRUCTURED_METHODS.find((m) => found[m] === 'yes');
    if (best) return best;
    // Nothing answered for sure: tools if it might still work, else the method every server can do.
    return found.tools === 'unknown' ? 'tools' : 'prompt';
  }

  /** Whether calls stream: OPENAI_STREAM, or in auto only when plain calls fail and streamed ones work. */
  stream(): boolean {
    if (this.settings.stream !== 'auto') return this.settings.stream === 'true';
    return this.found?.plain === 'no' && this.found.streaming === 'yes';
  }

  status(): ModelProfileStatus {
    const found = this.found;
    // Refused plain calls and nothing streamed: no purpose can be served (a wrong URL, model or key).
    // Or no probe request answered at all: nothing says the model can serve anything yet.
    const unusable = found?.plain === 'no' && found.streaming !== 'yes' ? 'bad_request' : this.unanswered;
    return {
      structuredOutput: this.method(),
      stream: this.stream(),
      probe: this.state,
      ...(found ? { capabilities: { ...found } } : {}),
      ...(this.probedAt ? { probedAt: this.probedAt.toISOString() } : {}),
      ...(unusable !== undefined ? { unusable } : {}),
    };
  }

  /** Probes (once at a time); never throws. */
  probe(): Promise<void> {
    if (!this.settings.probe) return Promise.resolve();
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /**
   * Health's hook, on every failed call of a degraded purpose: probe again when the reason suggests
   * the server changed (at most every five minutes), or when the last probe learned nothing
   * because nothing answered (at most every 30 s; 5 minutes while rate limited), so a server that was loading at start is
   * measured once it answers rather than guessed at for good.
   */
  degraded(reason: ModelFailure): void {
    const since = this.clock.now().getTime() - (this.probedAt?.getTime() ?? 0);
    // A server that asks us to slow down is not probed any sooner than every five minutes.
    const soon = reason === 'rate_limited' ? REPROBE_AFTER_MS : REPROBE_UNANSWERED_AFTER_MS;
    const due =
      this.unanswered !== undefined ? since >= soon : REPROBE_ON.has(reason) && since >= REPROBE_AFTER_MS;
    if (due) void this.probe();
  }

  private async run(): Promise<void> {
    const failures: ModelFailure[] = [];
    const [plain, streaming] = await Promise.all([this.text(false, failures), this.text(true, failures)]);
    const stream =
      this.settings.stream === 'auto'
        ? plain === 'no' && streaming === 'yes'
        : this.settings.stream === 'true';
    const caller = new StructuredCaller(this.model, probeSchema, 'probe', 'Confirms the check.');
    const deadline = Date.now() + this.settings.timeoutMs;
    const structured = await Promise.all(
      STRUCTURED_METHODS.map(async (method) => {
        const out = await caller.call(method === 'tools' ? TOOL_PROBE_ASK : PROBE_ASK, {
          method,
          stream,
          repair: false,
          budget: { deadline, timeoutMs: this.settings.timeoutMs, maxRetries: 0 },
        });
        if (!out.ok) failures.push(out.error.reason);
        return supportOf(out);
      }),
    );
    const [tools, json_schema, json_mode, prompt] = structured as [Support, Support, Support, Support];
    const before = JSON.stringify(this.found ?? null);
    this.found = { plain, streaming, tools, json_schema, json_mode, prompt };
    this.probedAt = this.clock.now();
    this.state = 'done';
    this.unanswered = Object.values(this.found).every((v) => v === 'unknown')
      ? (failures[0] ?? 'timeout')
      : undefined;
    // Logged at start and when a probe finds something else, not on every repeat.
    const log = before === JSON.stringify(this.found) ? this.logger?.debug : this.logger?.info;
    log?.call(
      this.logger,
      { capabilities: this.found, structuredOutput: this.method(), stream: this.stream() },
      `language model capabilities probed: structured output by ${this.method()}${this.stream() ? ', streamed' : ''}`,
    );
  }

  private async text(stream: boolean, failures: ModelFailure[]): Promise<Support> {
    const out = await callWithinDeadline((signal) => chatOnce(this.model, PROBE_ASK, { signal, stream }), {
      deadline: Date.now() + this.settings.timeoutMs,
      timeoutMs: this.settings.timeoutMs,
      maxRetries: 0,
    });
    if (!out.ok) {
      failures.push(out.error.reason);
      return supportOf(out);
    }
    return textOf(out.value).trim().length > 0 || (out.value.tool_calls?.length ?? 0) > 0 ? 'yes' : 'no';
  }
}
