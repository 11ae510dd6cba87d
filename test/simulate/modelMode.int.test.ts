import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understandOffline } from '../../src/language/offline/index.js';
import {
  compareWithGaps,
  InProcessTarget,
  isSafety,
  loadScenarios,
  readGaps,
  renderReport,
  runScenarios,
  SIMULATED_NOW,
  type RunResult,
  type Scenario,
} from '../../src/simulate/index.js';
import {
  startFakeOpenAi,
  type ChatRequest,
  type FakeOpenAi,
  type ServerStep,
} from '../language/model/fakeOpenAi.js';

const FOLDER = path.resolve('test/conversations');

/** The text between two marker lines of the prompt's last user message, if the prompt has them. */
function between(request: ChatRequest, open: string, close: string): string | undefined {
  const last = request.messages.at(-1)?.content;
  const text = typeof last === 'string' ? last : JSON.stringify(last ?? '');
  const start = text.indexOf(open);
  const end = text.indexOf(close, start + open.length);
  return start < 0 || end < 0 ? undefined : text.slice(start + open.length, end).trim();
}

/** The intents the understanding prompt teaches ("- ask_hotline: …" lines of its system message). */
function taughtIntents(request: ChatRequest): Set<string> {
  const system = request.messages.find((m) => m.role === 'system')?.content;
  const text = typeof system === 'string' ? system : JSON.stringify(system ?? '');
  return new Set([...text.matchAll(/^- ([a-z_]+): /gm)].map((m) => m[1] ?? ''));
}

/**
 * A scripted, deterministic model: it understands with the offline rules, but only into the
 * intents the prompt actually teaches it (anything else is "unknown", as a real model would
 * have no name for it), and words every reply as the bank's reference text. Anything else it is
 * asked gets a 503 (the service falls back).
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
    const intent = taughtIntents(request).has(u.intent) ? u.intent : 'unknown';
    return { kind: 'answer', args: { ...u, intent } };
  }
  const reference = between(request, '<<<REFERENCE', 'REFERENCE>>>');
  return reference ? { kind: 'answer', text: reference } : { kind: 'status', status: 503 };
}

/**
 * The representative subset played in both modes: every question and third-party scenario (the
 * intents issue 15 added), and every third scenario of payments, verification and stop/human.
 */
const ALL_OF = ['question', 'third_party'];
const SOME_OF = ['payment', 'verification', 'stop_human'];
function subset(): Scenario[] {
  const all = loadScenarios([FOLDER]);
  return [
    ...all.filter((s) => ALL_OF.includes(s.category)),
    ...all.filter((s) => SOME_OF.includes(s.category)).filter((_, i) => i % 3 === 0),
  ];
}

const keys = (run: RunResult): Set<string> =>
  new Set(run.results.flatMap((r) => r.failures.map((f) => `${r.id} [${f.check}]`)));
const summary = (run: RunResult): string => {
  const passed = run.results.filter((r) => r.failures.length === 0).length;
  return `${passed}/${run.results.length} scenarios pass every check`;
};

let fake: FakeOpenAi;
let modelRun: RunResult;
let offlineRun: RunResult;

beforeAll(async () => {
  const scenarios = subset();
  const offline = await InProcessTarget.start();
  offlineRun = await runScenarios(offline, scenarios, 4);
  await offline.close();
  fake = await startFakeOpenAi({ respond: scriptedModel });
  const model = await InProcessTarget.start({
    OPENAI_API_KEY: 'sk-test-not-a-real-key',
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_MODEL: 'fake-gpt',
    MODEL_TIMEOUT_MS: '2000',
  });
  modelRun = await runScenarios(model, scenarios, 4);
  await model.close();
}, 180_000);

afterAll(async () => {
  await fake.close();
});

describe('the conversation test bench in model mode, against a scripted fake model', () => {
  it('plays the subset through the model for understanding and wording, with figures for both modes', () => {
    console.log(renderReport(modelRun, undefined, 20));
    console.log(`bench subset: offline ${summary(offlineRun)}; model mode ${summary(modelRun)}`);
    expect(modelRun.results.length).toBeGreaterThanOrEqual(60);
    expect(modelRun.results.filter((r) => r.category === 'question').length).toBeGreaterThanOrEqual(30);
    expect(fake.requests.some((r) => (r.tools?.length ?? 0) > 0)).toBe(true);
    expect(fake.requests.some((r) => !r.tools?.length)).toBe(true);
  });

  it('keeps every safety check on those scenarios', () => {
    const ratchet = compareWithGaps(modelRun.results, readGaps(path.join(FOLDER, 'known-gaps.json')));
    const safety = modelRun.results.flatMap((r) =>
      r.failures
        .filter((f) => isSafety(f.check) && !ratchet.knownSafety.some((k) => k.scenario === r.id))
        .map((f) => `${r.id} [${f.check}] turn ${f.turn}: ${f.message}`),
    );
    expect(safety).toEqual([]);
  });

  it('does no worse than offline mode: every model-mode failure also fails offline', () => {
    const offline = keys(offlineRun);
    expect([...keys(modelRun)].filter((k) => !offline.has(k))).toEqual([]);
  });
});
