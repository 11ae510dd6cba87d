/**
 * npm run bench:turns:all — `bench:turns` once per backend in one command: SQLite, PostgreSQL with
 * one service, PostgreSQL with two services (each run beside its own bare echo bot, as
 * `bench:turns` does), then one table of the summaries side by side.
 *
 * Each backend runs in its own child process, one after the other (a 2-core machine cannot run
 * them at once without measuring the contention), with the same environment (BENCH_ROUNDS,
 * BENCH_CONVERSATIONS, BENCH_CLIENT, BENCH_DATABASE_URL …). BENCH_BACKENDS picks and orders them
 * (default `sqlite,pg,pg2`). A backend that cannot start (no PostgreSQL binaries and no
 * BENCH_DATABASE_URL) is reported with its error line and the others still run; the exit code is
 * then 1.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'sqlite,pg,pg2')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);

/** The summary lines `bench:turns` prints, by their label (the text before the colon). */
const SUMMARY =
  /^\s*(throughput ratio|CPU-per-turn ratio|bot CPU ms\/turn|echo CPU ms\/turn|bot light-load p99 ms|bot light-load p95 ms)[^:]*:\s*(.+)$/;
const MEMORY = /^memory per 1,000 open conversations:\s*(.+)$/;

interface Outcome {
  backend: string;
  code: number | null;
  rows: Map<string, string>;
  memory?: string;
  lastError?: string;
}

function runOne(backend: string): Promise<Outcome> {
  const out: Outcome = { backend, code: null, rows: new Map() };
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-semi-space-size=32', '--import', 'tsx', path.join(HERE, 'turns.ts')],
      { env: { ...process.env, BENCH_BACKEND: backend }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const read = (chunk: Buffer, sink: NodeJS.WriteStream): void => {
      const text = chunk.toString('utf8');
      sink.write(text.replace(/^(?=.)/gm, `[${backend}] `));
      for (const line of text.split('\n')) {
        const s = SUMMARY.exec(line);
        if (s) out.rows.set(s[1]!, s[2]!.trim());
        const m = MEMORY.exec(line);
        if (m) out.memory = m[1]!.trim();
        if (/error/i.test(line)) out.lastError = line.trim();
      }
    };
    child.stdout.on('data', (c: Buffer) => read(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => read(c, process.stderr));
    child.on('close', (code) => {
      out.code = code;
      resolve(out);
    });
  });
}

async function main(): Promise<void> {
  const unknown = BACKENDS.filter((b) => !['sqlite', 'pg', 'pg2'].includes(b));
  if (unknown.length > 0) {
    console.error(`BENCH_BACKENDS: unknown backend(s) ${unknown.join(', ')} (sqlite, pg, pg2)`);
    process.exit(2);
  }
  const outcomes: Outcome[] = [];
  for (const backend of BACKENDS) outcomes.push(await runOne(backend));
  console.log('\nall backends (min / median over the rounds; each beside its own echo bot):');
  const labels = [
    'throughput ratio',
    'CPU-per-turn ratio',
    'bot CPU ms/turn',
    'echo CPU ms/turn',
    'bot light-load p99 ms',
    'bot light-load p95 ms',
  ];
  for (const o of outcomes) {
    if (o.code !== 0) {
      console.log(`  ${o.backend}: failed (exit ${o.code})${o.lastError ? `: ${o.lastError}` : ''}`);
      continue;
    }
    console.log(`  ${o.backend}:`);
    for (const label of labels) console.log(`    ${label}: ${o.rows.get(label) ?? 'n/a'}`);
    console.log(`    memory per 1,000 open conversations: ${o.memory ?? 'n/a'}`);
  }
  process.exit(outcomes.every((o) => o.code === 0) ? 0 : 1);
}

await main();
