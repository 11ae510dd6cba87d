import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelCapabilities } from '../../../src/language/model/capabilities.js';
import { createChatModel } from '../../../src/language/model/chatModel.js';
import { ManualClock } from '../../../src/core/clock.js';
import { testConfig } from '../../support/testApp.js';
import type { ModelHealthStatus } from '../../../src/language/model/index.js';
import { Chat } from '../../support/chat.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';
import { startFakeOpenAi, type ChatRequest, type FakeOpenAi, type RequestMeta } from './fakeOpenAi.js';
import { profile } from './providerProfiles.js';

let fake: FakeOpenAi | undefined;
let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  await fake?.close();
  app = undefined;
  fake = undefined;
});

/**
 * How long the polls below wait: a bound on a hang, not a speed check. 300 polls of 10 ms (~3 s)
 * ran out beside CI's other tests on a loaded 2-core machine while the probe was still on its way.
 */
const POLL_MS = 20_000;

async function settled(a: TestApp): Promise<ModelHealthStatus> {
  for (const deadline = Date.now() + POLL_MS; Date.now() < deadline;) {
    const status = a.modelStatus() as ModelHealthStatus;
    if (status.mode === 'model' && status.probe !== 'probing') return status;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the capability probe did not settle');
}

async function until(a: TestApp, ok: (s: ModelHealthStatus) => boolean): Promise<ModelHealthStatus> {
  for (const deadline = Date.now() + POLL_MS; Date.now() < deadline;) {
    const status = a.modelStatus() as ModelHealthStatus;
    if (ok(status)) return status;
    await new Promise((r) => setTimeout(r, 10));
  }
  return a.modelStatus() as ModelHealthStatus;
}

describe('capability detection on change', () => {
  it('a server still loading its model at start (every probe unanswered) that then refuses tools: probed again, json_schema chosen, ok', async () => {
    const ollama = profile('ollama');
    let loading = true;
    fake = await startFakeOpenAi({
      respond: (request: ChatRequest, meta: RequestMeta) =>
        loading ? { kind: 'status', status: 503, message: 'model is loading' } : ollama(request, meta),
    });
    app = createTestApp({
      OPENAI_API_KEY: 'sk-test-not-a-real-key',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MODEL: 'qwen2.5:7b',
      // The second probe's four structured calls share one MODEL_TIMEOUT_MS; with 1 s they ran
      // out on a loaded 2-core machine (tools, json_schema… all 'unknown'). The server answers at
      // once here, so a longer budget costs nothing when it is fast.
      TURN_DEADLINE_MS: '10000',
      MODEL_TIMEOUT_MS: '5000',
    });
    // Nothing answered the probe: /healthz does not call that ok.
    expect(await settled(app)).toMatchObject({
      state: 'degraded',
      purpose: 'probe',
      reason: 'server_error',
      structuredOutput: 'tools',
      capabilities: { tools: 'unknown', json_schema: 'unknown' },
    });
    loading = false;
    app.clock.advance(31_000);

    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    expect(await until(app, (s) => s.mode === 'model' && s.structuredOutput === 'json_schema')).toMatchObject(
      {
        structuredOutput: 'json_schema',
        capabilities: { tools: 'no', json_schema: 'yes' },
      },
    );
    await chat.say('我身份证后四位是1234');
    await chat.say('每个月只能还2000');
    const status = await until(app, (s) => s.mode === 'model' && s.state === 'ok');
    expect(status).toMatchObject({ state: 'ok', structuredOutput: 'json_schema' });
  });

  it('a server that loses tool support minutes after a good probe: the failures go on asking, and five minutes on it is probed again', async () => {
    const openai = profile('openai');
    const ollama = profile('ollama');
    let tools = true;
    fake = await startFakeOpenAi({
      respond: (request: ChatRequest, meta: RequestMeta) => (tools ? openai : ollama)(request, meta),
    });
    app = createTestApp({
      OPENAI_API_KEY: 'sk-test-not-a-real-key',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MODEL: 'swapped-model',
      TURN_DEADLINE_MS: '3000',
      MODEL_TIMEOUT_MS: '1000',
    });
    expect(await settled(app)).toMatchObject({ state: 'ok', structuredOutput: 'tools' });
    tools = false;
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    expect(app.modelStatus()).toMatchObject({
      state: 'degraded',
      reason: 'no_tools',
      structuredOutput: 'tools',
    });
    app.clock.advance(5 * 60_000 + 1);
    await chat.say('我身份证后四位是1234');
    expect(await until(app, (s) => s.mode === 'model' && s.structuredOutput === 'json_schema')).toMatchObject(
      {
        structuredOutput: 'json_schema',
      },
    );
    await chat.say('每个月只能还2000');
    await chat.say('第一个');
    expect(await until(app, (s) => s.mode === 'model' && s.state === 'ok')).toMatchObject({ state: 'ok' });
  });

  it('a rate-limited server is probed again only every five minutes, not every 30 s', async () => {
    fake = await startFakeOpenAi({ respond: profile('rate_limited') });
    const f = fake;
    app = createTestApp({
      OPENAI_API_KEY: 'sk-test-not-a-real-key',
      OPENAI_BASE_URL: f.baseURL,
      TURN_DEADLINE_MS: '2000',
      MODEL_TIMEOUT_MS: '500',
    });
    expect(await settled(app)).toMatchObject({ state: 'degraded', purpose: 'probe', reason: 'rate_limited' });
    const probes = (): number =>
      f.requests.filter((r) => JSON.stringify(r.messages).includes('capability check')).length;
    const once = probes();
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    app.clock.advance(31_000);
    await chat.say('我身份证后四位是1234');
    // A probe runs in the background: give one the time to reach the server (it only could pass late, never fail).
    await new Promise((r) => setTimeout(r, 300));
    expect(probes()).toBe(once);
    app.clock.advance(5 * 60_000);
    await chat.say('每个月只能还2000');
    await until(app, () => probes() === 2 * once);
    expect(probes()).toBe(2 * once);
  });

  it('logs the probe at start and when a later probe finds something else, not on every repeat', async () => {
    let tools = true;
    const openai = profile('openai');
    const ollama = profile('ollama');
    fake = await startFakeOpenAi({
      respond: (request: ChatRequest, meta: RequestMeta) => (tools ? openai : ollama)(request, meta),
    });
    const lines: { level: number; msg: string }[] = [];
    const logger = pino(
      { level: 'debug' },
      { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) },
    );
    const config = testConfig({ OPENAI_API_KEY: 'sk-test-not-a-real-key', OPENAI_BASE_URL: fake.baseURL });
    const caps = new ModelCapabilities(
      createChatModel(config),
      { stream: 'auto', structuredOutput: 'auto', timeoutMs: 1000, probe: true },
      logger,
      new ManualClock('2026-11-28T02:00:00Z'),
    );
    await caps.probe();
    await caps.probe();
    tools = false;
    await caps.probe();
    const probed = lines.filter((l) => l.msg.startsWith('language model capabilities probed'));
    expect(probed.map((l) => [l.level, l.msg])).toEqual([
      [30, 'language model capabilities probed: structured output by tools'],
      [20, 'language model capabilities probed: structured output by tools'],
      [30, 'language model capabilities probed: structured output by json_schema'],
    ]);
  });
});
