import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { OfflineUnderstander } from '../../../src/language/offlineUnderstander.js';
import {
  createChatModel,
  createLanguage,
  ModelConfigError,
  ModelResponder,
  ModelUnderstander,
} from '../../../src/language/model/index.js';
import { TemplateResponder } from '../../../src/language/templateResponder.js';
import { ChatOpenAI } from '@langchain/openai';

const config = (env: Record<string, string> = {}) =>
  loadConfig({ LINK_SECRET: 'test-link-secret-0123456789abcdef', DATA_DIR: 'data/unused', ...env });
const silent = pino({ level: 'silent' });

describe('createLanguage', () => {
  it('runs offline, unchanged, without a key', () => {
    const language = createLanguage(config(), silent);
    expect(language.understander).toBeInstanceOf(OfflineUnderstander);
    expect(language.responder).toBeInstanceOf(TemplateResponder);
    expect(language.health.status()).toEqual({ mode: 'offline' });
  });

  it('uses the model for both understanding and wording when a key is set', () => {
    const language = createLanguage(
      config({ OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'qwen-plus', OPENAI_PROBE: 'false' }),
      silent,
    );
    expect(language.understander).toBeInstanceOf(ModelUnderstander);
    expect(language.responder).toBeInstanceOf(ModelResponder);
    expect(language.health.status()).toMatchObject({
      mode: 'model',
      model: 'qwen-plus',
      state: 'ok',
      structuredOutput: 'tools',
      stream: false,
      probe: 'skipped',
    });
  });

  it('builds ChatOpenAI for any OpenAI-compatible server, with its own timeout and no client retries', () => {
    const model = createChatModel(
      config({
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
        OPENAI_MODEL: 'qwen2.5',
        MODEL_TIMEOUT_MS: '2500',
      }),
    );
    expect(model).toBeInstanceOf(ChatOpenAI);
    const chat = model as ChatOpenAI;
    expect(chat.model).toBe('qwen2.5');
    expect(chat.timeout).toBe(2500);
    expect(chat.clientConfig.baseURL).toBe('http://127.0.0.1:11434/v1');
  });

  it('sends the seed and the provider options in every request body, and the temperature', () => {
    const chat = createChatModel(
      config({
        OPENAI_API_KEY: 'sk-test',
        OPENAI_EXTRA_BODY: '{"enable_thinking": false, "top_k": 20}',
        OPENAI_SEED: '7',
        OPENAI_TEMPERATURE: '0.2',
      }),
    ) as ChatOpenAI;
    expect(chat.modelKwargs).toEqual({ seed: 7, enable_thinking: false, top_k: 20 });
    expect(chat.temperature).toBe(0.2);
  });

  it('refuses provider options that are not a JSON object, naming the variable', () => {
    for (const bad of [
      '{enable_thinking: false}',
      '[1,2]',
      '"x"',
      'null',
      '{"stream": true}',
      '{"model": "x"}',
    ]) {
      expect(() => config({ OPENAI_EXTRA_BODY: bad })).toThrow(/OPENAI_EXTRA_BODY/);
    }
    expect(() => config({ OPENAI_STREAM: 'sometimes' })).toThrow(/OPENAI_STREAM/);
    expect(() => config({ OPENAI_TEMPERATURE: '3' })).toThrow(/OPENAI_TEMPERATURE/);
  });

  it('refuses to build a model without a key, saying how to fix it', () => {
    expect(() => createChatModel(config())).toThrow(ModelConfigError);
    expect(() => createChatModel(config())).toThrow(/OPENAI_API_KEY/);
  });
});
