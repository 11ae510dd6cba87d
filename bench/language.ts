/**
 * npm run bench:language — the bot's own added latency per turn on the model path:
 * understand (structured output) + respond (plain-text wording, draft checks, guardrail
 * enforcement), minus the model's time. The real @langchain/openai / openai client talks to a
 * local OpenAI-compatible server that answers every call after a fixed delay.
 *
 * Two figures per turn, p50 / p99 / mean:
 *   - added (ours):       wall time minus the measured model-call time (prompt building, parsing,
 *                         schema checks, draft checks, guardrails, fallbacks' bookkeeping)
 *   - added (incl. client): wall time minus the server's fixed delay × calls (adds the langchain /
 *                         openai client and loopback HTTP)
 * and, for scale, the offline path (rules + templates + guardrails) on the same turns.
 *
 * Options (env): BENCH_TURNS (default 200), BENCH_MODEL_DELAY_MS (default 50).
 */
import { pino } from 'pino';
import type { Act } from '../src/core/act.js';
import type { Locale } from '../src/core/locale.js';
import { createLanguage, type Language, type UnderstandRecord } from '../src/language/model/index.js';
import type { UnderstandContext } from '../src/language/understanding.js';
import { sampleActs, ZHANG_WEI, JOHN_SMITH } from '../test/prompts/fixtures.js';
import { startFakeOpenAi, type ChatRequest, type ServerStep } from '../test/language/model/fakeOpenAi.js';
import { loadConfig } from '../src/config/config.js';

const TURNS = Number(process.env.BENCH_TURNS ?? 200);
const DELAY_MS = Number(process.env.BENCH_MODEL_DELAY_MS ?? 50);
const WARMUP = 20;

const ZH = sampleActs(ZHANG_WEI, '12356');
const EN = sampleActs(JOHN_SMITH, '988');

/** What the person says and the act the dialog would answer with. */
const TURN_SCRIPT: [Locale, string, Act | undefined][] = [
  ['zh-CN', '我欠多少钱', ZH.account_summary[0]],
  ['zh-CN', '不还会怎么样', ZH.consequences[0]],
  ['zh-CN', '每个月只能还2000', ZH.plan_offers[1]],
  ['zh-CN', '第二个', ZH.plan_confirm[0]],
  ['zh-CN', '算了，不要了', ZH.plan_declined[0]],
  ['zh-CN', '嗯……', ZH.ask_affordability[0]],
  ['en', 'how much do I owe', EN.account_summary[0]],
  ['en', 'I can pay $300 a month', EN.plan_offers[1]],
  ['en', 'no thanks', EN.plan_declined[0]],
  ['en', 'can I talk to a person', EN.human_requested[0]],
];

/** Config from these variables only; LINK_SECRET set so nothing is written to disk. */
function benchConfig(env: Record<string, string> = {}) {
  return loadConfig({
    LOG_LEVEL: 'silent',
    LINK_SECRET: 'bench-only-link-secret-0123456789ab',
    DATA_DIR: 'data/bench-unused',
    ...env,
  });
}

function between(text: string, open: string, close: string): string {
  const start = text.indexOf(open);
  const end = text.indexOf(close, start + open.length);
  return start >= 0 && end > start ? text.slice(start + open.length, end).trim() : '';
}

/** A well-behaved model: reads every message as an offer, words every act as its reference. */
function model(request: ChatRequest): ServerStep {
  const first = typeof request.messages[1]?.content === 'string' ? request.messages[1].content : '';
  if (request.tools) {
    const language = /\p{Script=Han}/u.test(first) ? 'zh-CN' : 'en';
    return {
      kind: 'answer',
      delayMs: DELAY_MS,
      args: {
        intent: 'offer_payment',
        slots: { amountCents: 200_000, period: 'month' },
        language,
        distress: false,
        injection: false,
      },
    };
  }
  return { kind: 'answer', delayMs: DELAY_MS, text: between(first, '<<<REFERENCE', 'REFERENCE>>>') };
}

interface Sample {
  wall: number;
  modelMs: number;
  calls: number;
}

async function turn(
  language: Language,
  i: number,
  records: UnderstandRecord[],
  requests: () => number,
): Promise<Sample & { sent: string }> {
  const [locale, text, act] = TURN_SCRIPT[i % TURN_SCRIPT.length] ?? TURN_SCRIPT[0]!;
  if (!act) throw new Error('bench script');
  const ctx: UnderstandContext & { deadline: number } = {
    now: new Date(),
    timeZone: 'Asia/Shanghai',
    localeHint: locale,
    deadline: Date.now() + 8000,
  };
  const before = requests();
  const started = performance.now();
  await language.understander.understand(text, ctx);
  const reply = await language.responder.respond(act, { locale, verified: true, deadline: ctx.deadline });
  const wall = performance.now() - started;
  const understandMs = records.at(-1)?.latencyMs ?? 0;
  return {
    wall,
    modelMs: understandMs + (reply.trace.model?.latencyMs ?? 0),
    calls: requests() - before,
    sent: reply.trace.sent,
  };
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function line(label: string, values: number[]): string {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `${label.padEnd(34)} p50 ${pct(values, 50).toFixed(2).padStart(7)} ms   p99 ${pct(values, 99).toFixed(2).padStart(7)} ms   mean ${mean.toFixed(2).padStart(7)} ms`;
}

async function main(): Promise<void> {
  const server = await startFakeOpenAi({ respond: model });
  const env = {
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: server.baseURL,
    OPENAI_MODEL: 'bench-model',
    MODEL_MAX_RETRIES: '0',
    // This fake answers turns, not capability probes: tools, as configured.
    OPENAI_PROBE: 'false',
  };
  const records: UnderstandRecord[] = [];
  const language = createLanguage(benchConfig(env), pino({ level: 'silent' }), {
    observeUnderstanding: (r) => records.push(r),
  });
  const offline = createLanguage(benchConfig(), pino({ level: 'silent' }));
  const samples: Sample[] = [];
  const sent = new Map<string, number>();
  for (let i = 0; i < WARMUP + TURNS; i++) {
    const s = await turn(language, i, records, () => server.requests.length);
    if (i < WARMUP) continue;
    samples.push(s);
    sent.set(s.sent, (sent.get(s.sent) ?? 0) + 1);
  }
  const offlineWall: number[] = [];
  for (let i = 0; i < WARMUP + TURNS; i++) {
    const s = await turn(offline, i, [], () => 0);
    if (i >= WARMUP) offlineWall.push(s.wall);
  }
  await server.close();
  console.log(
    `bench:language — ${TURNS} turns (understand + respond + guard), fake server answering after ${DELAY_MS} ms, ${samples[0]?.calls ?? 0} model calls per turn`,
  );
  console.log(
    line(
      'turn wall time (model path)',
      samples.map((s) => s.wall),
    ),
  );
  console.log(
    line(
      'added by the bot (ours)',
      samples.map((s) => s.wall - s.modelMs),
    ),
  );
  console.log(
    line(
      'added incl. HTTP client',
      samples.map((s) => s.wall - DELAY_MS * s.calls),
    ),
  );
  console.log(line('offline path (rules+templates)', offlineWall));
  console.log(`replies sent: ${[...sent.entries()].map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

await main();
