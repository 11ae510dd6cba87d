import { afterEach, describe, expect, it } from 'vitest';
import type { ModelHealthStatus } from '../../../src/language/model/index.js';
import { createServer, listen } from '../../../src/bot/server.js';
import { Chat } from '../../support/chat.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';
import { startFakeOpenAi, type FakeOpenAi } from './fakeOpenAi.js';
import { profile, type ProfileName, type ProfileOptions } from './providerProfiles.js';

let fake: FakeOpenAi | undefined;
let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  await fake?.close();
  app = undefined;
  fake = undefined;
});

async function modelStatus(a: TestApp): Promise<ModelHealthStatus> {
  for (let i = 0; i < 200; i++) {
    const status = a.modelStatus() as ModelHealthStatus;
    if (status.mode === 'model' && status.probe !== 'probing') return status;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the capability probe did not settle');
}

/** The service against the fake with this profile; the probe settled. */
async function serviceOn(
  name: ProfileName,
  env: Record<string, string> = {},
  options: ProfileOptions = {},
): Promise<{ app: TestApp; fake: FakeOpenAi }> {
  fake = await startFakeOpenAi({ respond: profile(name, options) });
  app = createTestApp({
    OPENAI_API_KEY: 'sk-test-not-a-real-key',
    OPENAI_BASE_URL: name === 'azure' ? fake.baseURL.replace(/\/v1$/, '/openai/v1') : fake.baseURL,
    OPENAI_MODEL: `fake-${name}`,
    TURN_DEADLINE_MS: '3000',
    MODEL_TIMEOUT_MS: '1500',
    ...env,
  });
  await modelStatus(app);
  return { app, fake };
}

/** 张伟 verifies, says what he can pay, picks the first plan and confirms it. */
async function agreePlan(a: TestApp): Promise<string[]> {
  const chat = new Chat(a, 'demo-zh');
  const replies: string[] = [];
  for (const text of ['你好', '我身份证后四位是1234', '每个月只能还2000', '第一个', '确认'])
    replies.push(await chat.say(text));
  expect(await a.stores.plans.activeFor('A-1001')).toBeDefined();
  return replies;
}

async function healthz(a: TestApp): Promise<{ status: string; model: ModelHealthStatus }> {
  const server = createServer(a, []);
  const url = await listen(server, 0, '127.0.0.1');
  try {
    return (await (await fetch(`${url}/healthz`)).json()) as { status: string; model: ModelHealthStatus };
  } finally {
    server.close();
  }
}

const served = { state: 'ok', failures: 0 };

describe('any OpenAI-compatible server: a conversation to an agreed plan under each profile', () => {
  it.each([
    ['openai', 'tools', false],
    ['azure', 'tools', false],
    ['vllm', 'tools', false],
    ['deepseek', 'tools', false],
    ['ollama', 'json_schema', false],
    ['ollama_tools', 'json_schema', false],
    ['plain_text', 'json_mode', false],
    ['no_tools', 'prompt', false],
    ['stream_only', 'tools', true],
    ['qwen', 'tools', true],
  ] as [ProfileName, string, boolean][])(
    '%s: understood and worded by the model (structured output by %s, streamed: %s), and /healthz says ok',
    async (name, method, stream) => {
      const { app: a } = await serviceOn(name);
      await agreePlan(a);
      const { model } = await healthz(a);
      expect(model).toMatchObject({
        mode: 'model',
        state: 'ok',
        structuredOutput: method,
        stream,
        probe: 'done',
      });
      if (model.mode !== 'model') throw new Error('model mode expected');
      expect(model.purposes.understanding).toMatchObject(served);
      expect(model.purposes.wording).toMatchObject(served);
    },
  );

  it('qwen with OPENAI_EXTRA_BODY {"enable_thinking": false}: not streamed, the options and the seed in every request', async () => {
    const { app: a, fake: f } = await serviceOn('qwen', {
      OPENAI_EXTRA_BODY: '{"enable_thinking": false}',
      OPENAI_SEED: '42',
      OPENAI_TEMPERATURE: '0.3',
    });
    await agreePlan(a);
    expect(await healthz(a)).toMatchObject({
      model: { state: 'ok', structuredOutput: 'tools', stream: false },
    });
    expect(
      f.requests.every((r) => r.enable_thinking === false && r.seed === 42 && r.temperature === 0.3),
    ).toBe(true);
  });

  it('no tools and no response_format: the model judge is served too, by prompt-only JSON', async () => {
    const { app: a } = await serviceOn('no_tools', { GUARDRAIL_MODEL_CHECK: 'true' }, { reword: true });
    await agreePlan(a);
    const { model } = await healthz(a);
    expect(model).toMatchObject({ state: 'ok', structuredOutput: 'prompt' });
    if (model.mode !== 'model') throw new Error('model mode expected');
    expect(model.purposes.judge).toMatchObject(served);
  });

  it('a server that answers plain text to a forced tool call, without the probe: degraded (no_tools), the rules still agree the plan', async () => {
    const { app: a } = await serviceOn('plain_text', { OPENAI_PROBE: 'false' });
    await agreePlan(a);
    // The service still serves turns (HTTP 200) but says a part is impaired (issue 13's /healthz).
    expect(await healthz(a)).toMatchObject({
      status: 'degraded',
      model: { state: 'degraded', reason: 'no_tools', purpose: 'understanding', probe: 'skipped' },
    });
  });

  it('rate limited on every call: the plan is agreed on rules and templates, and /healthz says rate_limited', async () => {
    const { app: a, fake: f } = await serviceOn('rate_limited');
    await agreePlan(a);
    expect(await healthz(a)).toMatchObject({ model: { state: 'degraded', reason: 'rate_limited' } });
    // A 429 asking for 30 s is not waited for, nor retried.
    expect(f.requests.length).toBeLessThan(30);
  });

  it('slower than every deadline: the plan is agreed in time, and /healthz says timeout', async () => {
    const { app: a } = await serviceOn(
      'slow',
      { TURN_DEADLINE_MS: '600', MODEL_TIMEOUT_MS: '200' },
      { slowMs: 1500 },
    );
    await agreePlan(a);
    expect(await healthz(a)).toMatchObject({ model: { state: 'degraded', reason: 'timeout' } });
  });
});

describe('the account language is the default', () => {
  it('keeps a zh-CN holder in Chinese, accepting the ID digits, when the model says every message is English', async () => {
    const { app: a } = await serviceOn('openai', {}, { wrongLanguage: true });
    const replies = await agreePlan(a);
    for (const reply of replies) expect(reply).toMatch(/\p{Script=Han}/u);
    expect(replies.join('\n')).not.toContain('attempt to collect a debt');
  });
});
