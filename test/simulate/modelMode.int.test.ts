import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understandOffline } from '../../src/language/offline/index.js';
import {
  InProcessTarget,
  isSafety,
  loadScenarios,
  renderReport,
  runScenarios,
  SIMULATED_NOW,
  type RunResult,
} from '../../src/simulate/index.js';
import {
  startFakeOpenAi,
  type ChatRequest,
  type FakeOpenAi,
  type ServerStep,
} from '../language/model/fakeOpenAi.js';

/** The text between two marker lines of the prompt's last user message, if the prompt has them. */
function between(request: ChatRequest, open: string, close: string): string | undefined {
  const last = request.messages.at(-1)?.content;
  const text = typeof last === 'string' ? last : JSON.stringify(last ?? '');
  const start = text.indexOf(open);
  const end = text.indexOf(close, start + open.length);
  return start < 0 || end < 0 ? undefined : text.slice(start + open.length, end).trim();
}

/**
 * A scripted, deterministic model: it understands with the offline rules and words every reply
 * as the bank's reference text. Anything else it is asked gets a 503 (the service falls back).
 */
function scriptedModel(request: ChatRequest): ServerStep {
  if (request.tools?.length) {
    const message = between(request, '<<<CUSTOMER_MESSAGE', 'CUSTOMER_MESSAGE>>>') ?? '';
    // A well-behaved model follows the prompt's rule for messages without words ("use <hint>").
    const hint = /without words[^\n]*?use (zh-CN|en)/.exec(JSON.stringify(request.messages))?.[1];
    const u = understandOffline(message, {
      now: new Date(SIMULATED_NOW),
      timeZone: 'Asia/Shanghai',
      ...(hint === 'zh-CN' || hint === 'en' ? { localeHint: hint } : {}),
    });
    return { kind: 'answer', args: { ...u } };
  }
  const reference = between(request, '<<<REFERENCE', 'REFERENCE>>>');
  return reference ? { kind: 'answer', text: reference } : { kind: 'status', status: 503 };
}

const SUBSET = ['payment', 'verification', 'third_party', 'stop_human'];

let fake: FakeOpenAi;
let target: InProcessTarget;
let run: RunResult;

beforeAll(async () => {
  fake = await startFakeOpenAi({ respond: scriptedModel });
  target = await InProcessTarget.start({
    OPENAI_API_KEY: 'sk-test-not-a-real-key',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'fake-gpt',
    MODEL_TIMEOUT_MS: '2000',
  });
  const scenarios = loadScenarios([path.resolve('test/conversations')])
    .filter((s) => SUBSET.includes(s.category))
    .filter((_, i) => i % 3 === 0);
  run = await runScenarios(target, scenarios, 2);
}, 120_000);

afterAll(async () => {
  await target.close();
  await fake.close();
});

describe('the conversation test bench in model mode, against a scripted fake model', () => {
  it('plays the scenarios through the model for understanding and wording', () => {
    console.log(renderReport(run, undefined, 20));
    expect(run.results.length).toBeGreaterThanOrEqual(10);
    expect(fake.requests.some((r) => (r.tools?.length ?? 0) > 0)).toBe(true);
    expect(fake.requests.some((r) => !r.tools?.length)).toBe(true);
  });

  it('keeps every safety check on those scenarios', () => {
    const safety = run.results.flatMap((r) =>
      r.failures
        .filter((f) => isSafety(f.check))
        .map((f) => `${r.id} [${f.check}] turn ${f.turn}: ${f.message}`),
    );
    expect(safety).toEqual([]);
  });
});
