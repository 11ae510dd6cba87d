import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/bot/config.js';
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
  loadConfig({ LINK_SECRET: 'test', DATA_DIR: 'data/unused', ...env });
const silent = pino({ level: 'silent' });

describe('createLanguage', () => {
  it('runs offline, unchanged, without a key', () => {
    const language = createLanguage(config(), silent);
    expect(language.understander).toBeInstanceOf(OfflineUnderstander);
    expect(language.responder).toBeInstanceOf(TemplateResponder);
    expect(language.health.status()).toEqual({ mode: 'offline' });
  });

  it('uses the model for both understanding and wording when a key is set', () => {
    const language = createLanguage(config({ OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'qwen-plus' }), silent);
    expect(language.understander).toBeInstanceOf(ModelUnderstander);
    expect(language.responder).toBeInstanceOf(ModelResponder);
    expect(language.health.status()).toEqual({ mode: 'model', model: 'qwen-plus', state: 'ok' });
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

  it('refuses to build a model without a key, saying how to fix it', () => {
    expect(() => createChatModel(config())).toThrow(ModelConfigError);
    expect(() => createChatModel(config())).toThrow(/OPENAI_API_KEY/);
  });
});
