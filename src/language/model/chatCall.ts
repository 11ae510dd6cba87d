import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';

/** A chat model, possibly bound to call options (tools, response_format). */
export type ChatRunnable = BaseChatModel | Runnable<BaseMessage[], AIMessageChunk>;

/**
 * One chat completion, whole: `invoke()`, or with `stream` the server-sent chunks concatenated
 * into one message (text, tool calls and usage) before anyone sees it — the guardrail still
 * judges the whole reply. Streaming goes through `.stream()`, never `invoke()` on a
 * `streaming: true` ChatOpenAI, which counts tokens with tiktoken and downloads its encoding
 * (nothing on the request path may reach the internet).
 *
 *   const answer = await chatOnce(model, messages, { signal, stream: true });
 */
export async function chatOnce(
  model: ChatRunnable,
  messages: BaseMessage[],
  options: { signal: AbortSignal; stream: boolean },
): Promise<AIMessage> {
  if (!options.stream) return await model.invoke(messages, { signal: options.signal });
  let whole: AIMessageChunk | undefined;
  const stream = await model.stream(messages, { signal: options.signal });
  for await (const chunk of stream) whole = whole ? whole.concat(chunk) : chunk;
  options.signal.throwIfAborted();
  if (!whole) return new AIMessage('');
  return new AIMessage({
    content: whole.content,
    tool_calls: whole.tool_calls ?? [],
    ...(whole.usage_metadata ? { usage_metadata: whole.usage_metadata } : {}),
    response_metadata: whole.response_metadata,
  });
}
