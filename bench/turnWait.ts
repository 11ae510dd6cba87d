/**
 * node --expose-gc --max-semi-space-size=32 --import tsx bench/turnWait.ts — where a light-load
 * turn's wall time goes that is not its own CPU (issue 19, turnlat27). One service on SQLite and,
 * as in bench:turns, a bare echo bot in the same process; the load client in its own process
 * (bench/tailClient.ts). After WAIT_WARM saturated runs (200 conversations, 16 at once) each,
 * WAIT_ROUNDS rounds of light-load runs (60 conversations) at each concurrency of
 * WAIT_CONCURRENCY (default "1,4": one person alone, then bench:turns' light load), echo then bot.
 *
 * For each run, per turn: latency p50/p95/p99 and mean, the process's CPU, the event loop's active
 * and idle time (performance.eventLoopUtilization: active is wall time inside callbacks, so it
 * also holds time the process waited for a core on a loaded machine), and the timers the service
 * set and those that fired (setTimeout, setImmediate: a timer that fires inside a turn is a wait
 * in it). Idle ≈ 0 with latency ≈ concurrency × active per turn says the turn waits for the other
 * turns' work on the one event loop, not for a timer or I/O. WAIT_STAGES=1 also times each bot
 * turn by stage (bench/tailProbes.ts) and prints the mean of each segment.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { installTailProbes, records, type TurnRecord } from './tailProbes.js';
import type { ClientTurn } from './tailClient.js';
import { play, stopTailClient } from './tailPlay.js';
import { pct, startEchoBot } from './benchTurn.js';
import { benchServiceEnv } from './benchEnv.js';
import { createApp } from '../src/bot/app.js';
import { createServer, listen } from '../src/bot/server.js';
import { loadConfig } from '../src/config/config.js';

const WARM = Math.max(0, Number(process.env.WAIT_WARM ?? 3));
const ROUNDS = Math.max(1, Number(process.env.WAIT_ROUNDS ?? 2));
const LEVELS = (process.env.WAIT_CONCURRENCY ?? '1,4').split(',').map(Number);
const STAGES = process.env.WAIT_STAGES === '1';

/** Timers set and fired in this process since the last `resetTimers`. */
const timers = { timeoutSet: 0, timeoutFired: 0, immediateSet: 0, immediateFired: 0 };

function resetTimers(): void {
  timers.timeoutSet = timers.timeoutFired = timers.immediateSet = timers.immediateFired = 0;
}

/** Counts every setTimeout and setImmediate and their firing (the service calls the globals). */
function countTimers(): void {
  const realTimeout = globalThis.setTimeout;
  const realImmediate = globalThis.setImmediate;
  function countedTimeout<A extends unknown[]>(
    callback: (...args: A) => void,
    ms?: number,
    ...args: A
  ): NodeJS.Timeout {
    timers.timeoutSet++;
    return realTimeout(() => {
      timers.timeoutFired++;
      callback(...args);
    }, ms);
  }
  function countedImmediate<A extends unknown[]>(
    callback: (...args: A) => void,
    ...args: A
  ): NodeJS.Immediate {
    timers.immediateSet++;
    return realImmediate(() => {
      timers.immediateFired++;
      callback(...args);
    });
  }
  globalThis.setTimeout = Object.assign(countedTimeout, realTimeout);
  globalThis.setImmediate = Object.assign(countedImmediate, realImmediate);
}

/** Mean of each segment between consecutive stage marks, client send to client receipt. */
function stageMeans(turns: ClientTurn[], recs: TurnRecord[]): string[] {
  const byKey = new Map(recs.filter((r) => r.key).map((r) => [r.key!, r]));
  const seg = new Map<string, number>();
  let n = 0;
  for (const t of turns) {
    const rec = byKey.get(`${t.conversationId}|${t.text}`);
    if (!rec || rec.arrive === undefined || rec.end === undefined) continue;
    n++;
    const points: [string, number][] = [
      ['client', t.t0],
      ['arrive', rec.arrive],
      ...rec.marks,
      ['end', rec.end],
      ['client<', t.t1],
    ];
    for (let i = 1; i < points.length; i++) {
      const label = `${points[i - 1]![0]} → ${points[i]![0]}`;
      seg.set(label, (seg.get(label) ?? 0) + points[i]![1] - points[i - 1]![1]);
    }
  }
  return [...seg]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, v]) => `      ${(v / n).toFixed(2).padStart(6)} ms  ${k}`);
}

/** One light-load run against `url`, with what the service's process did meanwhile. */
async function measure(name: string, url: string, concurrency: number, label: string): Promise<void> {
  records.length = 0;
  resetTimers();
  const loop0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const turns = await play({ url, label, conversations: 60, concurrency });
  const cpu = process.cpuUsage(cpu0);
  const loop = performance.eventLoopUtilization(loop0);
  const ok = turns.filter((t) => t.ok);
  const n = ok.length;
  const ms = ok.map((t) => t.t1 - t.t0).sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / n;
  const per = (x: number): string => (x / n).toFixed(2);
  console.log(
    `  ${name.padEnd(4)} c=${concurrency}: ${n} turns, p50 ${pct(ms, 50).toFixed(1)} p95 ${pct(ms, 95).toFixed(1)} ` +
      `p99 ${pct(ms, 99).toFixed(1)} mean ${mean.toFixed(1)} ms; per turn: CPU ${per((cpu.user + cpu.system) / 1000)} (system ${per(cpu.system / 1000)}), ` +
      `loop active ${per(loop.active)}, idle ${per(loop.idle)} ms (loop busy ${(100 * loop.utilization).toFixed(0)}%); ` +
      `timers set/fired: timeout ${per(timers.timeoutSet)}/${per(timers.timeoutFired)}, ` +
      `immediate ${per(timers.immediateSet)}/${per(timers.immediateFired)} (load ${os.loadavg()[0]!.toFixed(1)})`,
  );
  if (STAGES && name === 'bot') for (const l of stageMeans(ok, records)) console.log(l);
}

async function main(): Promise<void> {
  if (STAGES) installTailProbes();
  countTimers();
  const app = createApp(loadConfig(benchServiceEnv('wait')), { logger: pino({ level: 'silent' }) });
  const server = createServer(app);
  const url = await listen(server, 0, '127.0.0.1');
  const echo = await startEchoBot();
  for (let n = 0; n < WARM; n++) {
    await play({ url: echo.url, label: `we${n}`, conversations: 200, concurrency: 16 });
    await play({ url, label: `wb${n}`, conversations: 200, concurrency: 16 });
  }
  console.log(
    `light-load runs (60 conversations), client in its own process, ${os.cpus().length} cores${STAGES ? ', stage probes on' : ''}`,
  );
  for (let r = 0; r < ROUNDS; r++) {
    console.log(`round ${r + 1}:`);
    for (const c of LEVELS) {
      await measure('echo', echo.url, c, `echo-${c}-${r}-${Date.now()}`);
      await measure('bot', url, c, `bot-${c}-${r}-${Date.now()}`);
    }
  }
  stopTailClient();
  echo.close();
  server.close();
  await app.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
