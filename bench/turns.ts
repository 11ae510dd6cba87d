/**
 * npm run bench:turns — concurrent scripted conversations against POST /api/messages
 * (deliveryMode expectReplies) on loopback, next to a bare echo bot on the same stack
 * (restify + CloudAdapter) in the same run. Prints turns/s, p50/p99 latency for both, their
 * ratio, and resident memory per 1,000 open conversations.
 *
 * Options (env): BENCH_CONVERSATIONS (default 200), BENCH_CONCURRENCY (default 16).
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import restify from 'restify';
import { createApp } from '../src/bot/app.js';
import { loadConfig } from '../src/config/config.js';
import { createServer, listen } from '../src/bot/server.js';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SCRIPT = ['你好', '我身份证后四位是1234', '每个月只能还2000', '第一个', '确认'];

interface Result {
  turns: number;
  seconds: number;
  latencies: number[];
  /** Process CPU (user + system) over the run, in ms: less swayed by other work on the machine. */
  cpuMs: number;
}

async function post(url: string, conversationId: string, userId: string, text: string): Promise<void> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      channelId: 'bench',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: conversationId },
      from: { id: userId },
      recipient: { id: 'bot' },
      text,
    }),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status} for "${text}"`);
  const body = (await res.json()) as { activities?: unknown[] };
  if (!body.activities?.length) throw new Error(`no reply for "${text}"`);
}

async function run(
  url: string,
  label: string,
  conversations = CONVERSATIONS,
  concurrency = CONCURRENCY,
): Promise<Result> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const worker = async (): Promise<void> => {
    while (next < conversations) {
      const n = next++;
      const conversationId = `${label}-${n}-${Date.now()}`;
      for (const text of SCRIPT) {
        const t0 = performance.now();
        await post(url, conversationId, 'demo-zh', text);
        latencies.push(performance.now() - t0);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return {
    turns: latencies.length,
    seconds: (performance.now() - started) / 1000,
    latencies,
    cpuMs: (used.user + used.system) / 1000,
  };
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function describe(r: Result): { tps: number; p50: number; p99: number; cpuPerTurn: number } {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  return {
    tps: r.turns / r.seconds,
    p50: pct(sorted, 50),
    p99: pct(sorted, 99),
    cpuPerTurn: r.cpuMs / r.turns,
  };
}

async function echoServer(): Promise<{ url: string; close: () => void }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const server = restify.createServer();
  server.post('/api/messages', restify.plugins.bodyParser({ mapParams: false }), async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  const url = await listen(server, 0, '127.0.0.1');
  return { url, close: () => server.close() };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-turns-'));
  // One sender plays every conversation: lift the /api/messages rate limits that protect a live
  // service from a flood (issue 12), or the bench measures the limiter.
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    REMINDERS_ENABLED: 'false',
    MESSAGES_RATE_GLOBAL_PER_MINUTE: '1000000',
    MESSAGES_RATE_PER_SENDER_PER_MINUTE: '100000',
  });
  const app = createApp(config, { logger: pino({ level: 'silent' }) });
  const server = createServer(app);
  const botUrl = await listen(server, 0, '127.0.0.1');
  const echo = await echoServer();

  await run(echo.url, 'warm-echo');
  await run(botUrl, 'warm-bot');
  const e = describe(await run(echo.url, 'echo'));
  const b = describe(await run(botUrl, 'bot'));
  // Latency of one person's turn when the service is not saturated (4 people typing at once).
  const eLight = describe(await run(echo.url, 'echo-light', 60, 4));
  const bLight = describe(await run(botUrl, 'bot-light', 60, 4));

  // Memory: open 1,000 more conversations (opened and verified, so each has state, a
  // conversation reference and a transcript) and compare the heap and RSS after a full GC.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let opened = 0;
  const open = async (): Promise<void> => {
    while (opened < 1000) {
      const id = `mem-${opened++}`;
      await post(botUrl, id, 'demo-zh', '你好');
      await post(botUrl, id, 'demo-zh', '1234');
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, open));
  gc?.();
  const after = process.memoryUsage();
  const mib = (n: number): string => (n / 1024 / 1024).toFixed(2);

  const fmt = (n: number): string => n.toFixed(2);
  console.log(
    `conversations=${CONVERSATIONS} concurrency=${CONCURRENCY} turns/conversation=${SCRIPT.length}`,
  );
  console.log(`saturated (concurrency ${CONCURRENCY}):`);
  const cpu = (r: { cpuPerTurn: number }): string => `CPU ${fmt(r.cpuPerTurn)} ms/turn`;
  console.log(
    `  echo bot:       ${fmt(e.tps)} turns/s  p50 ${fmt(e.p50)} ms  p99 ${fmt(e.p99)} ms  ${cpu(e)}`,
  );
  console.log(
    `  collection bot: ${fmt(b.tps)} turns/s  p50 ${fmt(b.p50)} ms  p99 ${fmt(b.p99)} ms  ${cpu(b)}`,
  );
  console.log(`  ratio (bot/echo throughput): ${fmt(b.tps / e.tps)}  (target >= 0.5)`);
  // The load generator shares the process, so both CPU figures include its fetch and parse work.
  console.log(
    `  ratio of CPU per turn (echo/bot; steadier on a shared machine): ${fmt(e.cpuPerTurn / b.cpuPerTurn)}`,
  );
  console.log('light load (concurrency 4):');
  console.log(`  echo bot:       p50 ${fmt(eLight.p50)} ms  p99 ${fmt(eLight.p99)} ms`);
  console.log(`  collection bot: p50 ${fmt(bLight.p50)} ms  p99 ${fmt(bLight.p99)} ms  (target p99 < 50 ms)`);
  console.log(
    `memory per 1,000 open conversations: heap ${mib(after.heapUsed - before.heapUsed)} MiB, ` +
      `rss ${mib(after.rss - before.rss)} MiB${gc ? '' : ' (run with --expose-gc for a clean figure)'}; ` +
      'conversation state, references and transcripts live in SQLite',
  );
  server.close();
  echo.close();
  await app.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
