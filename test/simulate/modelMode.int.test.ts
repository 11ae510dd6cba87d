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
 *
 * It is also blind to care: distress and hardship come back as "unknown" with distress false,
 * the way a model misses a euphemism. The service's own deterministic care check runs on every
 * inbound message before understanding, so every care expectation must still hold.
 */
const CARE_BLIND: readonly string[] = ['distress', 'hardship'];

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
    const seen = taughtIntents(request).has(u.intent) && !CARE_BLIND.includes(u.intent);
    return { kind: 'answer', args: { ...u, intent: seen ? u.intent : 'unknown', distress: false } };
  }
  const reference = between(request, '<<<REFERENCE', 'REFERENCE>>>');
  return reference ? { kind: 'answer', text: reference } : { kind: 'status', status: 503 };
}

/**
 * The representative subset played in both modes, one stride per category (1 = every scenario,
 * 2 = every second one in file order, …): every class of issue 14 (distress, hardship, entry,
 * verification input, every dispute kind, returning, facts and plan wording in payments, and the
 * own10/own11 sets written before the fixes), and half the questions and third parties of issue 15.
 * About 260 scenarios, each played offline and in model mode: a subset, to keep CI's 2 cores free.
 */
const STRIDE: Readonly<Record<string, number>> = {
  question: 2,
  third_party: 2,
  dispute: 1,
  returning: 1,
  own10: 1,
  own11: 1,
  concern: 1,
  distress: 2,
  hardship: 2,
  entry: 2,
  verification: 2,
  payment: 2,
  stop_human: 3,
};
function subset(): Scenario[] {
  const all = loadScenarios([FOLDER]);
  return Object.entries(STRIDE).flatMap(([category, stride]) =>
    all.filter((s) => s.category === category).filter((_, i) => i % stride === 0),
  );
}

/** The categories every class of issue 14 is played in, with at least this many scenarios each. */
const CLASSES: Readonly<Record<string, number>> = {
  distress: 20,
  hardship: 15,
  entry: 12,
  verification: 12,
  dispute: 20,
  returning: 16,
  payment: 20,
  own10: 40,
};

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
}, 300_000);

afterAll(async () => {
  await fake.close();
});

describe('the conversation test bench in model mode, against a scripted fake model', () => {
  it('plays the subset through the model for understanding and wording, with figures for both modes', () => {
    console.log(renderReport(modelRun, undefined, 20));
    console.log(`bench subset: offline ${summary(offlineRun)}; model mode ${summary(modelRun)}`);
    expect(modelRun.results.length).toBeGreaterThanOrEqual(200);
    for (const [category, least] of Object.entries(CLASSES)) {
      expect(modelRun.results.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(
        least,
      );
    }
    expect(modelRun.results.filter((r) => r.category === 'question').length).toBeGreaterThanOrEqual(25);
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
