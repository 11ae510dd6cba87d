import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Act } from '../../core/act.js';
import type { WordingContext } from '../../prompts/index.js';
import { ACT_GUIDES, RESPOND_PROMPTS, RESPOND_RETRY_PROMPTS } from '../../prompts/llm/index.js';
import type { Locale } from '../../core/locale.js';
import type { RespondContext } from '../responder.js';
import { chatOnce } from './chatCall.js';
import { callWithinDeadline, type CallBudget } from './deadlineCall.js';
import { cleanDraft, type DraftExpectations } from './draftChecks.js';
import type { ClassifiedError } from './modelErrors.js';
import { BuiltPrompt } from './promptTemplates.js';
import { factsJson, historyText, maxCharsFor, requiredFacts } from './respondData.js';
import { textOf, usageOf, type TokenUsage } from './usage.js';

/** Everything one reply's model calls share: the prompt values, what the draft must keep, what it must not echo. */
export interface DraftRequest {
  act: Act;
  locale: Locale;
  prompt: { id: string; version: number };
  values: Record<string, string>;
  expectations: DraftExpectations;
  /** Distinctive lines of the instructions, for the guardrails' prompt_leak check. */
  secrets: string[];
}

export type DraftOutcome =
  | { ok: true; text: string; usage: TokenUsage; latencyMs: number }
  | { ok: false; error: ClassifiedError; latencyMs: number };

const BUILT = {
  'zh-CN': {
    first: BuiltPrompt.from(RESPOND_PROMPTS['zh-CN']),
    retry: BuiltPrompt.from(RESPOND_RETRY_PROMPTS['zh-CN']),
  },
  en: { first: BuiltPrompt.from(RESPOND_PROMPTS.en), retry: BuiltPrompt.from(RESPOND_RETRY_PROMPTS.en) },
} as const;

const YES_NO: Readonly<Record<Locale, [string, string]>> = { 'zh-CN': ['是', '否'], en: ['yes', 'no'] };

/**
 * The instruction lines of the system prompt (variables filled in): what a leak would repeat.
 * Not the persona line (a reply may well name the bank's credit card team) and not the act guide
 * (a reply may say what it asks for, in nearly its words).
 */
function secretLines(system: string): string[] {
  return system
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/^\d+\.\s*/, '').trim())
    .filter((l) => l.length >= 24);
}

/** Asks the model for the wording of one act (plain-text completion, not JSON mode; streamed and assembled when the server needs it). */
export class DraftWriter {
  constructor(
    private readonly model: BaseChatModel,
    private readonly stream: () => boolean = () => false,
  ) {}

  request(act: Act, ctx: RespondContext, wording: WordingContext, template: string): DraftRequest {
    const locale = ctx.locale;
    const prompt = RESPOND_PROMPTS[locale];
    const [yes, no] = YES_NO[locale];
    const maxChars = maxCharsFor(template);
    const values: Record<string, string> = {
      bank_name: wording.bankName,
      verified: ctx.verified ? yes : no,
      max_chars: String(maxChars),
      act_guide: ACT_GUIDES[act.kind],
      facts: factsJson(act, locale),
      reference: template,
      history: historyText(ctx.history, locale),
    };
    const system = (prompt.messages[0]?.template ?? '').replace(
      /\{(\w+)\}/g,
      (_m, name: string) => values[name] ?? '',
    );
    const secrets = secretLines(system);
    return {
      act,
      locale,
      prompt: { id: prompt.id, version: prompt.version },
      values,
      expectations: {
        locale,
        required: requiredFacts(template, locale),
        maxChars,
        internal: secrets,
        allowed: template,
      },
      secrets,
    };
  }

  /** One draft within the budget: the first ask, or a retry with the blocked draft and the findings. */
  async write(
    request: DraftRequest,
    budget: CallBudget,
    retry?: { draft: string; violations: string },
  ): Promise<DraftOutcome> {
    const built = BUILT[request.locale];
    const messages = retry
      ? await built.retry.messages({ ...request.values, draft: retry.draft, violations: retry.violations })
      : await built.first.messages(request.values);
    const stream = this.stream();
    const out = await callWithinDeadline(
      (signal) => chatOnce(this.model, messages, { signal, stream }),
      budget,
    );
    if (!out.ok) return out;
    const text = cleanDraft(textOf(out.value));
    if (text.length === 0) {
      return {
        ok: false,
        error: { reason: 'empty', detail: 'the model answered with no text' },
        latencyMs: out.latencyMs,
      };
    }
    return { ok: true, text, usage: usageOf(out.value), latencyMs: out.latencyMs };
  }
}
