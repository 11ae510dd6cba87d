/**
 * npm run bench:turns:insn [-- <root> ...] — instructions one collection-bot turn executes,
 * counted by valgrind (callgrind without cache simulation, the main thread apart), for each
 * source tree given (default: this tree; a root given twice runs twice), beside the bare echo bot
 * on the same stack. Timings of a turn on this shared machine cannot tell two trees apart under
 * ~10 % (the same tree against itself read 0.85–1.54×); a count does not move with the load.
 *
 * The turn is the whole service's: each tree's `createApp` + `createServer` (real SQLite stores
 * in a throw-away data directory, the CollectionBot, dialogs, offline language, guardrails,
 * transcript, the HTTP gate, auth and CloudAdapter) on loopback, driven by the bench:turns script
 * (`SCRIPT`, user demo-zh, deliveryMode expectReplies) with requests from the same process
 * (bench/turnInsnChild.ts, bundled with esbuild per tree; packages load from the tree's
 * node_modules). One process per run: W warm-up conversations, then K windows of N
 * conversations, each window after a full collection and between two marks at which callgrind
 * writes what the main thread executed since the last one (valgrindCount.ts countWindows). A
 * window's count over its N × 5 turns is the figure; start-up, loading and the first compilations
 * fall before the first mark, the collections between marks of their own. The tree's service runs
 * with this tree's bench settings (bench/benchEnv.ts: demo accounts bound on the `bench` channel).
 *
 * Measured (turninsn21, nice 10; INSN_WARM=12 INSN_WINDOW=8 INSN_WINDOWS=3, 40 turns a window),
 * instructions per turn, windows 1 / 2 / 3:
 *   this tree, run 1 (load ~5)         9,133,476 / 10,130,411 / 9,886,315
 *   this tree, run 2 (load ~5)         9,156,723 / 10,144,858 / 9,876,456
 *   this tree, run 3 (load ~30, before the keep-alive fix)  9,156,341 / 10,120,171 / 9,916,288
 *   b366e0f (load ~5)                  9,160,679 / 10,142,589 / 9,931,850  (1.002 / 1.000 / 1.005×)
 *   + 10 JSON.stringify(activity) a turn   9,315,651 / 10,239,987 / 10,018,146  (1.019 / 1.010 / 1.014×)
 * Run to run 0.26 / 0.25 / 0.41 % (max−min over the three); compare window by window: windows of one
 * process differ by up to 11 % (the first after warm-up the cheapest). A fourth run before the
 * keep-alive fix, at load ~30, read 1.2–1.4 % dearer in every window (reconnections, see
 * turnInsnChild.ts) and another died of ECONNRESET. Other threads: 5–10 M a process, none in a
 * window. One process is about 16 G instructions, some 4 minutes of CPU under callgrind.
 *
 * What made turninsn20's counts move (one tree read 10.1, 11.2 and 15.5 M a turn): the first is
 * measured, the others are read from the code and removed as well:
 * - V8's collection schedule read the clock: the old generation's limit grows by the measured
 *   speeds of the collector and the program, so a busier machine meant another mark-compact
 *   (two cachegrind runs of one process, 10 conversations, 0.53 G apart of 15.5 G; cg_diff puts
 *   nearly all of it in marking, sweeping and evacuation, 0.7 M in JIT code), and a mark-compact in or out of a window of 200 turns is ±2.5 M a turn. Now
 *   --predictable-gc-schedule, no incremental marking, no memory reducer, no scavenge task, an
 *   old generation that fills in no window, and the child's own full collections between windows.
 * - Long timers fired by wall time: stretched 1,000 times, a 1 s timer (the WAL checkpointer's
 *   worker: a second isolate, then a checkpoint every 250 ms) fires after 17 minutes, which a
 *   run on a loaded machine can outlast (10 conversations took 10 minutes at load 29). Now they
 *   never fire (turnInsnChild.ts).
 * - The service read the wall clock (leases, rate windows, durations, dates in replies): now a
 *   virtual clock that moves one second a turn (turnInsnChild.ts fixClock).
 * - Other threads (libuv's pool: scrypt of the seeded users; node's platform workers) are
 *   counted apart and printed, never in a window.
 *
 * Before counting, every tree plays the same conversations natively and must answer them with
 * the same replies as the first tree (plan and dispute numbers masked), or the run stops: a
 * count of another conversation compares nothing. The counted processes must answer as their
 * native run did, and must have sent no typing indicator in the measured turns.
 *
 *   INSN_WARM=12 INSN_WINDOW=8 INSN_WINDOWS=3   # conversations (5 turns each), the defaults
 *   INSN_JOBS=2      # processes under valgrind at once
 *   INSN_ECHO=0      # no echo-bot process
 *   INSN_SEMI_SPACE=16                          # MB, fixed young generation
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { countWindows, ownUrl } from './valgrindCount.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, 'turnInsnChild.ts');
const WARM = Number(process.env['INSN_WARM'] ?? 12);
const PER_WINDOW = Number(process.env['INSN_WINDOW'] ?? 8);
const WINDOWS = Number(process.env['INSN_WINDOWS'] ?? 3);
const JOBS = Number(process.env['INSN_JOBS'] ?? 2);
const ECHO = process.env['INSN_ECHO'] !== '0';
const SEMI = Number(process.env['INSN_SEMI_SPACE'] ?? 16);
/** The child's marks (turnInsnChild.ts `mark`: os.getPriority()). */
const MARK = 'uv_os_getpriority';
const NODE_FLAGS = [
  '--expose-gc',
  // V8 without background threads, its hashes and Math.random seeded.
  '--single-threaded',
  '--predictable',
  '--random-seed=1',
  '--hash-seed=1',
  // A collection schedule that reads no clock. Without these the old generation's limit grew by
  // the measured speeds of the collector and of the program, so a run whose machine was busier
  // did one more mark-compact (+0.53 G instructions of 15.5 G in two runs of one process, all in
  // the marker, sweeper and evacuation); incremental marking's steps are sized by time as well.
  '--predictable-gc-schedule',
  '--no-incremental-marking',
  '--no-memory-reducer',
  // Scavenges only when the young generation is full, never from a task the event loop runs.
  '--no-minor-gc-task',
  // An old generation large enough that no mark-compact falls in a window: the only full
  // collections are the child's own, between windows.
  '--initial-old-space-size=2048',
  // A young generation of fixed size (after --predictable-gc-schedule, which sets 4 MB).
  `--min-semi-space-size=${SEMI}`,
  `--max-semi-space-size=${SEMI}`,
];

interface Phase {
  typing: number;
  answers: Record<string, number>;
}

interface Output {
  dataDir: string | null;
  turnsPerWindow: number;
  warm: Phase;
  measured: Phase;
}

/** The child's `../src/...` imports go to the measured tree's sources. */
function treeSources(root: string): Plugin {
  return {
    name: 'tree-sources',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/src\// }, (args) =>
        args.importer === CHILD
          ? { path: path.join(root, args.path.slice(3)).replace(/\.js$/, '.ts') }
          : undefined,
      );
    },
  };
}

/** The child bundled against `root`, in a folder whose node_modules is the tree's. */
async function bundle(root: string): Promise<string> {
  const result = await build({
    entryPoints: [CHILD],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [treeSources(root), ownUrl],
  });
  const code = result.outputFiles[0]?.text ?? '';
  const dir = path.join(tmpdir(), 'turn-insn', createHash('sha256').update(root).digest('hex').slice(0, 16));
  mkdirSync(dir, { recursive: true });
  const modules = path.join(dir, 'node_modules');
  if (!existsSync(modules)) symlinkSync(path.join(root, 'node_modules'), modules);
  const file = path.join(dir, `child-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  writeFileSync(file, code);
  return file;
}

function removeData(output: Output): void {
  if (output.dataDir) rmSync(output.dataDir, { recursive: true, force: true });
}

const childArgs = (target: string): string[] => [target, String(WARM), String(PER_WINDOW), String(WINDOWS)];

/** The same conversations without valgrind: what the tree answers, fast. */
function native(file: string, target: string): Promise<Output> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', file, ...childArgs(target)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) reject(new Error(`${file} ${target} exited ${status}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Output);
    });
  });
}

const answersOf = (o: Output): string => JSON.stringify([o.warm.answers, o.measured.answers]);

interface Measured {
  /** Instructions per turn in each window, in order. */
  windows: number[];
  startUp: number;
  otherThreads: number;
}

/** One process under callgrind: the main thread's instructions per turn in each window. */
async function perTurn(file: string, target: string, expected: Output): Promise<Measured> {
  const run = await countWindows<Output>(file, childArgs(target), NODE_FLAGS, MARK);
  removeData(run.output);
  if (answersOf(run.output) !== answersOf(expected))
    throw new Error(`${file} ${target}: under valgrind the replies differ from its native run`);
  if (run.output.measured.typing > 0)
    throw new Error(`${file} ${target}: ${run.output.measured.typing} typing indicators in the measured turns`);
  // Segments: start-up and warm-up, then a collection and a window for each window.
  if (run.segments.length !== 1 + 2 * WINDOWS)
    throw new Error(`${file} ${target}: ${run.segments.length} segments, expected ${1 + 2 * WINDOWS}`);
  const windows = run.segments.filter((_, i) => i > 0 && i % 2 === 0).map((n) => n / run.output.turnsPerWindow);
  return { windows, startUp: run.segments[0] ?? 0, otherThreads: run.otherThreads };
}

const spread = (xs: number[]): number => (Math.max(...xs) - Math.min(...xs)) / Math.min(...xs);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function describe(m: Measured): string {
  return (
    `windows ${m.windows.map(fmt).join(' / ')} (spread ${(100 * spread(m.windows)).toFixed(2)} %); ` +
    `start-up and warm-up ${fmt(m.startUp)}, other threads ${fmt(m.otherThreads)}`
  );
}

/** Runs `task` over `items`, at most JOBS at a time, results in the items' order. */
async function pooled<T, R>(items: T[], task: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(JOBS, items.length) }, worker));
  return results;
}

async function main(): Promise<void> {
  const roots = (process.argv.length > 2 ? process.argv.slice(2) : [path.join(here, '..')]).map((r) =>
    path.resolve(r),
  );
  const files = await Promise.all(roots.map(bundle));
  const answers: Output[] = [];
  for (const [i, file] of files.entries()) {
    const output = await native(file, 'bot');
    removeData(output);
    answers.push(output);
    if (answersOf(output) !== answersOf(answers[0] as Output))
      throw new Error(`${roots[i]} answers the script otherwise than ${roots[0]}: not counted`);
  }
  const shapes = Object.keys((answers[0] as Output).measured.answers).length;
  console.log(
    `replies identical in ${roots.length} run(s): ${WARM} warm-up conversations, then ${WINDOWS} windows of ` +
      `${PER_WINDOW} conversations of 5 turns, ${shapes} distinct reply sequence(s) in the windows`,
  );
  // The echo bot from this tree's bundle whatever the trees, so its figure never moves with them.
  const echoFile =
    roots[0] === path.resolve(here, '..') ? (files[0] as string) : await bundle(path.resolve(here, '..'));
  const jobs: { label: string; run: () => Promise<Measured> }[] = files.map((file, i) => ({
    label: roots[i] as string,
    run: () => perTurn(file, 'bot', answers[i] as Output),
  }));
  if (ECHO)
    jobs.push({ label: 'echo bot', run: async () => perTurn(echoFile, 'echo', await native(echoFile, 'echo')) });
  let first: number | undefined;
  const done = await pooled(jobs, async (job) => {
    const t0 = performance.now();
    const m = await job.run();
    console.error(`${job.label}: ${((performance.now() - t0) / 60_000).toFixed(1)} min under valgrind`);
    return m;
  });
  for (const [i, m] of done.entries()) {
    const perTurnCount = median(m.windows);
    const label = jobs[i]?.label ?? '';
    if (label === 'echo bot') {
      console.log(`echo bot: ${fmt(perTurnCount)} instructions per turn; ${describe(m)}`);
      continue;
    }
    first ??= perTurnCount;
    console.log(
      `${label}: ${fmt(perTurnCount)} instructions per turn (median window), ` +
        `${(perTurnCount / first).toFixed(4)}× the first; ${describe(m)}`,
    );
  }
}

await main();
