/**
 * Where the guardrail's CPU goes: each stage of `check`, then each rule's and each structural
 * check's regexes, over the bench replies (and the labelled replies), ranked by total time.
 *
 *   npx tsx bench/guardrailsProfile.ts            # PROFILE_ROUNDS=5 by default
 *
 * Regex times come from wrapping each pattern's `exec` (which `test` and `match` call too), so
 * they include a little wrapper overhead and leave out the readings (negation, hedges) a match
 * then goes through: those show in the stage figures.
 */
import { benchReplies } from './guardrailsCorpus.js';
import { check } from '../src/guardrails/check.js';
import { runLexicon, runPatterns, runningPatterns } from '../src/guardrails/engine.js';
import { normaliseShared } from '../src/guardrails/normalise.js';
import { maskedFindings } from '../src/guardrails/masks.js';
import {
  STRUCTURAL_CHECKS,
  runningStructurePatterns,
  structureFindings,
} from '../src/guardrails/structure.js';
import { findIdentifiers } from '../src/guardrails/identifiers.js';
import { checkFacts } from '../src/guardrails/facts.js';
import { findMentions } from '../src/guardrails/numbers.js';
import { checkChannels } from '../src/guardrails/channels.js';
import { classifierFinding } from '../src/guardrails/classifier/opinion.js';
import { PATTERN_RULES } from '../src/guardrails/rules/index.js';
import type { GuardContext } from '../src/guardrails/types.js';

const ROUNDS = Number(process.env['PROFILE_ROUNDS'] ?? 5);
const items = benchReplies();

type Stage = [string, (text: string, context: GuardContext) => unknown];
const STAGES: Stage[] = [
  ['check (whole)', (t, c) => check(t, { ...c })],
  ['normalise', (t) => normaliseShared(t)],
  ['lexicon', (t) => runLexicon(normaliseShared(t))],
  ['masked profanity', (t) => maskedFindings(t)],
  ['pattern rules', (t, c) => runPatterns(normaliseShared(t), c)],
  ['structural checks', (t, c) => structureFindings(normaliseShared(t).text, c)],
  ['identifiers', (t, c) => findIdentifiers(normaliseShared(t).text, c.serviceNumbers)],
  // check skips this stage for a verified reply without account facts (the bench's case).
  ['facts (if read)', (t, c) => checkFacts(findMentions(normaliseShared(t).text), c)],
  ['channels', (t, c) => checkChannels(normaliseShared(t).text, c)],
  ['classifier', (t) => classifierFinding(t, normaliseShared(t).text)],
];

function timeStage(fn: Stage[1]): number {
  for (const it of items) fn(it.text, it.context);
  const t0 = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) for (const it of items) fn(it.text, it.context);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / (ROUNDS * items.length);
}

console.log(
  `${items.length} bench replies, ${ROUNDS} rounds; CPU µs per reply (normalise included where a stage needs it)`,
);
const base = timeStage(STAGES[1]?.[1] ?? (() => 0));
for (const [name, fn] of STAGES) {
  const us = timeStage(fn);
  const own =
    name === 'normalise' || name === 'check (whole)' || name === 'masked profanity' ? us : us - base;
  console.log(`  ${name.padEnd(20)} ${us.toFixed(1).padStart(7)}   (${own.toFixed(1)} without normalise)`);
}

/** Per-regex wall time, through a timing `exec` on each pattern. */
const spent = new Map<string, { us: number; calls: number; found: number }>();
function wrap(owner: string, re: RegExp, source = re.source): void {
  const slot = { us: 0, calls: 0, found: 0 };
  spent.set(`${owner} ${source.slice(0, 50)}`, slot);
  // The pattern's own exec: a pattern read in code (codedPattern.ts) has its own.
  const exec = re.exec.bind(re);
  re.exec = function timed(s: string): RegExpExecArray | null {
    const t0 = performance.now();
    const m = exec(s);
    slot.us += (performance.now() - t0) * 1000;
    slot.calls++;
    if (m !== null) slot.found++;
    return m;
  };
}
// The engine runs its own copies of some patterns (a look-ahead of their first characters added).
const running = runningPatterns();
let k = 0;
for (const rule of PATTERN_RULES)
  for (const re of rule.patterns) wrap(rule.id, running[k++] ?? re, re.source);
const runningStructure = runningStructurePatterns();
let j = 0;
for (const c of STRUCTURAL_CHECKS) {
  for (const re of c.acts) wrap(`struct:${c.id}`, runningStructure[j++] ?? re, re.source);
  if (c.needs) wrap(`struct:${c.id}(needs)`, runningStructure[j] ?? c.needs, c.needs.source);
  j++;
}
for (let r = 0; r < ROUNDS; r++) for (const it of items) check(it.text, { ...it.context });
const ranked = [...spent.entries()].sort((a, b) => b[1].us - a[1].us);
const total = ranked.reduce((s, [, v]) => s + v.us, 0);
const per = ROUNDS * items.length;
console.log(`\nregex time per reply, all rules: ${(total / per).toFixed(1)} µs; top 40:`);
for (const [name, v] of ranked.slice(0, 40))
  console.log(
    `  ${(v.us / per).toFixed(2).padStart(6)} µs  ${String(Math.round(v.calls / ROUNDS)).padStart(6)} calls/round  ${String(Math.round(v.found / ROUNDS)).padStart(5)} found  ${name}`,
  );
