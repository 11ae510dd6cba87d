/**
 * Instructions `check` executes per bench reply, counted by valgrind (cachegrind, no cache
 * simulation), beside the bare mint-filter scan: a figure the machine's load does not move, so two
 * trees can be compared where timings cannot resolve a change under ~10 % (guardperf15b).
 *
 *   npx tsx bench/guardrailsInstructions.ts [<root> ...]   # default: this tree
 *   INSN_STRIDE=8 INSN_WARM=3 INSN_PASSES=2                 # every 8th bench reply (302), defaults
 *
 * Each tree's `src/guardrails` is bundled with esbuild (the bench corpus is this tree's, so every
 * tree reads the same replies) and run as plain node under valgrind with V8 single-threaded and
 * seeded. Three processes per tree: warm-up only, warm-up + P passes of `check`, warm-up + P
 * passes of mint-filter, each with a full garbage collection between warm-up and passes; a
 * pass's count is the difference to the warm-up-only process over P, so start-up, loading and
 * the first compilations cancel out. Slow: about 3–6 minutes per tree.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { countInstructions, ownUrl, writeChild, type Counted } from './valgrindCount.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const STRIDE = Number(process.env['INSN_STRIDE'] ?? 8);
const WARM = Number(process.env['INSN_WARM'] ?? 3);
const PASSES = Number(process.env['INSN_PASSES'] ?? 2);

/** The program valgrind runs: argv mode (none | check | mint), warm-up passes, measured passes. */
function childSource(root: string): string {
  const index = JSON.stringify(path.join(root, 'src/guardrails/index.ts'));
  const corpus = JSON.stringify(path.join(here, 'guardrailsCorpus.ts'));
  return `
import { Mint } from 'mint-filter';
import { check, wordLists } from ${index};
import { benchReplies } from ${corpus};
const [mode, warm, passes, stride] = process.argv.slice(2);
const items = benchReplies().filter((_, i) => i % Number(stride) === 0);
const lists = wordLists();
const mint = new Mint([...new Set([...lists.lexicon, ...lists.triggers])]);
let blocked = 0;
let found = 0;
const checkPass = () => { for (const it of items) { const v = check(it.text, { ...it.context }); if (!v.allowed) blocked++; found += v.violations.length; } };
const mintPass = () => { for (const it of items) found += mint.filter(it.text, { replace: false }).words.length; };
for (let i = 0; i < Number(warm); i++) { checkPass(); mintPass(); }
// A full collection here in every process: the measured passes start from the same heap, so a
// major collection the warm-up left due does not land in one mode's passes and not another's.
globalThis.gc();
const before = [blocked, found];
for (let i = 0; i < Number(passes); i++) { if (mode === 'check') checkPass(); else if (mode === 'mint') mintPass(); }
console.log(JSON.stringify({ replies: items.length, warm: before, measured: [blocked - before[0], found - before[1]] }));
`;
}

async function bundle(root: string): Promise<string> {
  const contents = childSource(root);
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'ts', sourcefile: 'insn-child.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [ownUrl],
  });
  return writeChild(result.outputFiles[0]?.text ?? '', 'guardrails-insn');
}

interface Output {
  replies: number;
  warm: number[];
  measured: number[];
}

function counted(file: string, mode: string, passes: number): Promise<Counted<Output>> {
  // A young generation of fixed size: V8 otherwise sizes it by what survived earlier
  // collections, so the scavenges that land in the passes differ between trees whose code
  // there is the same (mint-filter's count moved 8 % between two trees without this).
  const young = ['--min-semi-space-size=16', '--max-semi-space-size=16'];
  return countInstructions<Output>(file, [mode, String(WARM), String(passes), String(STRIDE)], young);
}

async function main(): Promise<void> {
  const roots = process.argv.slice(2);
  if (roots.length === 0) roots.push(path.join(here, '..'));
  for (const r of roots) {
    const root = path.resolve(r);
    const file = await bundle(root);
    // The three processes run side by side: counts do not depend on the machine's load.
    const [base, ours, mint] = await Promise.all([
      counted(file, 'none', 0),
      counted(file, 'check', PASSES),
      counted(file, 'mint', PASSES),
    ]);
    const n = base.output.replies * PASSES;
    const perCheck = (ours.instructions - base.instructions) / n;
    const perMint = (mint.instructions - base.instructions) / n;
    const [blocked, violations] = ours.output.measured;
    console.log(
      `${root}: ${base.output.replies} replies × ${PASSES} passes after ${WARM} warm-up: check ${Math.round(perCheck).toLocaleString('en-US')} instructions per reply, ` +
        `mint-filter ${Math.round(perMint).toLocaleString('en-US')}, ratio ${(perCheck / perMint).toFixed(3)}× ` +
        `(blocked ${blocked}, violations ${violations}; warm-up-only process ${base.instructions.toLocaleString('en-US')})`,
    );
  }
}

await main();
