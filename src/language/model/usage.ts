import type { AIMessage, BaseMessage } from '@langchain/core/messages';

export interface TokenUsage {
  inputTokens?: number;
  outputTokens?: number;
}

/** Token counts from a message's usage metadata (absent when the server sends none). */
export function usageOf(message: BaseMessage | undefined): TokenUsage {
  const meta = (message as AIMessage | undefined)?.usage_metadata;
  if (!meta) return {};
  return { inputTokens: meta.input_tokens, outputTokens: meta.output_tokens };
}

/** Sums token usage over the calls of one reply (first draft plus regenerations). */
export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  const sum = (x?: number, y?: number): number | undefined =>
    x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0);
  const input = sum(a.inputTokens, b.inputTokens);
  const output = sum(a.outputTokens, b.outputTokens);
  return {
    ...(input !== undefined ? { inputTokens: input } : {}),
    ...(output !== undefined ? { outputTokens: output } : {}),
  };
}

/** The plain text of a chat answer; string content, or the text parts of block content. */
export function textOf(message: BaseMessage): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  return content
    .map((part) =>
      typeof part === 'object' && 'text' in part && typeof part.text === 'string' ? part.text : '',
    )
    .join('');
}
