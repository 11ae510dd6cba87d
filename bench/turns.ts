/**
 * npm run bench:turns — concurrent scripted conversations against POST /api/messages
 * (deliveryMode expectReplies) on loopback, next to a bare echo bot on the same stack
 * (restify + CloudAdapter) in the same run. Prints, per round and as min/median over the rounds:
 * turns/s, p50/p95/p99 latency and CPU per turn for both, their ratios, light-load latency, and
 * resident memory per 1,000 open conversations.
 *
 * Options (env): BENCH_CONVERSATIONS (default 200), BENCH_CONCURRENCY (default 16),
 * BENCH_ROUNDS (default 3: the machine is shared, so compare ratios within a run and look at
 * the spread across rounds), BENCH_BACKEND: sqlite (default), pg (one service on PostgreSQL) or
 * pg2 (two services on one PostgreSQL, each conversation's turns alternating between them, so
 * every turn takes the cross-instance turn lock and state written by the other), on
 * BENCH_DATABASE_URL (a database it may fill) or else a throw-away local cluster configured as a
 * real server is (fsync, synchronous_commit and full_page_writes on; BENCH_PG_FAST=1 turns them off,
 * the cluster of the tests and of the benches before issue 19's twelfth session). The services
 * reach that local cluster over loopback TCP, or its Unix socket with BENCH_PG_SOCKET=unix
 * (`pgUrl.ts`; a remote database always pays TCP); the header line says which.
 *
 * BENCH_WARM (default 5): load runs of the bench's size each service (and the echo bot) takes
 * before anything is measured. V8 keeps optimising the service's code for thousands of turns
 * (TurboFan compiles on background threads, which process CPU counts): after one warm-up run (the
 * default before issue 19's eighth session) the first measured round cost the bot about 10% more
 * CPU per turn than the later ones (2.32 against 2.04 ms, 15:00 UTC, load 12-15). `BENCH_WARM=1`
 * measures that too, which is what the first minutes after every start cost.
 *
 * Same-run A/B on SQLite: BENCH_AB_BASE=/path/to/another/checkout (its own node_modules or a link)
 * also starts that tree's service in this process (its own data directory) and runs every round
 * against both, in alternating order, with one echo round per round; it prints both trees'
 * figures and the change. On a shared machine this is the comparison that means something.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pino, type Logger } from 'pino';
import { createApp } from '../src/bot/app.js';
import { figures, startEchoBot, type Figures, type Result } from './benchTurn.js';
import { CLIENT_IN_CHILD, run as runLoad, SCRIPT, stopClient } from './loadRun.js';
import { memoryPer1000 } from './turnMemory.js';
import { loadConfig } from '../src/config/config.js';
import { createServer, listen } from '../src/bot/server.js';
import { openBackend } from '../src/bot/backend.js';
import { systemClock } from '../src/core/clock.js';
import type { Config } from '../src/config/config.js';
import { benchServiceEnv } from './benchEnv.js';
import { clusterUrl, transportLabel } from './pgUrl.js';
import {
  findPostgresBin,
  startCluster,
  stopCluster,
  type RunningCluster,
} from '../test/support/postgresCluster.js';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const BACKEND = process.env.BENCH_BACKEND ?? 'sqlite';
const LIGHT = { conversations: 60, concurrency: 4 };
// Paced load: people who read a reply before they answer (BENCH_THINK_MS after each reply). Four
// people with no pause (LIGHT) keep the event loop 98-99 % busy, so their latency is about four
// turns' CPU (turnlat27, docs/history/performance.md); sixteen people answering on average 0.4 s
// after a reply (exponential pauses, staggered starts: loadRun.ts) offer about 35-40 turns a second,
// a sixth or less of what either service sustains here.
const PACED = { conversations: 60, concurrency: 16, thinkMs: Number(process.env.BENCH_THINK_MS ?? 400) };
const WARM = Math.max(0, Number(process.env.BENCH_WARM ?? 5));

/** `WARM` load runs on each service, round robin, before anything is measured. */
async function warm(services: { url: string; label: string }[]): Promise<void> {
  for (let n = 0; n < WARM; n++) for (const s of services) await run(s.url, `warm-${s.label}-${n}`);
}

/** A load run of this bench's size (the client in this process or its own, see loadRun.ts). */
function run(
  url: string,
  label: string,
  conversations = CONVERSATIONS,
  concurrency = CONCURRENCY,
  thinkMs = 0,
): Promise<Result> {
  return runLoad({ url, label, conversations, concurrency, thinkMs });
}

/** One round: echo and bot saturated, then both at light load, back to back. */
interface Round {
  echo: Figures;
  bot: Figures;
  echoLight: Figures;
  botLight: Figures;
  echoPaced: Figures;
  botPaced: Figures;
}

async function round(n: number, echoUrl: string, botUrl: string): Promise<Round> {
  const echo = figures(await run(echoUrl, `echo-${n}`));
  const bot = figures(await run(botUrl, `bot-${n}`));
  // Latency of one person's turn when the service is not saturated (4 people typing at once).
  const echoLight = figures(await run(echoUrl, `echo-light-${n}`, LIGHT.conversations, LIGHT.concurrency));
  const botLight = figures(await run(botUrl, `bot-light-${n}`, LIGHT.conversations, LIGHT.concurrency));
  const paced = (url: string, label: string): Promise<Result> =>
    run(url, `${label}-paced-${n}`, PACED.conversations, PACED.concurrency, PACED.thinkMs);
  const echoPaced = figures(await paced(echoUrl, 'echo'));
  const botPaced = figures(await paced(botUrl, 'bot'));
  return { echo, bot, echoLight, botLight, echoPaced, botPaced };
}

const fmt = (n: number): string => n.toFixed(2);

function line(label: string, f: Figures): string {
  return (
    `  ${label.padEnd(16)}${fmt(f.tps).padStart(8)} turns/s  p50 ${fmt(f.p50)}  p95 ${fmt(f.p95)}  ` +
    `p99 ${fmt(f.p99)} ms  CPU ${fmt(f.cpuPerTurn)} ms/turn` +
    (f.clientCpuPerTurn === undefined ? '' : ` (client apart: ${fmt(f.clientCpuPerTurn)})`)
  );
}

function printRound(n: number, r: Round): void {
  console.log(`round ${n}:`);
  console.log(line('echo bot:', r.echo));
  console.log(line('collection bot:', r.bot));
  console.log(
    `  ratio ${fmt(r.bot.tps / r.echo.tps)} (throughput)  ${fmt(r.echo.cpuPerTurn / r.bot.cpuPerTurn)} (CPU per turn)`,
  );
  console.log(
    `  light load: echo p50 ${fmt(r.echoLight.p50)} p95 ${fmt(r.echoLight.p95)} p99 ${fmt(r.echoLight.p99)} ms;` +
      ` bot p50 ${fmt(r.botLight.p50)} p95 ${fmt(r.botLight.p95)} p99 ${fmt(r.botLight.p99)} ms`,
  );
  console.log(
    `  paced load: echo p50 ${fmt(r.echoPaced.p50)} p99 ${fmt(r.echoPaced.p99)} ms (${fmt(r.echoPaced.tps)} turns/s);` +
      ` bot p50 ${fmt(r.botPaced.p50)} p99 ${fmt(r.botPaced.p99)} ms (${fmt(r.botPaced.tps)} turns/s)`,
  );
}

function minMedian(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
  return `min ${fmt(sorted[0] ?? NaN)} median ${fmt(mid)} max ${fmt(sorted[sorted.length - 1] ?? NaN)}`;
}

function printSummary(rounds: Round[]): void {
  console.log(`summary over ${rounds.length} round(s):`);
  console.log(
    `  throughput ratio (bot/echo, target >= 0.5): ${minMedian(rounds.map((r) => r.bot.tps / r.echo.tps))}`,
  );
  console.log(
    `  CPU-per-turn ratio (echo/bot; steadier on a shared machine): ${minMedian(rounds.map((r) => r.echo.cpuPerTurn / r.bot.cpuPerTurn))}`,
  );
  console.log(`  bot CPU ms/turn: ${minMedian(rounds.map((r) => r.bot.cpuPerTurn))}`);
  console.log(`  echo CPU ms/turn: ${minMedian(rounds.map((r) => r.echo.cpuPerTurn))}`);
  console.log(`  bot light-load p99 ms (target < 50): ${minMedian(rounds.map((r) => r.botLight.p99))}`);
  console.log(`  bot light-load p95 ms: ${minMedian(rounds.map((r) => r.botLight.p95))}`);
  console.log(`  bot paced-load p99 ms (target < 50): ${minMedian(rounds.map((r) => r.botPaced.p99))}`);
  console.log(`  echo paced-load p99 ms: ${minMedian(rounds.map((r) => r.echoPaced.p99))}`);
  console.log(
    CLIENT_IN_CHILD
      ? '  (BENCH_CLIENT=process: CPU figures are the services alone; the client ran in its own process)'
      : '  (the load client shares the process: both CPU figures include its fetch and JSON work; ' +
          'BENCH_CLIENT=process measures the services alone)',
  );
}

interface Bots {
  url: string;
  close: () => Promise<void>;
}

/** The service(s) under test: one on SQLite, or one or two on one PostgreSQL. */
async function startBots(config: Config): Promise<Bots> {
  const logger = pino({ level: 'silent' });
  if (BACKEND === 'sqlite') {
    const app = createApp(config, { logger });
    const server = createServer(app);
    const url = await listen(server, 0, '127.0.0.1');
    return {
      url,
      close: async () => {
        server.close();
        await app.close();
      },
    };
  }
  return startPgBots(config, logger);
}

/** How the PostgreSQL services reach their database, as the figures' header says it. */
function pgTransport(): string {
  if (BACKEND === 'sqlite') return '';
  return process.env.BENCH_DATABASE_URL
    ? ' (BENCH_DATABASE_URL)'
    : ` (local cluster over ${transportLabel()})`;
}

async function startPgBots(config: Config, logger: Logger): Promise<Bots> {
  if (BACKEND !== 'pg' && BACKEND !== 'pg2')
    throw new Error(`BENCH_BACKEND must be sqlite, pg or pg2, not ${BACKEND}`);
  let cluster: RunningCluster | undefined;
  let databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) {
    const bin = findPostgresBin();
    if (!bin)
      throw new Error('no PostgreSQL binaries (sudo apt-get install postgresql) and no BENCH_DATABASE_URL');
    cluster = await startCluster(bin, { durable: process.env.BENCH_PG_FAST !== '1' });
    databaseUrl = clusterUrl(cluster);
  }
  const pgConfig: Config = { ...config, DATABASE_URL: databaseUrl };
  const started: { url: string; close: () => Promise<void> }[] = [];
  for (let i = 0; i < (BACKEND === 'pg2' ? 2 : 1); i++) {
    const outcome = await openBackend(pgConfig, { clock: systemClock, logger });
    if (outcome.status === 'refused') throw new Error(outcome.line);
    const app = createApp(pgConfig, { logger, backend: outcome.backend });
    const server = createServer(app);
    const url = await listen(server, 0, '127.0.0.1');
    started.push({
      url,
      close: async () => {
        server.close();
        await app.close();
      },
    });
  }
  return {
    url: started.map((b) => b.url).join(' '),
    close: async () => {
      try {
        for (const b of started) await b.close();
      } finally {
        if (cluster) stopCluster(cluster);
      }
    },
  };
}

/** One sender plays every conversation: the /api/messages limits lifted, or the bench measures them. */
function benchEnv(): NodeJS.ProcessEnv {
  return benchServiceEnv('turns');
}

async function main(): Promise<void> {
  const base = process.env.BENCH_AB_BASE;
  if (base) {
    if (BACKEND !== 'sqlite') throw new Error('BENCH_AB_BASE compares SQLite services only');
    await abMain(base);
    return;
  }
  const config = loadConfig(benchEnv());
  const bots = await startBots(config);
  // A failed run (a refused turn ends the load client) still stops the throw-away cluster.
  try {
    const botUrl = bots.url;
    const echo = await startEchoBot();

    await warm([
      { url: echo.url, label: 'echo' },
      { url: botUrl, label: 'bot' },
    ]);
    console.log(
      `backend=${BACKEND}${pgTransport()} conversations=${CONVERSATIONS} concurrency=${CONCURRENCY} ` +
        `turns/conversation=${SCRIPT.length} rounds=${ROUNDS} warm-up=${WARM} run(s) each ` +
        `(light load: concurrency ${LIGHT.concurrency}; paced load: ${PACED.concurrency} people, ` +
        `each answering on average ${PACED.thinkMs} ms after a reply, exponential pauses)`,
    );
    const rounds: Round[] = [];
    for (let n = 1; n <= ROUNDS; n++) {
      const r = await round(n, echo.url, botUrl);
      printRound(n, r);
      rounds.push(r);
    }
    printSummary(rounds);
    console.log(await memoryPer1000(botUrl, CONCURRENCY, BACKEND));
    echo.close();
  } finally {
    stopClient();
    await bots.close();
  }
}

/** The other tree's service, built by that tree's own code (its config schema, app and server). */
async function startTree(root: string): Promise<Bots> {
  const at = (file: string): string => pathToFileURL(path.join(path.resolve(root), file)).href;
  const [{ loadConfig: load }, { createApp: create }, { createServer: serve, listen: listenOn }] =
    (await Promise.all([
      import(at('src/config/config.ts')),
      import(at('src/bot/app.ts')),
      import(at('src/bot/server.ts')),
    ])) as [
      { loadConfig: typeof loadConfig },
      { createApp: typeof createApp },
      { createServer: typeof createServer; listen: typeof listen },
    ];
  const app = create(load(benchEnv()), { logger: pino({ level: 'silent' }) });
  const server = serve(app);
  const url = await listenOn(server, 0, '127.0.0.1');
  return {
    url,
    close: async () => {
      server.close();
      await app.close();
    },
  };
}

interface AbRound {
  echo: Figures;
  base: Figures;
  mine: Figures;
  baseLight: Figures;
  mineLight: Figures;
}

async function abRound(n: number, echoUrl: string, baseUrl: string, mineUrl: string): Promise<AbRound> {
  const echo = figures(await run(echoUrl, `echo-${n}`));
  const order = n % 2 === 1 ? (['base', 'mine'] as const) : (['mine', 'base'] as const);
  const saturated: Partial<Record<'base' | 'mine', Figures>> = {};
  const light: Partial<Record<'base' | 'mine', Figures>> = {};
  for (const which of order)
    saturated[which] = figures(await run(which === 'base' ? baseUrl : mineUrl, `${which}-${n}`));
  for (const which of order)
    light[which] = figures(
      await run(
        which === 'base' ? baseUrl : mineUrl,
        `${which}-light-${n}`,
        LIGHT.conversations,
        LIGHT.concurrency,
      ),
    );
  return {
    echo,
    base: saturated.base as Figures,
    mine: saturated.mine as Figures,
    baseLight: light.base as Figures,
    mineLight: light.mine as Figures,
  };
}

function printAb(rounds: AbRound[]): void {
  console.log(`A/B summary over ${rounds.length} interleaved round(s) (min / median / max):`);
  for (const which of ['base', 'mine'] as const) {
    const label = which === 'base' ? `base (${process.env.BENCH_AB_BASE})` : 'this tree';
    console.log(`  ${label}:`);
    console.log(
      `    throughput ratio (bot/echo): ${minMedian(rounds.map((r) => r[which].tps / r.echo.tps))}`,
    );
    console.log(`    bot CPU ms/turn: ${minMedian(rounds.map((r) => r[which].cpuPerTurn))}`);
    const lightOf = (r: AbRound): Figures => (which === 'base' ? r.baseLight : r.mineLight);
    console.log(`    light-load p99 ms: ${minMedian(rounds.map((r) => lightOf(r).p99))}`);
  }
  console.log(`  echo CPU ms/turn: ${minMedian(rounds.map((r) => r.echo.cpuPerTurn))}`);
  console.log(
    `  CPU per turn, this tree / base, per round: ${minMedian(rounds.map((r) => r.mine.cpuPerTurn / r.base.cpuPerTurn))}`,
  );
}

async function abMain(baseRoot: string): Promise<void> {
  const mine = await startBots(loadConfig(benchEnv()));
  const base = await startTree(baseRoot);
  const echo = await startEchoBot();
  await warm([
    { url: echo.url, label: 'echo' },
    { url: base.url, label: 'base' },
    { url: mine.url, label: 'mine' },
  ]);
  console.log(
    `A/B on SQLite: base ${baseRoot} against this tree; conversations=${CONVERSATIONS} ` +
      `concurrency=${CONCURRENCY} turns/conversation=${SCRIPT.length} rounds=${ROUNDS} warm-up=${WARM} run(s) each`,
  );
  const rounds: AbRound[] = [];
  for (let n = 1; n <= ROUNDS; n++) {
    const r = await abRound(n, echo.url, base.url, mine.url);
    console.log(`round ${n}:`);
    console.log(line('echo bot:', r.echo));
    console.log(line('base:', r.base));
    console.log(line('this tree:', r.mine));
    rounds.push(r);
  }
  printAb(rounds);
  stopClient();
  echo.close();
  await base.close();
  await mine.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
