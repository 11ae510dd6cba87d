import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Logger } from 'pino';
import { localDate } from '../../core/dates.js';
import { UNDERSTAND_PROMPT } from '../../prompts/llm/index.js';
import type { Locale } from '../../core/locale.js';
import { detectLanguage, understandOffline } from '../offline/index.js';
import type { Understander } from '../understander.js';
import {
  understandingSchema,
  type Intent,
  type Understanding,
  type UnderstandContext,
} from '../understanding.js';
import type { ModelFailure } from './modelErrors.js';
import type { ModelHealth } from './modelHealth.js';
import { asData, BuiltPrompt } from './promptTemplates.js';
import { StructuredCaller, type StructuredMethod } from './structuredOutput.js';
import { usageOf, type TokenUsage } from './usage.js';

/** What one understanding call did, for logs, benches and tests (no message text). */
export interface UnderstandRecord extends TokenUsage {
  source: 'model' | 'rules';
  model: string;
  promptId: string;
  promptVersion: number;
  latencyMs: number;
  fallbackReason?: ModelFailure;
  /** How the structured answer was asked for (tools, json_schema, json_mode, prompt). */
  method?: StructuredMethod;
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
  /** How to ask for the structured answer now (the probed capabilities); default: tools, not streamed. */
  how?: () => { method: StructuredMethod; stream: boolean };
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
  private readonly structured: StructuredCaller<Omit<Understanding, 'source'>>;

  constructor(private readonly options: ModelUnderstanderOptions) {
    // Built once: turning the zod schema into the tool definition is not free.
    this.structured = new StructuredCaller(
      options.model,
      understandingSchema,
      'extract',
      'Extract the intent, slots and language of the message.',
    );
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
    const how = o.how?.() ?? { method: 'tools', stream: false };
    const out = await this.structured.call(messages, {
      ...how,
      budget: { deadline, timeoutMs: o.timeoutMs, maxRetries: o.maxRetries },
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
    o.health?.succeeded('understanding');
    const merged = merge(out.value, rules, text, context.localeHint);
    this.record({
      ...base,
      ...usageOf(out.raw),
      source: 'model',
      method: how.method,
      ...(merged.intent !== out.value.intent ? { overriddenIntent: out.value.intent } : {}),
    });
    return merged;
  }

  private fallback(rules: Understanding, record: UnderstandRecord, detail: string): Understanding {
    // 'no_time' says the turn was short, not that the model failed.
    if (record.fallbackReason && record.fallbackReason !== 'no_time')
      this.options.health?.failed('understanding', record.fallbackReason, detail);
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

/**
 * The conversation's language stays unless the text itself is in the other one: the model may
 * suggest a switch, the offline detector must agree. Without a conversation language, the detector's.
 */
export function agreedLanguage(suggested: Locale, text: string, current: Locale | undefined): Locale {
  const detected = detectLanguage(text, current);
  if (current === undefined) return detected;
  return suggested !== current && detected === suggested ? suggested : current;
}

/** The model's reading, checked against the rules where a wrong answer would cost the person. */
function merge(
  model: Omit<Understanding, 'source'>,
  rules: Understanding,
  text: string,
  current: Locale | undefined,
): Understanding {
  const intent = RULES_WIN.has(rules.intent) && model.intent !== rules.intent ? rules.intent : model.intent;
  const slots = { ...model.slots };
  // A last4 the person never typed is an invention (or an injection): verification must not see it.
  if (slots.last4 !== undefined && !idCharacters(text).includes(slots.last4)) delete slots.last4;
  return {
    intent,
    slots,
    language: agreedLanguage(model.language, text, current),
    distress: model.distress || rules.distress || intent === 'distress',
    injection: model.injection || rules.injection,
    source: 'model',
  };
}
