/**
 * npm run bench:turns:insn [-- <root> ...] — instructions one collection-bot turn executes,
 * counted by valgrind (bench/valgrindCount.ts: cachegrind without cache simulation, V8
 * single-threaded, predictable and seeded), for each source tree given (default: this tree),
 * beside the bare echo bot on the same stack. Timings of a turn on this shared machine cannot
 * tell two trees apart under ~15 % (the same tree against itself read 0.85–1.54×); a count does
 * not move with the load.
 *
 * The turn is the whole service's: each tree's `createApp` + `createServer` (real SQLite stores
 * in a throw-away data directory, the CollectionBot, dialogs, offline language, guardrails,
 * transcript, the HTTP gate, auth and CloudAdapter) on loopback, driven by the bench:turns script
 * (`SCRIPT`, user demo-zh, deliveryMode expectReplies) with requests from the same process
 * (bench/turnInsnChild.ts, bundled with esbuild per tree; packages load from the tree's
 * node_modules). Two processes per tree: W warm-up conversations only, and W warm-up + M measured
 * ones, each with a full collection between; a turn's count is their difference over M × 5, so
 * start-up, loading and the first compilations cancel out. The tree's service runs with this
 * tree's bench settings (bench/benchEnv.ts: demo accounts bound on the `bench` channel; older
 * trees find them by user id alone and ignore the setting).
 *
 * Before counting, every tree plays the same conversations natively and must answer them with
 * the same replies as the first tree (plan and dispute numbers masked), or the run stops: a
 * count of another conversation compares nothing. The counted processes must answer as their
 * native run did, and must have sent no typing indicator in the measured turns (one is sent
 * only when a turn takes 600 ms of wall time, which valgrind's pace could reach).
 *
 * NOT YET A MEASURING INSTRUMENT (turninsn20): the same bundle of one tree read 11.2, 10.1 and
 * 15.5 M instructions per turn in three runs (loads 14, 8→4, 4; the echo bot 4.7 and 3.2 M), and
 * the warm-up-only process itself moved 18.86–19.41 G, a spread as large as the 200 measured turns'
 * difference. Some work in these processes still depends on something other than the script;
 * find it (or measure far more turns) before comparing trees with this.
 *
 *   INSN_WARM=60 INSN_MEASURED=40   # conversations (5 turns each), the defaults
 *   INSN_SEMI_SPACE=16              # MB, fixed young generation (see guardrailsInstructions.ts)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { countInstructions, ownUrl } from './valgrindCount.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, 'turnInsnChild.ts');
const WARM = Number(process.env['INSN_WARM'] ?? 60);
const MEASURED = Number(process.env['INSN_MEASURED'] ?? 40);
const SEMI = Number(process.env['INSN_SEMI_SPACE'] ?? 16);
const NODE_FLAGS = [`--min-semi-space-size=${SEMI}`, `--max-semi-space-size=${SEMI}`];

interface Phase {
  typing: number;
  answers: Record<string, number>;
}

interface Output {
  dataDir: string | null;
  turns: number;
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

/** The same conversations without valgrind: what the tree answers, fast. */
function native(file: string, target: string): Promise<Output> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', file, target, String(WARM), String(MEASURED)], {
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

/** Instructions per turn: warm-up + measured less warm-up only, over the measured turns. */
async function perTurn(
  file: string,
  target: string,
  expected: Output,
): Promise<{ perTurn: number; warmOnly: number }> {
  const [base, full] = await Promise.all([
    countInstructions<Output>(file, [target, String(WARM), '0'], NODE_FLAGS),
    countInstructions<Output>(file, [target, String(WARM), String(MEASURED)], NODE_FLAGS),
  ]);
  removeData(base.output);
  removeData(full.output);
  if (answersOf(full.output) !== answersOf(expected))
    throw new Error(`${file} ${target}: under valgrind the replies differ from its native run`);
  if (full.output.measured.typing > 0)
    throw new Error(
      `${file} ${target}: ${full.output.measured.typing} typing indicators in the measured turns`,
    );
  return {
    perTurn: (full.instructions - base.instructions) / full.output.turns,
    warmOnly: base.instructions,
  };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

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
    `replies identical in ${roots.length} tree(s): ${WARM} warm-up + ${MEASURED} measured conversations of 5 turns, ` +
      `${shapes} distinct reply sequence(s) in the measured ones`,
  );
  // The echo bot from this tree's bundle whatever the trees: its heap, and so where its
  // collections fall, would otherwise differ with the first tree's code (16 % apart, measured).
  const echoFile =
    roots[0] === path.resolve(here, '..') ? (files[0] as string) : await bundle(path.resolve(here, '..'));
  const echoNative = await native(echoFile, 'echo');
  const echo = await perTurn(echoFile, 'echo', echoNative);
  console.log(
    `echo bot: ${fmt(echo.perTurn)} instructions per turn (warm-up-only process ${fmt(echo.warmOnly)})`,
  );
  let first: number | undefined;
  for (const [i, file] of files.entries()) {
    const t0 = performance.now();
    const bot = await perTurn(file, 'bot', answers[i] as Output);
    first ??= bot.perTurn;
    console.log(
      `${roots[i]}: ${fmt(bot.perTurn)} instructions per turn, ${(bot.perTurn / first).toFixed(3)}× the first tree, ` +
        `${(bot.perTurn / echo.perTurn).toFixed(1)}× echo (warm-up-only process ${fmt(bot.warmOnly)}; ` +
        `${((performance.now() - t0) / 60_000).toFixed(1)} min)`,
    );
  }
}

await main();
