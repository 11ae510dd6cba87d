import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage, type BaseMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { chatOnce, type ChatRunnable } from './chatCall.js';
import { callWithinDeadline, type CallBudget } from './deadlineCall.js';
import type { ClassifiedError } from './modelErrors.js';
import { textOf } from './usage.js';

/**
 * How a structured answer is asked for, best first: a forced tool call; `response_format`
 * json_schema; JSON mode (`json_object`) with the schema in the prompt; the schema in the prompt
 * alone. The three text methods are validated by zod and get one repair attempt.
 */
export const STRUCTURED_METHODS = ['tools', 'json_schema', 'json_mode', 'prompt'] as const;
export type StructuredMethod = (typeof STRUCTURED_METHODS)[number];

export type StructuredOutcome<T> =
  | { ok: true; value: T; raw: AIMessage; latencyMs: number; repaired: boolean }
  | { ok: false; error: ClassifiedError; latencyMs: number };

type Answer<T> = { ok: true; value: T } | { ok: false; error: ClassifiedError; text: string };

/** The JSON schema of a zod schema, as servers accept it (no `$schema` key). */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** The first JSON object in a text answer: bare, or inside a ``` fence, or amid a few words. */
export function extractJson(text: string): unknown {
  const trimmed = text.trim();
  const start = trimmed.indexOf('{');
  const end = trimmed.lastIndexOf('}');
  if (start < 0 || end < start) throw new SyntaxError('no JSON object in the answer');
  return JSON.parse(trimmed.slice(start, end + 1));
}

/** A 400 that names tools ("does not support tools") is the server refusing them: no_tools, not a bad setup. */
function toolRefusal(error: ClassifiedError): ClassifiedError {
  return error.reason === 'bad_request' && /tool/i.test(error.detail)
    ? { ...error, reason: 'no_tools' }
    : error;
}

function issuesOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * Structured answers by any of the four methods, for one schema and one name. The caller picks
 * the method (the probed capabilities); nothing here throws — the outcome says why it failed:
 * `no_tools` when a forced tool call came back as plain text, `malformed` when the JSON does not
 * parse or breaks the schema after the one repair.
 *
 *   const caller = new StructuredCaller(model, understandingSchema, 'extract', 'Extract …');
 *   const out = await caller.call(messages, { method: 'json_mode', stream: false, budget });
 */
export class StructuredCaller<T> {
  private readonly schema: z.ZodType<T>;
  private readonly json: Record<string, unknown>;
  private readonly bound = new Map<StructuredMethod, ChatRunnable>();

  constructor(
    private readonly model: BaseChatModel,
    schema: z.ZodType<T>,
    private readonly name: string,
    private readonly description: string,
  ) {
    this.schema = schema;
    this.json = jsonSchemaOf(schema);
  }

  async call(
    messages: BaseMessage[],
    how: { method: StructuredMethod; stream: boolean; budget: CallBudget; repair?: boolean },
  ): Promise<StructuredOutcome<T>> {
    const runnable = this.runnable(how.method);
    const asked =
      how.method === 'json_mode' || how.method === 'prompt' ? [...messages, this.instruction()] : messages;
    const first = await callWithinDeadline(
      (signal) => chatOnce(runnable, asked, { signal, stream: how.stream }),
      how.budget,
    );
    if (!first.ok) return how.method === 'tools' ? { ...first, error: toolRefusal(first.error) } : first;
    const answer = this.read(first.value, how.method);
    if (answer.ok)
      return { ok: true, value: answer.value, raw: first.value, latencyMs: first.latencyMs, repaired: false };
    if (how.method === 'tools' || how.repair === false || answer.error.reason !== 'malformed')
      return { ok: false, error: answer.error, latencyMs: first.latencyMs };
    // One repair: the model sees its answer and what was wrong with it.
    const repair = [
      ...asked,
      new AIMessage(answer.text.slice(0, 2000)),
      this.repairRequest(answer.error.detail),
    ];
    const second = await callWithinDeadline(
      (signal) => chatOnce(runnable, repair, { signal, stream: how.stream }),
      how.budget,
    );
    const latencyMs = first.latencyMs + second.latencyMs;
    if (!second.ok) return { ok: false, error: answer.error, latencyMs };
    const fixed = this.read(second.value, how.method);
    return fixed.ok
      ? { ok: true, value: fixed.value, raw: second.value, latencyMs, repaired: true }
      : { ok: false, error: fixed.error, latencyMs };
  }

  private runnable(method: StructuredMethod): ChatRunnable {
    const cached = this.bound.get(method);
    if (cached) return cached;
    const made = this.bind(method);
    this.bound.set(method, made);
    return made;
  }

  /** Call options on the model itself (not bindTools: a bound copy would lose a test fake's script). */
  private bind(method: StructuredMethod): ChatRunnable {
    const withOptions = (options: Record<string, unknown>): ChatRunnable => this.model.withConfig(options);
    switch (method) {
      case 'tools':
        return withOptions({
          tools: [
            {
              type: 'function',
              function: { name: this.name, description: this.description, parameters: this.json },
            },
          ],
          tool_choice: this.name,
        });
      case 'json_schema':
        return withOptions({
          response_format: {
            type: 'json_schema',
            json_schema: { name: this.name, description: this.description, schema: this.json, strict: false },
          },
        });
      case 'json_mode':
        return withOptions({ response_format: { type: 'json_object' } });
      case 'prompt':
        return this.model;
    }
  }

  private read(message: AIMessage, method: StructuredMethod): Answer<T> {
    const text = textOf(message);
    let value: unknown;
    if (method === 'tools') {
      // The named call; or the only one (some servers rename a forced tool; the schema still checks it).
      const calls = message.tool_calls ?? [];
      const call = calls.find((c) => c.name === this.name) ?? (calls.length === 1 ? calls[0] : undefined);
      if (!call)
        return { ok: false, text, error: { reason: 'no_tools', detail: 'answered without the tool call' } };
      value = call.args;
    } else {
      try {
        value = extractJson(text);
      } catch {
        return { ok: false, text, error: { reason: 'malformed', detail: 'the answer is not a JSON object' } };
      }
    }
    const checked = this.schema.safeParse(value);
    if (checked.success) return { ok: true, value: checked.data };
    return { ok: false, text, error: { reason: 'malformed', detail: issuesOf(checked.error) } };
  }

  private instruction(): HumanMessage {
    return new HumanMessage(
      `Answer with one JSON object only, no other text, matching this JSON schema (${this.name}): ${JSON.stringify(this.json)}`,
    );
  }

  private repairRequest(problem: string): HumanMessage {
    return new HumanMessage(
      `That answer was not valid (${problem}). Reply with only the corrected JSON object matching the schema.`,
    );
  }
}
