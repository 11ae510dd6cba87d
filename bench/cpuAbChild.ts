/**
 * One service for `bench/cpuAb.ts`, in its own process so its CPU is its own: the collection bot
 * of the source tree named by argv[2] (SQLite in a throw-away folder, rate limits lifted as in
 * bench:turns), or the bare echo bot when argv[2] is `echo`. Tells its parent the address, then
 * answers `cpu` with its process CPU (user + system; system alone; threads other than the main
 * one; µs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEchoBot } from './benchTurn.js';
import { benchServiceEnv } from './benchEnv.js';

interface Started {
  url: string;
}

async function echo(): Promise<Started> {
  return { url: (await startEchoBot()).url };
}

async function collectionBot(root: string): Promise<Started> {
  const load = (file: string): Promise<Record<string, unknown>> =>
    import(pathToFileURL(path.join(root, file)).href) as Promise<Record<string, unknown>>;
  const { createApp } = (await load('src/bot/app.ts')) as {
    createApp: (config: unknown, options: unknown) => unknown;
  };
  const { loadConfig } = (await load('src/config/config.ts')) as {
    loadConfig: (env: Record<string, string>) => unknown;
  };
  const { createServer, listen } = (await load('src/bot/server.ts')) as {
    createServer: (app: unknown) => unknown;
    listen: (server: unknown, port: number, host: string) => Promise<string>;
  };
  const { pino } = await import('pino');
  const config = loadConfig(benchServiceEnv('cpuab'));
  const app = createApp(config, { logger: pino({ level: 'silent' }) });
  const url = await listen(createServer(app), 0, '127.0.0.1');
  return { url };
}

/**
 * CPU of the threads other than the main one (V8's GC helpers, the WAL checkpointer's worker,
 * libuv's pool), µs, from /proc (Linux; 0 elsewhere). Clock ticks of 10 ms: read it over a round.
 */
function otherThreadsCpu(): number {
  try {
    let ticks = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      if (Number(tid) === process.pid) continue;
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    }
    return ticks * 10_000;
  } catch {
    return 0;
  }
}

const target = process.argv[2] ?? 'echo';
const started = await (target === 'echo' ? echo() : collectionBot(target));
process.on('message', (message: unknown) => {
  if (message === 'cpu') {
    const used = process.cpuUsage();
    process.send?.({ cpu: used.user + used.system, system: used.system, others: otherThreadsCpu() });
  }
  if (message === 'exit') process.exit(0);
});
process.on('disconnect', () => process.exit(0));
process.send?.({ url: started.url });
