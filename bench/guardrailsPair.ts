/**
 * `check`'s CPU per reply in two source trees, each in its own process, both started at the same
 * moment so they meet the same machine load (two trees imported into one process are no fair
 * pair: the one exercised second runs 1.4–1.8× slower though the code is the same).
 *
 *   npx tsx bench/guardrailsPair.ts <base root> [<head root>]   # head defaults to this tree; PAIR_RUNS=5
 *
 * Each process warms with 4 passes over the bench replies, then reports the median of 5 passes.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);

type Check = (text: string, context: object) => unknown;

async function one(root: string): Promise<void> {
  const load = (file: string): Promise<Record<string, unknown>> =>
    import(pathToFileURL(path.join(root, file)).href) as Promise<Record<string, unknown>>;
  const check = (await load('src/guardrails/index.ts'))['check'] as Check;
  const replies = (await load('bench/guardrailsCorpus.ts'))['benchReplies'] as () => {
    text: string;
    context: object;
  }[];
  const items = replies();
  const pass = (): number => {
    const t0 = process.cpuUsage();
    for (const it of items) check(it.text, { ...it.context });
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / items.length;
  };
  for (let i = 0; i < 4; i++) pass();
  const runs = [pass(), pass(), pass(), pass(), pass()].sort((a, b) => a - b);
  console.log((runs[2] ?? 0).toFixed(1));
}

function child(root: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, here, '--one', root], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', () => resolve(Number(out.trim())));
  });
}

async function main(): Promise<void> {
  const [first, second] = process.argv.slice(2);
  if (first === '--one' && second) return one(second);
  if (!first) throw new Error('usage: npx tsx bench/guardrailsPair.ts <base root> [<head root>]');
  const base = path.resolve(first);
  const head = path.resolve(second ?? path.join(path.dirname(here), '..'));
  const runs = Number(process.env['PAIR_RUNS'] ?? 5);
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [a, b] = await Promise.all([child(base), child(head)]);
    ratios.push(b / a);
    const load = (loadavg()[0] ?? 0).toFixed(1);
    console.log(
      `base ${a.toFixed(1)} µs, head ${b.toFixed(1)} µs, head/base ${(b / a).toFixed(3)}, load ${load}`,
    );
  }
  const sorted = [...ratios].sort((x, y) => x - y);
  console.log(
    `head/base median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(3)} over ${runs} runs`,
  );
}

await main();
