/**
 * Hostile input: every rule's and structural check's regex on ~100 KB texts built to make a
 * backtracking regex slow (one character repeated, trigger words run together without a clause
 * break, digits, masks), then the whole `check` on each. Prints the worst times (CPU), not a test.
 *
 *   npx tsx bench/guardrailsHostile.ts
 */
import { check } from '../src/guardrails/check.js';
import { normalise } from '../src/guardrails/normalise.js';
import { PATTERN_RULES } from '../src/guardrails/rules/index.js';
import { STRUCTURAL_CHECKS } from '../src/guardrails/structure.js';

const SIZE = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const triggersZh = PATTERN_RULES.filter((r) => r.lang === 'zh').flatMap((r) => r.triggers);
const triggersEn = PATTERN_RULES.filter((r) => r.lang === 'en').flatMap((r) => r.triggers);

const INPUTS: [string, string][] = [
  ['a×100k', fill('a')],
  ['你×100k', fill('你')],
  ['"你的家人" repeated', fill('你的家人')],
  ['"不还钱的人" repeated', fill('不还钱的人')],
  ['"your family " repeated', fill('your family ')],
  ['"you " repeated', fill('you ')],
  ['zh trigger words run together', fill(triggersZh.join(''))],
  ['en trigger words, spaces only', fill(triggersEn.join(' ') + ' ')],
  ['zh triggers + "的" between', fill(triggersZh.join('的'))],
  ['digits', fill('1234567890')],
  ['digits and spaces', fill('1 ')],
  ['"f-" repeated', fill('f-')],
  ['asterisks', fill('*')],
  ['spaces', fill(' ')],
  ['"a." repeated', fill('a.')],
];

interface Worst {
  owner: string;
  source: string;
  input: string;
  ms: number;
}

function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** The engine's own loop: up to 16 matches from the start of the text. */
function runRegex(re: RegExp, text: string): void {
  re.lastIndex = 0;
  let found = 0;
  for (let m = re.exec(text); m !== null && found < 16; m = re.exec(text)) {
    found++;
    if (!re.global) break;
    if (m[0].length === 0) re.lastIndex++;
  }
}

const regexes: [string, RegExp][] = [
  ...PATTERN_RULES.flatMap((r) => r.patterns.map((p) => [r.id, p] as [string, RegExp])),
  ...STRUCTURAL_CHECKS.flatMap((c) =>
    [...c.acts, ...(c.needs ? [c.needs] : [])].map((p) => [`struct:${c.id}`, p] as [string, RegExp]),
  ),
];
const normalised = INPUTS.map(([name, text]) => [name, normalise(text).text] as const);
const worst: Worst[] = [];
for (const [owner, re] of regexes) {
  let w: Worst = { owner, source: re.source.slice(0, 70), input: '', ms: 0 };
  for (const [name, text] of normalised) {
    const ms = cpuMs(() => runRegex(re, text));
    if (ms > w.ms) w = { ...w, input: name, ms };
  }
  worst.push(w);
}
worst.sort((a, b) => b.ms - a.ms);
console.log(
  `${regexes.length} regexes × ${INPUTS.length} hostile inputs of ${SIZE.toLocaleString('en-US')} characters; worst CPU per regex:`,
);
for (const w of worst.slice(0, 12))
  console.log(`  ${w.ms.toFixed(1).padStart(8)} ms  ${w.owner}  on ${w.input}  /${w.source}/`);
const total = worst.reduce((s, w) => s + w.ms, 0);
console.log(`sum of every regex's worst: ${total.toFixed(0)} ms`);

// Warm-up: the prefilters are built on the first few checks.
for (let i = 0; i < 4; i++) check('您好，请按时还款。', { locale: 'zh-CN', verified: true });
console.log('\nwhole check() per hostile input (CPU ms, zh-CN and en context):');
for (const [name, text] of INPUTS) {
  const zh = cpuMs(() => check(text, { locale: 'zh-CN', verified: true }));
  const en = cpuMs(() => check(text, { locale: 'en', verified: false }));
  console.log(`  ${zh.toFixed(1).padStart(8)} ms / ${en.toFixed(1).padStart(8)} ms  ${name}`);
}
