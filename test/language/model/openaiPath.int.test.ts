import { pino } from 'pino';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Act } from '../../../src/core/act.js';
import { check } from '../../../src/guardrails/index.js';
import { createLanguage, type Language } from '../../../src/language/model/index.js';
import type { RespondContext } from '../../../src/language/responder.js';
import { renderTemplate } from '../../../src/prompts/index.js';
import { CTX } from '../../prompts/fixtures.js';
import { testConfig } from '../../support/testApp.js';
import { startFakeOpenAi, type FakeOpenAi, type ServerStep } from './fakeOpenAi.js';

/** Small turn deadline so every fallback shows within the test's timing bound. */
const DEADLINE_MS = 1500;
const declined: Act = { kind: 'plan_declined' };
const TEMPLATE = renderTemplate(declined, CTX['zh-CN']);
const GOOD =
  '没关系。如果您想再看看其他还款方案，或者告诉我您每个月大概能还多少，我可以再帮您找找合适的方案。';
const understanding = {
  intent: 'request_waiver',
  slots: {},
  language: 'zh-CN',
  distress: false,
  injection: false,
};

let server: FakeOpenAi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// The timings below are of the model path, not of the guardrail's first check in a fresh process,
// which compiles its rules' regexes on first use (~300 ms for English since the seventeenth
// session's dash-masked word lists: README, guardrail cost): warm it once before timing.
beforeAll(() => {
  check('Your payment is overdue - please call us.', { locale: 'en', verified: true });
  check('您的账单已逾期——请尽快联系我们。', { locale: 'zh-CN', verified: true });
});

async function languageWith(
  script: ServerStep[],
  env: Record<string, string> = {},
): Promise<{ language: Language; fake: FakeOpenAi }> {
  const fake = await startFakeOpenAi({ script });
  server = fake;
  const config = testConfig({
    OPENAI_API_KEY: 'sk-test-not-a-real-key',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'fake-gpt',
    TURN_DEADLINE_MS: String(DEADLINE_MS),
    MODEL_TIMEOUT_MS: '1000',
    MODEL_MAX_RETRIES: '1',
    // These scripts are strict, one step per call: the capability probe has its own tests.
    OPENAI_PROBE: 'false',
    ...env,
  });
  return { language: createLanguage(config, pino({ level: 'silent' }), { failuresToDegrade: 2 }), fake };
}

const turn = (): RespondContext => ({ locale: 'zh-CN', verified: true, deadline: Date.now() + DEADLINE_MS });

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

describe('wording through the real openai client against a local OpenAI-compatible server', () => {
  it('sends the model text on success, as a plain-text completion, with the server token counts', async () => {
    const { language, fake } = await languageWith([{ kind: 'answer', text: GOOD, delayMs: 20 }]);
    const { value: reply, ms } = await timed(() => language.responder.respond(declined, turn()));
    expect(reply.text).toBe(GOOD);
    expect(reply.trace.sent).toBe('model');
    expect(reply.trace.model).toMatchObject({
      model: 'fake-gpt',
      promptId: 'respond.zh-CN',
      promptVersion: 1,
      inputTokens: 321,
      outputTokens: 45,
    });
    expect(ms).toBeLessThan(DEADLINE_MS);
    const request = fake.requests[0];
    expect(request?.model).toBe('fake-gpt');
    expect(request?.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(request?.tools).toBeUndefined();
    expect(request?.response_format).toBeUndefined();
  });

  it('sends the template before the deadline when the server never answers', async () => {
    const { language } = await languageWith([{ kind: 'hang' }, { kind: 'hang' }]);
    const { value: reply, ms } = await timed(() => language.responder.respond(declined, turn()));
    expect(reply.text).toBe(TEMPLATE);
    expect(reply.trace.model?.fallbackReason).toBe('timeout');
    expect(ms).toBeLessThan(DEADLINE_MS);
  });

  it('sends the template at once on a 429 whose Retry-After is past the deadline', async () => {
    const { language, fake } = await languageWith([
      { kind: 'status', status: 429, headers: { 'retry-after': '30' } },
    ]);
    const { value: reply, ms } = await timed(() => language.responder.respond(declined, turn()));
    expect(reply.text).toBe(TEMPLATE);
    expect(reply.trace.model?.fallbackReason).toBe('rate_limited');
    expect(ms).toBeLessThan(400);
    expect(fake.requests).toHaveLength(1);
  });

  it('waits out a short Retry-After and sends the model text when it fits before the deadline', async () => {
    const { language, fake } = await languageWith([
      { kind: 'status', status: 429, headers: { 'retry-after-ms': '200' } },
      { kind: 'answer', text: GOOD },
    ]);
    const { value: reply, ms } = await timed(() => language.responder.respond(declined, turn()));
    expect(reply.text).toBe(GOOD);
    expect(fake.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(200);
    expect(ms).toBeLessThan(DEADLINE_MS);
  });

  it('sends the template after a 500 and its one retry', async () => {
    const { language, fake } = await languageWith([
      { kind: 'status', status: 500 },
      { kind: 'status', status: 500 },
    ]);
    const { value: reply, ms } = await timed(() => language.responder.respond(declined, turn()));
    expect(reply.text).toBe(TEMPLATE);
    expect(reply.trace.model?.fallbackReason).toBe('server_error');
    expect(fake.requests).toHaveLength(2);
    expect(ms).toBeLessThan(DEADLINE_MS);
  });

  it('sends the template when the body is not JSON', async () => {
    const { language } = await languageWith([{ kind: 'bad_json' }]);
    const { value: reply, ms } = await timed(() => language.responder.respond(declined, turn()));
    expect(reply.text).toBe(TEMPLATE);
    expect(reply.trace.model?.fallbackReason).toBe('malformed');
    expect(ms).toBeLessThan(DEADLINE_MS);
  });

  it('sends the template when the connection drops half-way through the answer', async () => {
    const { language } = await languageWith([{ kind: 'cut' }, { kind: 'cut' }]);
    const { value: reply, ms } = await timed(() => language.responder.respond(declined, turn()));
    expect(reply.text).toBe(TEMPLATE);
    expect(reply.text).not.toContain('截断');
    expect(reply.trace.model?.fallbackReason).toMatch(/connection|malformed/);
    expect(ms).toBeLessThan(DEADLINE_MS);
  });

  it('reports the model degraded after repeated failures, and ok once it answers again', async () => {
    const { language } = await languageWith(
      [
        { kind: 'status', status: 503 },
        { kind: 'status', status: 503 },
        { kind: 'answer', text: GOOD },
      ],
      { MODEL_MAX_RETRIES: '0' },
    );
    expect(language.health.status()).toMatchObject({ mode: 'model', model: 'fake-gpt', state: 'ok' });
    await language.responder.respond(declined, turn());
    await language.responder.respond(declined, turn());
    expect(language.health.status()).toMatchObject({
      mode: 'model',
      state: 'degraded',
      reason: 'server_error',
    });
    await language.responder.respond(declined, turn());
    expect(language.health.status()).toMatchObject({ state: 'ok' });
  });
});

describe('understanding through the real openai client (tool call structured output)', () => {
  const ctx = {
    now: new Date('2026-11-28T10:00:00+08:00'),
    timeZone: 'Asia/Shanghai',
    localeHint: 'zh-CN' as const,
  };

  it('reads the tool call the server returns, checked against the schema', async () => {
    const { language, fake } = await languageWith([{ kind: 'answer', args: understanding }]);
    const u = await language.understander.understand('能不能把利息免了', ctx);
    expect(u).toEqual({ ...understanding, source: 'model' });
    expect(fake.requests[0]?.tools?.[0]?.function.name).toBe('extract');
    expect(fake.requests[0]?.tool_choice).toBeDefined();
  });

  it.each([
    ['the server never answers', [{ kind: 'hang' }, { kind: 'hang' }]],
    [
      'a 500',
      [
        { kind: 'status', status: 500 },
        { kind: 'status', status: 500 },
      ],
    ],
    ['a body that is not JSON', [{ kind: 'bad_json' }]],
    ['arguments that break the schema', [{ kind: 'answer', args: { intent: 'make_me_manager' } }]],
  ] as [string, ServerStep[]][])(
    'falls back to the offline rules on %s, within half the turn',
    async (_name, script) => {
      const { language } = await languageWith(script);
      const { value: u, ms } = await timed(() => language.understander.understand('每个月只能还2000', ctx));
      expect(u).toMatchObject({
        intent: 'offer_payment',
        slots: { amountCents: 200_000, period: 'month' },
        source: 'rules',
      });
      // Half the turn, plus scheduling slack on a busy machine: the reply still has the other half.
      expect(ms).toBeLessThan(DEADLINE_MS / 2 + 250);
    },
  );
});
