import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../../bot/config.js';

/** The config keys the model path reads. */
export type ModelConfig = Pick<
  Config,
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_MODEL'
  | 'TURN_DEADLINE_MS'
  | 'MODEL_TIMEOUT_MS'
  | 'MODEL_MAX_RETRIES'
  | 'GUARDRAIL_MAX_REGENERATIONS'
  | 'GUARDRAIL_MODEL_CHECK'
>;

export class ModelConfigError extends Error {
  readonly code = 'MODEL_NOT_CONFIGURED';
  constructor() {
    super(
      'No model configured: set OPENAI_API_KEY (and OPENAI_BASE_URL for a non-OpenAI server), or run offline without it',
    );
    this.name = 'ModelConfigError';
  }
}

/**
 * The chat model for OpenAI or any OpenAI-compatible server (DeepSeek, Qwen, Ollama, vLLM):
 * OPENAI_BASE_URL, OPENAI_MODEL, OPENAI_API_KEY, MODEL_TIMEOUT_MS per request.
 *
 * Retries are NOT left to the client (maxRetries: 0): `callWithinDeadline` applies
 * MODEL_MAX_RETRIES itself, because only it knows the turn deadline (a 429 asking to wait 30 s
 * must fall back at once, not sleep). Chat Completions always (`useResponsesApi: false`), the API
 * every compatible server speaks.
 *
 *   const model = createChatModel(config); // ChatOpenAI
 */
export function createChatModel(config: ModelConfig): BaseChatModel {
  if (!config.OPENAI_API_KEY) throw new ModelConfigError();
  return new ChatOpenAI({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_MODEL,
    timeout: config.MODEL_TIMEOUT_MS,
    maxRetries: 0,
    useResponsesApi: false,
    streaming: false,
    configuration: {
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      maxRetries: 0,
    },
  });
}

/** The model's name as recorded in traces: ChatOpenAI's `model`, or the fake's type in tests. */
export function modelName(model: BaseChatModel, fallback: string): string {
  const named = (model as unknown as { model?: unknown }).model;
  return typeof named === 'string' && named.length > 0 ? named : fallback;
}
