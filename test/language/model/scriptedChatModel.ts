import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { textOf } from '../../../src/language/model/usage.js';

/** One scripted answer: text, a tool call (structured output), an error, or silence until aborted. */
export type Step =
  | string
  | { text: string; delayMs?: number; usage?: { input: number; output: number } }
  | { toolArgs: Record<string, unknown>; delayMs?: number }
  | { error: Error & { status?: number }; delayMs?: number }
  | { hang: true }
  /** An answer computed from the call's messages (a model that repeats its instructions, say). */
  | { reply: (messages: BaseMessage[]) => string };

/**
 * langchain's FakeListChatModel, scripted and strict: answers each call with the next step,
 * records every call's messages, and fails the test (throws) when a call comes after the script
 * ran out. `withStructuredOutput` (inherited) reads the tool call's args, or parses the text.
 */
export class ScriptedChatModel extends FakeListChatModel {
  readonly calls: BaseMessage[][] = [];
  private readonly steps: Step[];

  constructor(steps: Step[]) {
    super({ responses: [] });
    this.steps = [...steps];
  }

  get remaining(): number {
    return this.steps.length;
  }

  override async _generate(
    messages: BaseMessage[],
    options?: this['ParsedCallOptions'],
    _run?: CallbackManagerForLLMRun,
  ): Promise<ChatResult> {
    this.calls.push(messages);
    const step = this.steps.shift();
    if (step === undefined)
      throw new Error(`ScriptedChatModel: unexpected call #${this.calls.length}, the script has run out`);
    const signal = options?.signal;
    if (typeof step === 'object' && 'hang' in step) {
      await new Promise<void>((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(new Error('AbortError: aborted'))),
      );
      throw new Error('unreachable');
    }
    if (typeof step === 'object' && 'reply' in step) return result(new AIMessage(step.reply(messages)));
    if (typeof step === 'object' && step.delayMs) await sleep(step.delayMs, signal);
    if (typeof step === 'object' && 'error' in step) throw step.error;
    return result(messageFor(step));
  }
}

function result(message: AIMessage): ChatResult {
  return { generations: [{ message, text: typeof message.content === 'string' ? message.content : '' }] };
}

function messageFor(step: Exclude<Step, { error: Error } | { hang: true } | { reply: unknown }>): AIMessage {
  if (typeof step === 'string') return new AIMessage(step);
  if ('toolArgs' in step) {
    return new AIMessage({
      content: '',
      tool_calls: [{ name: 'extract', args: step.toolArgs, id: 'call_1', type: 'tool_call' }],
    });
  }
  const usage = step.usage;
  return new AIMessage({
    content: step.text,
    ...(usage
      ? {
          usage_metadata: {
            input_tokens: usage.input,
            output_tokens: usage.output,
            total_tokens: usage.input + usage.output,
          },
        }
      : {}),
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('AbortError: aborted'));
    });
  });
}

/** An error shaped like the openai client's APIError. */
export function httpError(
  status: number,
  headers: Record<string, string> = {},
): Error & { status: number; headers: Headers } {
  return Object.assign(new Error(`${status} status code (no body)`), {
    status,
    headers: new Headers(headers),
  });
}

/** A message's text ('' for none), for assertions on what the model was sent. */
export function content(message: BaseMessage | undefined): string {
  return message ? textOf(message) : '';
}
