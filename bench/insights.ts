/**
 * `npm run bench:insights`: the /insights dashboard's queries over a year of records — 1,000,000
 * transcript records and 100,000 accounts by default (BENCH_RECORDS, BENCH_ACCOUNTS override) —
 * on a real SQLite file in a temp dir (WAL, as the service runs it), plus the /metrics scrape.
 * Prints the time of each chart's query, cold (first run) and warm (median of 5). Target: < 500 ms
 * per chart. Figures, not a pass/fail test.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ManualClock } from '../src/core/clock.js';
import { buildInsights, parseScope, TABLES, type TableName } from '../src/insights/index.js';
import { collectFromStores, createMetrics } from '../src/metrics/index.js';
import { openDatabase } from '../src/store/db.js';
import { SqliteInsightsStore } from '../src/store/insights.js';
import { SqliteOperationalCounts } from '../src/store/operationalCounts.js';
import { seedWorld } from './insightsData.js';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const NOW = new Date('2026-12-01T03:00:00Z');
const SCOPES: [string, string][] = [
  ['a year, no filters', 'from=2026-01-01&to=2026-11-30'],
  ['a year, locale en', 'from=2026-01-01&to=2026-11-30&locale=en'],
  ['a year, wechat + portfolio', 'from=2026-01-01&to=2026-11-30&channel=wechat&portfolio=premium'],
  ['30 days, no filters', 'from=2026-11-01&to=2026-11-30'],
  ['30 days, zh-CN + unassigned', 'from=2026-11-01&to=2026-11-30&locale=zh-CN&portfolio=(none)'],
];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  // BENCH_DIR keeps the seeded database between runs (seeding a year takes minutes).
  const keep = process.env.BENCH_DIR;
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'bench-insights-'));
  const reuse = keep !== undefined && existsSync(path.join(keep, 'collections.db'));
  const db = openDatabase(dir);
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(`machine: ${cpus().length} cores, load ${load.join(' ')}`);
  let started = performance.now();
  if (reuse) console.log(`reusing the database in ${keep}`);
  else {
    seedWorld(db, { accounts: ACCOUNTS, records: RECORDS });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `seeded ${RECORDS.toLocaleString('en')} transcript records, ${ACCOUNTS.toLocaleString('en')} accounts in ${seconds} s`,
    );
  }
  const store = new SqliteInsightsStore(db);
  const worst: Partial<Record<TableName, number>> = {};
  const worstCpu: Partial<Record<TableName, number>> = {};
  for (const [label, query] of SCOPES) {
    const parsed = parseScope(new URLSearchParams(query), NOW);
    if (!parsed.ok) throw new Error(parsed.message);
    const cold = (await buildInsights(store, parsed.scope)).timings;
    const warm: Record<string, number[]> = {};
    const cpu: Record<string, number[]> = {};
    started = performance.now();
    for (let i = 0; i < 5; i++) {
      const run = await buildInsights(store, parsed.scope);
      for (const [k, v] of Object.entries(run.timings)) (warm[k] ??= []).push(v);
      for (const [k, v] of Object.entries(run.cpuTimings)) (cpu[k] ??= []).push(v);
    }
    const whole = (performance.now() - started) / 5;
    console.log(`\n${label} (${parsed.scope.bucket}): whole dashboard ${whole.toFixed(0)} ms warm`);
    for (const table of TABLES) {
      const w = median(warm[table] ?? []);
      const c = median(cpu[table] ?? []);
      worst[table] = Math.max(worst[table] ?? 0, w, cold[table]);
      worstCpu[table] = Math.max(worstCpu[table] ?? 0, c);
      console.log(
        `  ${table.padEnd(20)} cold ${cold[table].toFixed(1).padStart(7)} ms   warm ${w.toFixed(1).padStart(7)} ms   cpu ${c.toFixed(1).padStart(7)} ms`,
      );
    }
  }
  // Wall time depends on what else the machine runs; CPU time is what one idle core would take.
  console.log('\nslowest per chart, any scope (wall cold or warm; CPU warm median):');
  const verdict = (ms: number): string => (ms < 500 ? '< 500 ms' : 'over 500 ms');
  for (const table of TABLES) {
    const wall = worst[table] ?? 0;
    const cpu = worstCpu[table] ?? 0;
    console.log(
      `  ${table.padEnd(20)} wall ${wall.toFixed(1).padStart(7)} ms (${verdict(wall)})   cpu ${cpu.toFixed(1).padStart(7)} ms (${verdict(cpu)})`,
    );
  }
  const clock = new ManualClock(NOW);
  const metrics = createMetrics();
  collectFromStores(metrics, new SqliteOperationalCounts(db), clock);
  clock.advance(86_400_000);
  started = performance.now();
  await metrics.text();
  console.log(
    `\n/metrics scrape (store reads, a day of rows since the last): ${(performance.now() - started).toFixed(1)} ms`,
  );
  db.close();
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

void main();
