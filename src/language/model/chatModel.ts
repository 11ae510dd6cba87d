import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../../config/config.js';

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
  | 'OPENAI_EXTRA_BODY'
  | 'OPENAI_TEMPERATURE'
  | 'OPENAI_SEED'
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
 * OPENAI_BASE_URL, OPENAI_MODEL, OPENAI_API_KEY, MODEL_TIMEOUT_MS per request, OPENAI_TEMPERATURE,
 * OPENAI_SEED and OPENAI_EXTRA_BODY in every request body.
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
    // `streaming` unset: true would make invoke() count tokens with tiktoken, which downloads an
    // encoding at run time (hangs offline); false would set disableStreaming, and .stream() would
    // send stream: false. Streamed calls go through .stream() (chatCall.ts), usage from the server.
    ...(config.OPENAI_TEMPERATURE !== undefined ? { temperature: config.OPENAI_TEMPERATURE } : {}),
    // Spread last into every request body, streamed or not: the provider options and the seed.
    modelKwargs: providerBody(config),
    configuration: {
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      maxRetries: 0,
    },
  });
}

/** OPENAI_SEED and OPENAI_EXTRA_BODY (already checked to be a JSON object by the config) as request-body fields. */
export function providerBody(
  config: Pick<ModelConfig, 'OPENAI_EXTRA_BODY' | 'OPENAI_SEED'>,
): Record<string, unknown> {
  const extra = config.OPENAI_EXTRA_BODY
    ? (JSON.parse(config.OPENAI_EXTRA_BODY) as Record<string, unknown>)
    : {};
  return { ...(config.OPENAI_SEED !== undefined ? { seed: config.OPENAI_SEED } : {}), ...extra };
}

/** The model's name as recorded in traces: ChatOpenAI's `model`, or the fake's type in tests. */
export function modelName(model: BaseChatModel, fallback: string): string {
  const named = (model as unknown as { model?: unknown }).model;
  return typeof named === 'string' && named.length > 0 ? named : fallback;
}
