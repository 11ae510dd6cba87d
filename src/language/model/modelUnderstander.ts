import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import type { Logger } from 'pino';
import { localDate } from '../../core/dates.js';
import { UNDERSTAND_PROMPT } from '../../prompts/llm/index.js';
import { understandOffline } from '../offline/index.js';
import type { Understander } from '../understander.js';
import {
  understandingSchema,
  type Intent,
  type Understanding,
  type UnderstandContext,
} from '../understanding.js';
import { callWithinDeadline } from './deadlineCall.js';
import type { ModelFailure } from './modelErrors.js';
import type { ModelHealth } from './modelHealth.js';
import { asData, BuiltPrompt } from './promptTemplates.js';
import { usageOf, type TokenUsage } from './usage.js';

/** What one understanding call did, for logs, benches and tests (no message text). */
export interface UnderstandRecord extends TokenUsage {
  source: 'model' | 'rules';
  model: string;
  promptId: string;
  promptVersion: number;
  latencyMs: number;
  fallbackReason?: ModelFailure;
  /** The model's intent, when the rules overrode it (a safety intent the model missed). */
  overriddenIntent?: Intent;
}

export interface ModelUnderstanderOptions {
  model: BaseChatModel;
  modelName: string;
  timeoutMs: number;
  maxRetries: number;
  /** Share of the turn understanding may use when the caller gives no deadline (TURN_DEADLINE_MS / 2). */
  budgetMs: number;
  /** 'functionCalling' (tool call; widest server support) or 'jsonSchema' (response_format). */
  method?: 'functionCalling' | 'jsonSchema';
  health?: ModelHealth;
  logger?: Logger;
  observe?: (record: UnderstandRecord) => void;
}

/** A deadline the caller may pass with the context (the turn's, in ms since epoch). */
export type ModelUnderstandContext = UnderstandContext & { deadline?: number };

/**
 * Intents where a miss costs the person a right or their safety: when the rules find one of
 * these and the model does not, the rules win (they favour recall for exactly these).
 */
const RULES_WIN: ReadonlySet<Intent> = new Set(['distress', 'stop_contact', 'request_human', 'dispute']);

/** The structured answer, whether the runnable returned `{ raw, parsed }` or the parsed value. */
function splitRaw(result: unknown): { parsed: unknown; raw?: BaseMessage } {
  if (typeof result === 'object' && result !== null && 'parsed' in result && 'raw' in result) {
    const r = result as { parsed: unknown; raw: BaseMessage };
    return { parsed: r.parsed, raw: r.raw };
  }
  return { parsed: result };
}

/**
 * Understanding by the model through langchain structured output (`understandingSchema`, tool
 * calling by default). The person's words go in as delimited data. An answer that is late, fails,
 * or does not match the schema falls back to the offline rules for that message. Safety findings
 * of the rules (distress, stop, dispute, human, injection) are never lost to the model.
 *
 *   const u = await understander.understand('每个月只能还2000', { now, timeZone: 'Asia/Shanghai' });
 *   // { intent: 'offer_payment', slots: { amountCents: 200000, period: 'month' }, source: 'model', … }
 */
export class ModelUnderstander implements Understander {
  private readonly prompt = BuiltPrompt.from(UNDERSTAND_PROMPT);
  private readonly structured: Runnable<BaseMessage[], unknown>;

  constructor(private readonly options: ModelUnderstanderOptions) {
    // Built once: turning the zod schema into the tool definition is not free.
    this.structured = options.model.withStructuredOutput(understandingSchema, {
      name: 'extract',
      method: options.method ?? 'functionCalling',
      includeRaw: true,
    });
  }

  async understand(text: string, context: ModelUnderstandContext): Promise<Understanding> {
    const rules = understandOffline(text, context);
    const o = this.options;
    const deadline = context.deadline !== undefined ? context.deadline - o.budgetMs : Date.now() + o.budgetMs;
    const messages = await this.prompt.messages({
      today: localDate(context.now, context.timeZone),
      time_zone: context.timeZone,
      locale_hint: context.localeHint ?? rules.language,
      message: asData(text),
    });
    const out = await callWithinDeadline((signal) => this.structured.invoke(messages, { signal }), {
      deadline,
      timeoutMs: o.timeoutMs,
      maxRetries: o.maxRetries,
    });
    const base = {
      model: o.modelName,
      promptId: this.prompt.id,
      promptVersion: this.prompt.version,
      latencyMs: out.latencyMs,
    };
    if (!out.ok)
      return this.fallback(
        rules,
        { ...base, source: 'rules', fallbackReason: out.error.reason },
        out.error.detail,
      );
    const { parsed, raw } = splitRaw(out.value);
    const checked = understandingSchema.safeParse(parsed);
    if (!checked.success) {
      return this.fallback(
        rules,
        { ...base, source: 'rules', fallbackReason: 'malformed' },
        'answer does not match the schema',
      );
    }
    o.health?.succeeded();
    const merged = merge(checked.data, rules, text);
    this.record({
      ...base,
      ...usageOf(raw),
      source: 'model',
      ...(merged.intent !== checked.data.intent ? { overriddenIntent: checked.data.intent } : {}),
    });
    return merged;
  }

  private fallback(rules: Understanding, record: UnderstandRecord, detail: string): Understanding {
    // 'no_time' says the turn was short, not that the model failed.
    if (record.fallbackReason && record.fallbackReason !== 'no_time')
      this.options.health?.failed(record.fallbackReason, detail);
    this.record(record);
    return rules;
  }

  private record(record: UnderstandRecord): void {
    this.options.logger?.debug({ understand: record }, 'understanding');
    this.options.observe?.(record);
  }
}

/** Digits and X as the person typed them, full-width folded. */
function idCharacters(text: string): string {
  return text.normalize('NFKC').toUpperCase();
}

/** The model's reading, checked against the rules where a wrong answer would cost the person. */
function merge(model: Omit<Understanding, 'source'>, rules: Understanding, text: string): Understanding {
  const intent = RULES_WIN.has(rules.intent) && model.intent !== rules.intent ? rules.intent : model.intent;
  const slots = { ...model.slots };
  // A last4 the person never typed is an invention (or an injection): verification must not see it.
  if (slots.last4 !== undefined && !idCharacters(text).includes(slots.last4)) delete slots.last4;
  return {
    intent,
    slots,
    language: model.language,
    distress: model.distress || rules.distress || intent === 'distress',
    injection: model.injection || rules.injection,
    source: 'model',
  };
}
