import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import { maskPii } from '../../core/pii.js';
import { modelChecker } from '../../guardrails/index.js';
import {
  CATEGORIES,
  type GuardContext,
  type GuardrailCheck,
  type MessageJudge,
  type Verdict,
} from '../../guardrails/types.js';
import { JUDGE_PROMPT } from '../../prompts/llm/index.js';
import type { ModelHealth } from './modelHealth.js';
import { asData, BuiltPrompt } from './promptTemplates.js';
import { StructuredCaller, type StructuredMethod } from './structuredOutput.js';

/** How the judge asks (the probed capabilities, issue 20) and where its calls are counted. */
export interface JudgeCalls {
  how?: () => { method: StructuredMethod; stream: boolean };
  health?: ModelHealth;
}

const judgeSchema = z.object({
  compliant: z.boolean().describe('true when the message breaks none of the rules'),
  category: z.enum([...CATEGORIES, 'none']).describe('the rule it breaks, or "none"'),
  reason: z.string().max(200).describe('a few words on why'),
});

function verdictOf(answer: z.infer<typeof judgeSchema>, text: string): Verdict {
  if (answer.compliant || answer.category === 'none')
    return { allowed: true, status: 'allowed', violations: [] };
  return {
    allowed: false,
    status: 'blocked',
    violations: [
      {
        category: answer.category,
        rule: `model_judge.${answer.category}`,
        severity: 'medium',
        span: { start: 0, end: text.length },
        evidence: maskPii(answer.reason).slice(0, 80),
      },
    ],
  };
}

/**
 * The optional model judge behind GUARDRAIL_MODEL_CHECK (off by default), as an advisory
 * GuardrailCheck for model drafts and agents' messages: it may add a violation the local layers
 * missed; under `enforce` its in-time answer also decides over the trained classifier (never
 * over a rule). If it fails, answers out of schema or runs past the message's deadline, the
 * local verdict stands. Reviewed template text (`trusted`) is never sent to it.
 *
 *   const checkers = [ruleChecker, judge.forReply({ deadline, trusted: [template] })];
 */
export class ModelJudge implements MessageJudge {
  private readonly prompt = BuiltPrompt.from(JUDGE_PROMPT);
  private readonly structured: StructuredCaller<z.infer<typeof judgeSchema>>;

  constructor(
    model: BaseChatModel,
    private readonly timeoutMs: number,
    /** 'enforce' (GUARDRAIL_MODEL_CHECK=enforce): an answer in time decides over the classifier. */
    private readonly mode: 'advise' | 'enforce' = 'advise',
    private readonly calls: JudgeCalls = {},
  ) {
    this.structured = new StructuredCaller(
      model,
      judgeSchema,
      'verdict',
      'Whether the message breaks a rule.',
    );
  }

  forReply(reply: { deadline: number; trusted: string[] }): GuardrailCheck {
    const limit = Math.max(1, Math.min(this.timeoutMs, reply.deadline - Date.now()));
    const binding = this.mode === 'enforce';
    return modelChecker('model_judge', (text, context) => this.judge(text, context, reply), limit, binding);
  }

  private async judge(
    text: string,
    context: GuardContext,
    reply: { deadline: number; trusted: string[] },
  ): Promise<Verdict> {
    if (reply.trusted.includes(text)) return { allowed: true, status: 'allowed', violations: [] };
    const messages = await this.prompt.messages({
      writer:
        context.speaker === 'agent'
          ? "a human agent of the bank's collections team"
          : "a bank's automated collections assistant",
      locale: context.locale,
      verified: context.verified ? 'yes' : 'no',
      facts: JSON.stringify(context.facts ?? {}),
      reply: asData(text),
    });
    const out = await this.structured.call(messages, {
      ...(this.calls.how?.() ?? { method: 'tools', stream: false }),
      budget: { deadline: reply.deadline, timeoutMs: this.timeoutMs, maxRetries: 0 },
    });
    if (!out.ok) {
      if (out.error.reason !== 'no_time')
        this.calls.health?.failed('judge', out.error.reason, out.error.detail);
      throw new Error(`model judge: ${out.error.reason}`);
    }
    this.calls.health?.succeeded('judge');
    return verdictOf(out.value, text);
  }
}
