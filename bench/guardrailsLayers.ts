/**
 * Where the instructions of a guardrail check go, layer by layer, and which replies cost most:
 * one process under callgrind (valgrindCount.ts countWindows), every window one or more passes of
 * one slice of `check` over the same bench replies, between two marks, after a full collection.
 * A layer's share is its window less the windows it builds on (normalise, then the trigger scan,
 * then the rules…); the readings of a match (`excused`) and the rules' regex runs are left out by
 * switches the bundle adds to engine.ts and excuse.ts (a global read per call, in every window).
 * Then `check` per reply, one window each: the costliest replies.
 *
 *   npx tsx bench/guardrailsLayers.ts [<root>]      # default: this tree
 *   INSN_STRIDE=8 INSN_WARM=3 INSN_PASSES=2 INSN_TOP=12
 *   INSN_WINDOWS=3,5,11,13    # only these windows (by index; 'loop only' always runs): minutes, not an hour
 *
 * About 10–15 minutes of CPU under callgrind; the count does not depend on the machine's load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { countWindows, ownUrl, writeChild } from './valgrindCount.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const STRIDE = Number(process.env['INSN_STRIDE'] ?? 8);
const WARM = Number(process.env['INSN_WARM'] ?? 3);
const PASSES = Number(process.env['INSN_PASSES'] ?? 2);
const TOP = Number(process.env['INSN_TOP'] ?? 12);
const MARK = 'uv_os_getpriority';

/** The windows, in order: name and the code one reply runs (`it`: text, context; `n`: normalised text). */
const ALL_WINDOWS: [string, string][] = [
  ['loop only', `void { ...it.context };`],
  ['normalise', `normaliseShared(it.text);`],
  ['+ wake (trigger/gate scan)', `wake(normaliseShared(it.text).text);`],
  [
    '+ rules, no regex runs',
    `S.noRun = true; runPatterns(normaliseShared(it.text), { ...it.context }); S.noRun = false;`,
  ],
  [
    '+ rules, no readings',
    `S.noExcuse = true; runPatterns(normaliseShared(it.text), { ...it.context }); S.noExcuse = false;`,
  ],
  ['+ rules (runPatterns)', `runPatterns(normaliseShared(it.text), { ...it.context });`],
  [
    '+ structure checks',
    `{ const n = normaliseShared(it.text); runPatterns(n, { ...it.context }); structureFindings(n.text, { ...it.context }); }`,
  ],
  ['normalise + lexicon', `runLexicon(normaliseShared(it.text));`],
  ['masked + disguised', `maskedFindings(it.text); disguisedFindings(it.text);`],
  [
    'normalise + identifiers + channels',
    `{ const n = normaliseShared(it.text); findIdentifiers(n.text, it.context.serviceNumbers); checkChannels(n.text, { ...it.context }); }`,
  ],
  ['classifier (where check runs it)', `if (it.cls) classifierFinding(it.text, it.norm);`],
  ['check', `check(it.text, { ...it.context });`],
  ['check, no readings', `S.noExcuse = true; check(it.text, { ...it.context }); S.noExcuse = false;`],
  ['mint-filter', `mint.filter(it.text, { replace: false });`],
];
const ONLY = process.env['INSN_WINDOWS']?.split(',').map(Number);
const WINDOWS = ALL_WINDOWS.filter((_, w) => w === 0 || ONLY === undefined || ONLY.includes(w));

function childSource(root: string): string {
  const src = (f: string): string => JSON.stringify(path.join(root, 'src/guardrails', f));
  const corpus = JSON.stringify(path.join(here, 'guardrailsCorpus.ts'));
  const windows = WINDOWS.map(([, body]) => `(it) => { ${body} }`).join(',\n');
  return `
import os from 'node:os';
import { Mint } from 'mint-filter';
import { check, wordLists } from ${src('index.ts')};
import { normalise, normaliseShared } from ${src('normalise.ts')};
import { wake } from ${src('wake.ts')};
import { runLexicon, runPatterns } from ${src('engine.ts')};
import { structureFindings } from ${src('structure.ts')};
import { maskedFindings } from ${src('masks.ts')};
import { disguisedFindings } from ${src('disguiseZh.ts')};
import { findIdentifiers } from ${src('identifiers.ts')};
import { checkChannels } from ${src('channels.ts')};
import { classifierFinding } from ${src('classifier/opinion.ts')};
import { benchReplies } from ${corpus};
const S = (globalThis.__layers = { noRun: false, noExcuse: false });
const [warm, passes, stride] = process.argv.slice(2).map(Number);
const lists = wordLists();
const mint = new Mint([...new Set([...lists.lexicon, ...lists.triggers])]);
const items = benchReplies().filter((_, i) => i % stride === 0).map((it) => ({ ...it, norm: normalise(it.text).text, cls: check(it.text, { ...it.context }).classifier !== undefined }));
const windows = [${windows}];
// Natively (LAYERS_TIME=1, no valgrind) each mark reads the CPU clock instead: a quick look.
const times = [];
const mark = process.env.LAYERS_TIME === '1' ? () => { const u = process.cpuUsage(); times.push(u.user + u.system); } : () => void os.getPriority();
for (let w = 0; w < warm; w++) for (const run of windows) for (const it of items) run(it);
for (const run of windows) {
  globalThis.gc();
  mark();
  for (let p = 0; p < passes; p++) for (const it of items) run(it);
  mark();
}
globalThis.gc();
for (const it of items) { mark(); check(it.text, { ...it.context }); }
mark();
if (times.length > 0) for (let w = 0; w < windows.length; w++) console.error(w, ((times[2 * w + 1] - times[2 * w]) / (passes * items.length)).toFixed(2), 'µs');
console.log(JSON.stringify({ replies: items.length, texts: items.map((it) => it.text.slice(0, 40)), cls: items.filter((it) => it.cls).length }));
`;
}

/** Switches in the measured tree's engine and excuse readings (read from globalThis.__layers). */
function switches(root: string): Plugin {
  const engine = path.join(root, 'src/guardrails/engine.ts');
  const excuse = path.join(root, 'src/guardrails/excuse.ts');
  const structure = path.join(root, 'src/guardrails/structure.ts');
  const flag = `(globalThis as unknown as { __layers: { noRun: boolean; noExcuse: boolean } }).__layers`;
  const edits: Record<string, [RegExp, string][]> = {
    [engine]: [[/(\n\s*forgetSpans\(\);)/, `\n  if (${flag}.noRun) return;$1`]],
    [excuse]: [
      [/(export function excusedOnce\([^)]*\): boolean \{)/, `$1\n  if (${flag}.noExcuse) return false;`],
    ],
    [structure]: [[/(function excused\([^)]*\): boolean \{)/, `$1\n  if (${flag}.noExcuse) return false;`]],
  };
  return {
    name: 'layer-switches',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const list = edits[args.path];
        if (!list) return undefined;
        let contents = readFileSync(args.path, 'utf8');
        for (const [re, to] of list) {
          if (!re.test(contents)) throw new Error(`${args.path}: no place for switch ${re.source}`);
          contents = contents.replace(re, to);
        }
        return { contents, loader: 'ts' };
      });
    },
  };
}

async function bundle(root: string): Promise<string> {
  const result = await build({
    stdin: { contents: childSource(root), resolveDir: here, loader: 'ts', sourcefile: 'layers-child.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [switches(root), ownUrl],
  });
  return writeChild(result.outputFiles[0]?.text ?? '', 'guardrails-layers');
}

interface Output {
  replies: number;
  texts: string[];
  cls: number;
}

const NODE_FLAGS = [
  '--expose-gc',
  '--single-threaded',
  '--predictable',
  '--random-seed=1',
  '--hash-seed=1',
  '--min-semi-space-size=16',
  '--max-semi-space-size=16',
];

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(10);

async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? path.join(here, '..'));
  const file = await bundle(root);
  // INSN_DRY=1: only bundle, and say where (run it with plain node to try it).
  if (process.env['INSN_DRY'] === '1') return void console.log(file);
  const { segments, output } = await countWindows<Output>(
    file,
    [String(WARM), String(PASSES), String(STRIDE)],
    NODE_FLAGS,
    MARK,
  );
  const n = output.replies;
  // Segment 0 is start-up; then each window, then the collection before the next.
  const perReply = WINDOWS.map((_, w) => (segments[1 + 2 * w] ?? 0) / (n * PASSES));
  const loop = perReply[0] ?? 0;
  console.log(
    `${root}: ${n} replies × ${PASSES} passes (classifier runs on ${output.cls}); instructions per reply, loop subtracted`,
  );
  WINDOWS.forEach(([name], w) => console.log(`  ${name.padEnd(36)} ${fmt((perReply[w] ?? 0) - loop)}`));
  const first = 1 + 2 * WINDOWS.length;
  const each = output.texts.map((text, i) => ({ text, insn: segments[first + i] ?? 0 }));
  const sorted = [...each].sort((a, b) => b.insn - a.insn);
  const at = (q: number): number => sorted[Math.floor((1 - q) * sorted.length)]?.insn ?? 0;
  console.log(
    `check per reply, one window each: median ${fmt(at(0.5))}, p90 ${fmt(at(0.9))}, p99 ${fmt(at(0.99))}, max ${fmt(sorted[0]?.insn ?? 0)}`,
  );
  for (const r of sorted.slice(0, TOP)) console.log(`  ${fmt(r.insn)}  ${JSON.stringify(r.text)}`);
}

await main();
