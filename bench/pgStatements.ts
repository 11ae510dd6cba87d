/**
 * node --import tsx bench/pgStatements.ts — counts the PostgreSQL statements and round trips of
 * one turn: one service on a throw-away local cluster (or BENCH_DATABASE_URL), a scripted
 * conversation posted turn by turn, every `query` of node-postgres counted (the turn lock's pool
 * and the stores' pool alike) and grouped by statement. Prints, per turn of the script, the round
 * trips and the statements, then the average per turn. Measurement only: it changes nothing.
 * The service CPU is split into user and system time; BENCH_PG_SOCKET=unix (or tcp) reaches the throw-away
 * cluster over its Unix socket instead of loopback TCP, to see what the transport costs.
 * BENCH_ACTIVITY_IDS=1 gives every post an activity id (the exactly-once claim runs, as for Web
 * Chat's clientActivityID); BENCH_CLAIM_UNFOLDED=1 then claims in a round trip of its own before
 * the turn and records nothing with the turn's first write (the code before issue 19 pgturn).
 * Each statement is printed with its median trip time (from `query` to its answer: the server's
 * work, lock waits and its commit's WAL flush included), which a flush wait dominates.
 * BENCH_CPU_PROFILE=<file> writes a CPU profile (inspector, 200 µs sampling) of the counted window
 * only; the rows and fields node-postgres parsed per turn are printed with the statements.
 * The throw-away cluster runs as a real server does (fsync, synchronous_commit and full_page_writes
 * on); BENCH_PG_FAST=1 turns them off (the tests' cluster, and this bench's before issue 19's
 * twelfth session). BENCH_FLUSHES=1 holds the cluster's WAL writer back and reads the WAL's flush
 * position after every statement (`pgFlushProbe.ts`): it prints the flush waits per turn of the
 * script and per statement (wall and CPU then include those reads). BENCH_PG_STAT=1 loads
 * pg_stat_statements into the throw-away cluster and prints the server's calls, plans, execution
 * and planning time and WAL bytes per statement and turn (`pgStatStatements.ts`).
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { existsSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { postTurn } from './benchTurn.js';
import { pino } from 'pino';
import { createApp } from '../src/bot/app.js';
import { openBackend } from '../src/bot/backend.js';
import { createServer, listen } from '../src/bot/server.js';
import { loadConfig } from '../src/config/config.js';
import { systemClock } from '../src/core/clock.js';
import { findPostgresBin, startCluster, stopCluster } from '../test/support/postgresCluster.js';
import { cpuByKindLine, serverCpuByKind, serverCpuMs } from './pgServerCpu.js';
import { clusterUrl, transportLabel } from './pgUrl.js';
import { benchServiceEnv } from './benchEnv.js';
import { FlushProbe, holdWalWriter, type RawQuery } from './pgFlushProbe.js';
import { loadStatStatements, reportStatStatements, resetStatStatements } from './pgStatStatements.js';

const SCRIPT = ['你好', '我身份证后四位是1234', '每个月只能还2000', '第一个', '确认'];
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 20);
const DURABLE = process.env.BENCH_PG_FAST !== '1';

const counts = new Map<string, number>();
/** Each counted statement's trip times (ms, from `query` to its answer), by statement as `counts`. */
const tripMs = new Map<string, number[]>();
let trips = 0;
/** Rows and row-fields (rows × columns) node-postgres parsed, over every result of a query. */
const parsed = { rows: 0, cells: 0 };
function countParsed(result: unknown): void {
  for (const r of Array.isArray(result) ? result : [result]) {
    const res = r as { rows?: unknown[]; fields?: unknown[] } | undefined;
    const n = res?.rows?.length ?? 0;
    parsed.rows += n;
    parsed.cells += n * (res?.fields?.length ?? 0);
  }
}
let timeline: { start: number; entries: { key: string; t0: number; t1: number }[] } | undefined;
/** BENCH_FLUSHES=1: which statements waited for a WAL flush (`pgFlushProbe.ts`), counted by statement as `counts`. */
const FLUSHES = process.env.BENCH_FLUSHES === '1';
let probe: FlushProbe | undefined;
const flushCounts = new Map<string, number>();
let flushes = 0;
type Fn = (...args: unknown[]) => unknown;
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
const original = pg.Client.prototype.query as Fn;
const raw: RawQuery = (client, text) => original.call(client, text) as Promise<pg.QueryResult>;
(pg.Client.prototype as unknown as { query: Fn }).query = function (
  this: pg.Client,
  ...args: unknown[]
): unknown {
  const first = args[0];
  const text = typeof first === 'string' ? first : ((first as { text?: string; name?: string })?.text ?? '?');
  // Grouped by shape: each conversation's lock key and inlined literals stand as <key> and '…'.
  const key = text
    .replace(/\s+/g, ' ')
    .replace(/(pg_advisory_(?:xact_)?lock\(\d+, )-?\d+\)/g, '$1<key>)')
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .trim()
    .slice(0, 110);
  counts.set(key, (counts.get(key) ?? 0) + 1);
  trips++;
  const tl = timeline;
  const entry = { key: key.slice(0, 60), t0: tl ? performance.now() - tl.start : 0, t1: NaN };
  if (tl) tl.entries.push(entry);
  const sent = performance.now();
  /** The answer came: timed, and with the flush probe read before the caller sees it. */
  const answered = (result: unknown): Promise<void> => {
    if (tl) entry.t1 = performance.now() - tl.start;
    const list = tripMs.get(key) ?? [];
    list.push(performance.now() - sent);
    tripMs.set(key, list);
    countParsed(result);
    if (!probe) return Promise.resolve();
    return probe.after().then(
      (moved) => {
        if (!moved) return;
        flushes++;
        flushCounts.set(key, (flushCounts.get(key) ?? 0) + 1);
      },
      () => undefined,
    );
  };
  const relay =
    (callback: Fn): Fn =>
    (...r: unknown[]) =>
      void answered(r[1]).then(() => callback(...r));
  const submittable = first as { submit?: unknown; callback?: Fn } | undefined;
  if (typeof submittable?.submit === 'function' && typeof submittable.callback === 'function') {
    submittable.callback = relay(submittable.callback); // a pipeline (pipeline.ts)
    return original.apply(this, args);
  }
  const last = args[args.length - 1];
  if (typeof last === 'function') {
    args[args.length - 1] = relay(last as Fn);
    return original.apply(this, args);
  }
  const result = original.apply(this, args);
  if (!(result instanceof Promise)) return result;
  return result.then(
    (r: unknown) => answered(r).then(() => r),
    (err: unknown) =>
      answered(undefined).then(() => {
        throw err;
      }),
  );
};

const WITH_IDS = process.env.BENCH_ACTIVITY_IDS === '1';
let posted = 0;

async function post(url: string, conversationId: string, text: string): Promise<void> {
  if (!WITH_IDS) {
    await postTurn(url, conversationId, text);
    return;
  }
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `bench-${process.pid}-${++posted}`,
      channelId: 'bench',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: conversationId },
      from: { id: 'demo-zh' },
      recipient: { id: 'bot' },
      text,
    }),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status} for "${text}"`);
  await res.arrayBuffer();
}

async function main(): Promise<void> {
  const bin = findPostgresBin();
  const given = process.env.BENCH_DATABASE_URL;
  if (!given && !bin) throw new Error('no PostgreSQL binaries and no BENCH_DATABASE_URL');
  const cluster = given ? undefined : await startCluster(bin!, { durable: DURABLE });
  if (FLUSHES && (!cluster || !DURABLE))
    throw new Error('BENCH_FLUSHES=1 needs the throw-away durable cluster');
  if (FLUSHES) await holdWalWriter(cluster!.adminUrl);
  const STAT = process.env.BENCH_PG_STAT === '1';
  if (STAT && !cluster) throw new Error('BENCH_PG_STAT=1 needs the throw-away cluster');
  if (STAT)
    await loadStatStatements(cluster!).catch((err: unknown) => {
      stopCluster(cluster!);
      throw err;
    });
  const config = loadConfig(benchServiceEnv('pgstatements', { DATABASE_URL: given ?? clusterUrl(cluster!) }));
  const logger = pino({ level: 'silent' });
  const outcome = await openBackend(config, { clock: systemClock, logger });
  if (outcome.status === 'refused') throw new Error(outcome.line);
  if (process.env.BENCH_CLAIM_UNFOLDED === '1')
    (outcome.backend.activityClaims as { folded?: unknown } | undefined)!.folded = undefined;
  const app = createApp(config, { logger, backend: outcome.backend });
  const httpServer = createServer(app);
  const url = await listen(httpServer, 0, '127.0.0.1');
  await post(url, 'warm', '你好');
  for (let c = 0; c < 5; c++) for (const text of SCRIPT) await post(url, `warm-${c}`, text);
  const perTurn = SCRIPT.map(() => 0);
  const flushesPerTurn = SCRIPT.map(() => 0);
  if (FLUSHES) probe = await FlushProbe.open(cluster!.adminUrl, raw);
  flushes = 0;
  flushCounts.clear();
  counts.clear();
  tripMs.clear();
  trips = 0;
  parsed.rows = parsed.cells = 0;
  const profile = process.env.BENCH_CPU_PROFILE;
  const inspector = profile ? new Session() : undefined;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.start');
  }
  if (STAT) await resetStatStatements(cluster!.adminUrl);
  const cpu = process.cpuUsage();
  const switches = process.resourceUsage();
  const server = serverCpuMs(cluster?.dataDir);
  const serverKinds = serverCpuByKind(cluster?.dataDir);
  const started = performance.now();
  for (let c = 0; c < CONVERSATIONS; c++)
    for (const [i, text] of SCRIPT.entries()) {
      const before = trips;
      const flushedBefore = flushes;
      await post(url, `count-${c}-${Date.now()}`.replace(/-\d+$/, `-${c}`), text);
      perTurn[i]! += trips - before;
      flushesPerTurn[i]! += flushes - flushedBefore;
    }
  const turns = CONVERSATIONS * SCRIPT.length;
  const wall = (performance.now() - started) / turns;
  const used = process.cpuUsage(cpu);
  const switched = process.resourceUsage();
  const serverUsed = serverCpuMs(cluster?.dataDir) - server;
  const serverKindsAfter = serverCpuByKind(cluster?.dataDir);
  if (inspector && profile) {
    const { profile: taken } = await inspector.post('Profiler.stop');
    writeFileSync(profile, JSON.stringify(taken));
    inspector.disconnect();
    console.log(`CPU profile of the counted window written to ${profile}`);
  }
  console.log(
    `one turn at a time: ${wall.toFixed(2)} ms/turn wall, service CPU ${((used.user + used.system) / 1000 / turns).toFixed(2)} ms/turn ` +
      `(user ${(used.user / 1000 / turns).toFixed(2)}, system ${(used.system / 1000 / turns).toFixed(2)}), ` +
      `PostgreSQL CPU ${(serverUsed / turns).toFixed(2)} ms/turn (load generator included in the service figure; ` +
      `cluster ${given ? 'given' : (DURABLE ? 'durable: fsync and synchronous_commit on' : 'fast: fsync off') + ', ' + transportLabel()})`,
  );
  if (cluster)
    console.log(
      `PostgreSQL CPU by process, ms a turn user+system (processes alive at the end; one tick 10 ms): ${cpuByKindLine(serverKinds, serverKindsAfter, turns)}`,
    );
  console.log(
    `service context switches per turn: voluntary ${((switched.voluntaryContextSwitches - switches.voluntaryContextSwitches) / turns).toFixed(1)}, ` +
      `involuntary ${((switched.involuntaryContextSwitches - switches.involuntaryContextSwitches) / turns).toFixed(1)} ` +
      `(involuntary: preempted, on a busy machine often by the database process a socket write woke)`,
  );
  console.log(
    `round trips per turn of the script: ${perTurn.map((n) => (n / CONVERSATIONS).toFixed(1)).join(', ')}`,
  );
  if (FLUSHES)
    console.log(
      `WAL flush waits per turn of the script: ${flushesPerTurn.map((n) => (n / CONVERSATIONS).toFixed(2)).join(', ')} ` +
        `(average ${(flushes / turns).toFixed(2)}; the flush position read after every statement: wall and CPU above include those reads)`,
    );
  console.log(
    `average ${(trips / turns).toFixed(2)} round trips per turn over ${turns} turns` +
      `${WITH_IDS ? ` (posts with activity ids, claim ${process.env.BENCH_CLAIM_UNFOLDED === '1' ? 'in its own round trip' : 'folded into the first write'})` : ''}; by statement (per turn):`,
  );
  console.log(
    `rows parsed per turn ${(parsed.rows / turns).toFixed(1)}, fields (rows × columns) ${(parsed.cells / turns).toFixed(1)}`,
  );
  console.log(`  per turn, median trip ms,${FLUSHES ? ' flush waits per turn,' : ''} statement:`);
  for (const [text, n] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
    const ms = [...(tripMs.get(text) ?? [])].sort((a, b) => a - b);
    const median = ms.length > 0 ? ms[Math.floor(ms.length / 2)]!.toFixed(2) : '-';
    const flushed = FLUSHES ? `  ${((flushCounts.get(text) ?? 0) / turns).toFixed(2).padStart(5)}` : '';
    console.log(`  ${(n / turns).toFixed(2).padStart(6)}  ${median.padStart(6)}${flushed}  ${text}`);
  }
  if (STAT) for (const line of await reportStatStatements(cluster!.adminUrl, cluster!.dataDir, turns)) console.log(line);
  if (process.env.BENCH_TIMELINE) {
    for (const text of SCRIPT) {
      timeline = { start: performance.now(), entries: [] };
      await post(url, 'timeline', text);
      const total = performance.now() - timeline.start;
      console.log(`timeline of "${text}" (${total.toFixed(1)} ms):`);
      for (const e of timeline.entries)
        console.log(`  ${e.t0.toFixed(1).padStart(6)} → ${e.t1.toFixed(1).padStart(6)}  ${e.key}`);
      timeline = undefined;
    }
  }
  await probe?.close();
  probe = undefined;
  httpServer.close();
  await app.close();
  if (cluster) stopCluster(cluster);
  console.log(`rows in the SQLite file under DATA_DIR after these turns: ${sqliteRows(config.dataDir)}`);
}

/** Rows in every table of DATA_DIR/collections.db except the migrations' own bookkeeping. */
function sqliteRows(dataDir: string): string {
  const file = path.join(dataDir, 'collections.db');
  if (!existsSync(file)) return 'none: no SQLite file was created';
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const counts = tables
    .filter((t) => t.name !== 'schema_migrations')
    .map(
      (t) =>
        [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n] as const,
    )
    .filter(([, n]) => n > 0);
  db.close();
  return counts.length === 0
    ? `none in ${tables.length} tables`
    : counts.map(([t, n]) => `${t} ${n}`).join(', ');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
