/**
 * BENCH_CLIENT=process node --import tsx bench/backendProfile.ts — where a warm turn's CPU goes on
 * one backend: one service (PROFILE_BACKEND=sqlite, the default, or pg on a throw-away durable
 * cluster, BENCH_PG_FAST=1 for the fast one, BENCH_PG_SOCKET=unix over its Unix socket), warmed
 * with PROFILE_WARM load runs of the bench:turns size (default 3), then PROFILE_RUNS measured
 * runs (default 2) under an inspector CPU profile (200 µs sampling). Prints the service's CPU
 * per turn (its process alone: the load client runs in a child process) and the profile's busy
 * time per turn grouped by where the code lives (a package, a folder of src, node's own code,
 * GC), plus the top functions by self time.
 * PROFILE_OUT=<file> keeps the profile (.cpuprofile, or with PROFILE=heap .heapprofile; open it in Chrome's DevTools).
 * Run it on each backend in one sitting and compare the groups: that is the difference per turn.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { pino } from 'pino';
import { createApp } from '../src/bot/app.js';
import { openBackend } from '../src/bot/backend.js';
import { createServer, listen } from '../src/bot/server.js';
import { loadConfig } from '../src/config/config.js';
import { systemClock } from '../src/core/clock.js';
import { findPostgresBin, startCluster, stopCluster } from '../test/support/postgresCluster.js';
import { run, stopClient } from './loadRun.js';
import { serverCpuMs } from './pgServerCpu.js';
import { installWaitProbes, resetWaits, waitReport } from './pgWaits.js';
import { clusterUrl, transportLabel } from './pgUrl.js';
import { benchServiceEnv } from './benchEnv.js';

const BACKEND = process.env.PROFILE_BACKEND ?? 'sqlite';
const WARM = Number(process.env.PROFILE_WARM ?? 3);
const RUNS = Number(process.env.PROFILE_RUNS ?? 2);
/**
 * PROFILE=0: the same runs without the profiler (its sampling costs the service CPU too);
 * PROFILE=heap: V8's sampling heap profiler instead (bytes allocated per turn by where, the
 * objects GC collected included: what the scavenges have to go through).
 */
const PROFILE = process.env.PROFILE ?? 'cpu';
/** PROFILE_WAITS=1: where turns wait (pool checkouts, each round trip, the transcript writer's queue; `pgWaits.ts`). */
const WAITS = process.env.PROFILE_WAITS === '1';

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

function summariseHeap(head: HeapNode, turns: number): void {
  const groups = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode): void => {
    total += node.selfSize;
    const g = groupOf(node.callFrame);
    groups.set(g, (groups.get(g) ?? 0) + node.selfSize);
    const f = node.callFrame;
    const fn = `${f.functionName || '(anonymous)'} ${f.url.replace(/.*\/(node_modules|src|bench)\//, '$1/')}:${f.lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + node.selfSize);
    node.children.forEach(walk);
  };
  walk(head);
  const kb = (bytes: number): string => (bytes / 1024 / turns).toFixed(2).padStart(8);
  console.log(`allocated (sampled): ${kb(total)} KB/turn; by group (KB/turn):`);
  for (const [g, b] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${kb(b)}  ${g}`);
  console.log('top functions by bytes allocated (KB/turn):');
  for (const [f, b] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${kb(b)}  ${f}`);
}
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package, a folder of src or bench, node's own, or V8's. */
function groupOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return `(${functionName || 'native'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const src = /\/(src|bench|test)\/(.+)\/[^/]+$/.exec(url);
  if (src) return `${src[1]}/${src[2]}`;
  const file = /\/(src|bench|test)\/[^/]+$/.exec(url);
  return file ? `${file[1]}/` : url;
}

function summarise(profile: Profile, turns: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const groups = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    busy += us;
    const g = groupOf(frame);
    groups.set(g, (groups.get(g) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*\/(node_modules|src|bench)\//, '$1/')}:${frame.lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
  }
  const per = (us: number): string => (us / 1000 / turns).toFixed(3).padStart(7);
  console.log(`busy samples: ${per(busy)} ms/turn; by group (ms/turn, share):`);
  for (const [g, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`  ${per(us)}  ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${g}`);
  console.log('top functions by self time (ms/turn):');
  for (const [f, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`  ${per(us)}  ${f}`);
}

async function main(): Promise<void> {
  if (WAITS) installWaitProbes();
  const config = loadConfig(benchServiceEnv('profile'));
  const logger = pino({ level: 'silent' });
  let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
  let app: ReturnType<typeof createApp>;
  if (BACKEND === 'pg') {
    const bin = findPostgresBin();
    if (!bin) throw new Error('no PostgreSQL binaries');
    cluster = await startCluster(bin, { durable: process.env.BENCH_PG_FAST !== '1' });
    const pgConfig = { ...config, DATABASE_URL: clusterUrl(cluster) };
    const outcome = await openBackend(pgConfig, { clock: systemClock, logger });
    if (outcome.status === 'refused') throw new Error(outcome.line);
    app = createApp(pgConfig, { logger, backend: outcome.backend });
  } else app = createApp(config, { logger });
  const server = createServer(app);
  const url = await listen(server, 0, '127.0.0.1');
  const spec = (label: string): Parameters<typeof run>[0] => ({
    url,
    label,
    conversations: CONVERSATIONS,
    concurrency: CONCURRENCY,
  });
  for (let n = 0; n < WARM; n++) await run(spec(`warm-${n}`));
  const session = PROFILE !== '0' ? new Session() : undefined;
  if (session && PROFILE === 'heap') {
    session.connect();
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 8192,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as never);
  } else if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  resetWaits();
  const split = process.cpuUsage();
  const serverBefore = serverCpuMs(cluster?.dataDir);
  let turns = 0;
  let cpuMs = 0;
  let seconds = 0;
  for (let n = 0; n < RUNS; n++) {
    const r = await run(spec(`measured-${n}`));
    turns += r.turns;
    cpuMs += r.cpuMs;
    seconds += r.seconds;
  }
  const used = process.cpuUsage(split);
  const serverUsed = serverCpuMs(cluster?.dataDir) - serverBefore;
  console.log(
    `backend=${BACKEND}${cluster ? (process.env.BENCH_PG_FAST === '1' ? ' (fast cluster' : ' (durable cluster') + `, ${transportLabel()})` : ''}: ` +
      `${turns} turns, ${(turns / seconds).toFixed(1)} turns/s, service CPU ${(cpuMs / turns).toFixed(2)} ms/turn ` +
      `(user ${(used.user / 1000 / turns).toFixed(2)}, system ${(used.system / 1000 / turns).toFixed(2)}; ` +
      `profiler ${session ? 'on' : 'off'})` +
      (cluster ? `; PostgreSQL server CPU ${(serverUsed / turns).toFixed(2)} ms/turn` : ''),
  );
  if (WAITS) waitReport(turns);
  if (session && PROFILE === 'heap') {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: HeapNode };
    };
    session.disconnect();
    summariseHeap(profile.head, turns);
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  } else if (session) {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    session.disconnect();
    summarise(profile, turns);
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  }
  stopClient();
  server.close();
  await app.close();
  if (cluster) stopCluster(cluster);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
