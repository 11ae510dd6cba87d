/**
 * node --expose-gc --max-semi-space-size=32 --import tsx bench/turnTail.ts — what the slowest
 * turns at light load wait for (issue 19, tail19). One service (TAIL_BACKEND=sqlite, the default,
 * or pg on a throw-away durable cluster) and, as in bench:turns, a bare echo bot in the same
 * process; the load client in its own process (bench/tailClient.ts). After TAIL_WARM saturated
 * runs (200 conversations, 16 at once), TAIL_ROUNDS rounds as bench:turns plays them (echo and bot
 * saturated, echo then bot at light load: 60 conversations, 4 at once); every bot turn at light
 * load is timed by stage (bench/tailProbes.ts) and joined with the client's own timing.
 * Prints the stage shares of all turns and of the slowest 1 %, and each of the slowest turns.
 * On PostgreSQL the cluster also logs statements over 10 ms and checkpoints
 * (TAIL_KEEP_LOG=<file> copies its log).
 */
import { copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { gcPauses, installTailProbes, loopBlocks, records, type TurnRecord } from './tailProbes.js';
import type { ClientTurn } from './tailClient.js';
import { play, stopTailClient } from './tailPlay.js';
import { SCRIPT, type LoadSpec } from './loadRun.js';
import { overlapping, serverEvents, type ServerEvent } from './tailServer.js';
import { startEchoBot } from './benchTurn.js';
import { createApp } from '../src/bot/app.js';
import { openBackend } from '../src/bot/backend.js';
import { createServer, listen } from '../src/bot/server.js';
import { loadConfig } from '../src/config/config.js';
import { systemClock } from '../src/core/clock.js';
import { findPostgresBin, startCluster, stopCluster } from '../test/support/postgresCluster.js';
import { benchServiceEnv } from './benchEnv.js';
import { clusterUrl } from './pgUrl.js';

const BACKEND = process.env.TAIL_BACKEND ?? 'sqlite';
const WARM = Number(process.env.TAIL_WARM ?? 4);
const ROUNDS = Number(process.env.TAIL_ROUNDS ?? 4);
const SHOW = Number(process.env.TAIL_SHOW ?? 8);

interface Joined {
  client: ClientTurn;
  rec: TurnRecord;
  total: number;
}

/** A turn's time cut into consecutive segments between its marks, client send to client receipt. */
function segments(j: Joined): Map<string, number> {
  const out = new Map<string, number>();
  const points: [string, number][] = [['client', j.client.t0]];
  if (j.rec.arrive !== undefined) points.push(['arrive', j.rec.arrive]);
  points.push(...j.rec.marks);
  if (j.rec.end !== undefined) points.push(['end', j.rec.end]);
  points.push(['client<', j.client.t1]);
  for (let i = 1; i < points.length; i++) {
    const label = `${points[i - 1]![0]} → ${points[i]![0]}`;
    out.set(label, (out.get(label) ?? 0) + points[i]![1] - points[i - 1]![1]);
  }
  return out;
}

function overlap(start: number, end: number, events: { start: number; ms: number }[]): number {
  let sum = 0;
  for (const e of events) sum += Math.max(0, Math.min(end, e.start + e.ms) - Math.max(start, e.start));
  return sum;
}

function sharesOf(turns: Joined[], title: string): void {
  const seg = new Map<string, number>();
  const db = new Map<string, number>();
  let total = 0;
  let gc = 0;
  let blocked = 0;
  for (const j of turns) {
    total += j.total;
    for (const [k, v] of segments(j)) seg.set(k, (seg.get(k) ?? 0) + v);
    for (const [k, v] of j.rec.db) db.set(k, (db.get(k) ?? 0) + v.ms);
    gc += overlap(j.client.t0, j.client.t1, gcPauses);
    blocked += overlap(j.client.t0, j.client.t1, loopBlocks);
  }
  const n = turns.length;
  const f = (ms: number): string => (ms / n).toFixed(2).padStart(7);
  console.log(`${title}: ${n} turns, mean ${f(total)} ms; segments (mean ms per turn, share):`);
  for (const [k, v] of [...seg].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${f(v)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  console.log(`  database (inside the segments above):`);
  for (const [k, v] of [...db].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${f(v)}  ${k}`);
  console.log(`  overlapping GC pauses ${f(gc)} ms, event-loop blocks (> 6 ms) ${f(blocked)} ms`);
}

/** The turn of the script a text is (the kinds the report counts flush waits and round trips by). */
const KINDS = ['first turn', 'verification', 'plan asked', 'plan chosen', 'plan confirmed'];
function kindOf(j: Joined): string {
  return KINDS[SCRIPT.indexOf(j.client.text)] ?? 'other';
}

/** Round trips of a turn (PostgreSQL queries and pipelines the probes counted). */
function tripsOf(j: Joined): number {
  let n = 0;
  for (const [k, v] of j.rec.db) if (k.startsWith('pg ')) n += v.n;
  return n;
}

/** Per turn kind: turns, their p99 and mean, round trips per turn; and how many are among `slow`. */
function byKind(turns: Joined[], slow: Joined[]): void {
  console.log('by turn kind: turns, p50 / p99 / max ms, round trips per turn, among the slowest 1 %:');
  for (const kind of [...KINDS, 'other']) {
    const of = turns.filter((j) => kindOf(j) === kind);
    if (of.length === 0) continue;
    const ms = of.map((j) => j.total).sort((a, b) => a - b);
    const trips = of.reduce((sum, j) => sum + tripsOf(j), 0) / of.length;
    const among = slow.filter((j) => kindOf(j) === kind).length;
    console.log(
      `  ${kind.padEnd(15)} ${String(of.length).padStart(5)}  ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} / ${ms[Math.floor(0.99 * ms.length)]!.toFixed(1)} / ${ms[ms.length - 1]!.toFixed(1)}  ${trips.toFixed(2)}  ${among}`,
    );
  }
}

let logged: ServerEvent[] = [];

function showTurn(j: Joined): void {
  const gc = gcPauses.filter((g) => g.start + g.ms > j.client.t0 && g.start < j.client.t1);
  const blocks = loopBlocks.filter((b) => b.start + b.ms > j.client.t0 && b.start < j.client.t1);
  const seg = [...segments(j)].filter(([, v]) => v >= 1).map(([k, v]) => `${k} ${v.toFixed(1)}`);
  const db = [...j.rec.db].filter(([, v]) => v.ms >= 1).map(([k, v]) => `${k} ${v.ms.toFixed(1)}/${v.n}`);
  console.log(`  ${j.total.toFixed(1)} ms ${kindOf(j)}, ${tripsOf(j)} round trips: ${seg.join('; ')}`);
  if (db.length) console.log(`      db: ${db.join('; ')}`);
  const server = overlapping(logged, j.client.t0, j.client.t1).map((e) => e.what);
  if (server.length) console.log(`      server: ${server.join('; ')}`);
  if (gc.length || blocks.length)
    console.log(
      `      gc: ${gc.map((g) => `${g.kind}:${g.ms.toFixed(1)}`).join(' ')}  blocks: ${blocks.map((b) => b.ms.toFixed(1)).join(' ')}`,
    );
}

async function main(): Promise<void> {
  installTailProbes();
  const config = loadConfig(
    benchServiceEnv('tail', process.env.PG_POOL_MAX ? { PG_POOL_MAX: process.env.PG_POOL_MAX } : {}),
  );
  const logger = pino({ level: 'silent' });
  let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
  let app: ReturnType<typeof createApp>;
  if (BACKEND === 'pg') {
    const bin = findPostgresBin();
    if (!bin) throw new Error('no PostgreSQL binaries');
    cluster = await startCluster(bin, { durable: process.env.BENCH_PG_FAST !== '1' });
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    for (const s of ["log_min_duration_statement = '10ms'", 'log_checkpoints = on', 'log_lock_waits = on'])
      await admin.query(`ALTER SYSTEM SET ${s}`);
    await admin.query('SELECT pg_reload_conf()');
    await admin.end();
    const pgConfig = { ...config, DATABASE_URL: clusterUrl(cluster) };
    const outcome = await openBackend(pgConfig, { clock: systemClock, logger });
    if (outcome.status === 'refused') throw new Error(outcome.line);
    app = createApp(pgConfig, { logger, backend: outcome.backend });
  } else app = createApp(config, { logger });
  const server = createServer(app);
  const url = await listen(server, 0, '127.0.0.1');
  const echo = await startEchoBot();
  const saturated = (u: string, label: string): LoadSpec => ({
    url: u,
    label,
    conversations: 200,
    concurrency: 16,
  });
  const light = (u: string, label: string): LoadSpec => ({
    url: u,
    label,
    conversations: 60,
    concurrency: 4,
  });
  for (let n = 0; n < WARM; n++) {
    await play(saturated(echo.url, `we${n}`));
    await play(saturated(url, `wb${n}`));
  }
  const joined: Joined[] = [];
  const perRound: number[] = [];
  for (let n = 0; n < ROUNDS; n++) {
    await play(saturated(echo.url, `e${n}`));
    await play(saturated(url, `b${n}`));
    await play(light(echo.url, `el${n}`));
    records.length = 0;
    const gcFrom = gcPauses.length;
    const turns = await play(light(url, `bl${n}`));
    const gcs = gcPauses
      .slice(gcFrom)
      .map((g) => `${g.kind === 1 ? 's' : g.kind === 4 ? 'M' : g.kind}${g.ms.toFixed(0)}`);
    const byKey = new Map(records.filter((r) => r.key).map((r) => [r.key!, r]));
    const round: Joined[] = [];
    for (const t of turns) {
      const rec = byKey.get(`${t.conversationId}|${t.text}`);
      if (rec && t.ok) round.push({ client: t, rec, total: t.t1 - t.t0 });
    }
    const sorted = round.map((j) => j.total).sort((a, b) => a - b);
    const p99 = sorted[Math.floor(0.99 * sorted.length)] ?? NaN;
    perRound.push(p99);
    console.log(
      `round ${n + 1}: ${round.length}/${turns.length} turns joined, p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} p99 ${p99.toFixed(1)} max ${sorted[sorted.length - 1]?.toFixed(1)} ms (load ${os.loadavg()[0]!.toFixed(1)}); GC pauses during it (s scavenge, M mark-compact, ms): ${gcs.join(' ')}`,
    );
    joined.push(...round);
  }
  joined.sort((a, b) => b.total - a.total);
  const slow = joined.slice(0, Math.max(1, Math.round(joined.length / 100)));
  sharesOf(joined, 'all light-load turns');
  if (cluster) logged = serverEvents(path.join(cluster.dataDir, 'log'));
  sharesOf(slow, 'slowest 1 %');
  byKind(joined, slow);
  console.log(`slowest ${SHOW}:`);
  for (const j of joined.slice(0, SHOW)) showTurn(j);
  stopTailClient();
  echo.close();
  server.close();
  await app.close();
  if (cluster) {
    if (process.env.TAIL_KEEP_LOG) copyFileSync(path.join(cluster.dataDir, 'log'), process.env.TAIL_KEEP_LOG);
    stopCluster(cluster);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
