import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchReplies } from '../../bench/guardrailsCorpus.js';
import { check, type GuardContext, type Verdict } from '../../src/guardrails/index.js';
import { loadLabelled } from './labelledSet.js';

/**
 * The full verdict of every labelled reply (all files under labelled/, held-out rounds included)
 * and of every bench reply, written once from the code before an engine change and compared
 * after it: an optimisation of the engine must not change a single verdict.
 *
 *   npx tsx test/guardrails/writeVerdictSnapshot.ts   # after a deliberate rule change
 */
export const SNAPSHOT_FILE = join(dirname(fileURLToPath(import.meta.url)), 'verdicts.snapshot.jsonl');

export interface SnapshotItem {
  /** Where the text comes from: a labelled file and line, or the bench reply's number. */
  src: string;
  text: string;
  context: GuardContext;
}

export function snapshotItems(): SnapshotItem[] {
  const labelled = loadLabelled('');
  const seenPerFile = new Map<string, number>();
  const items: SnapshotItem[] = labelled.map((r) => {
    const n = (seenPerFile.get(r.file) ?? 0) + 1;
    seenPerFile.set(r.file, n);
    return { src: `${r.file}:${n}`, text: r.text, context: r.context };
  });
  benchReplies().forEach((r, i) => items.push({ src: `bench:${i + 1}`, text: r.text, context: r.context }));
  return items;
}

export function keyOf(item: SnapshotItem): string {
  return createHash('sha256')
    .update(JSON.stringify([item.text, item.context]))
    .digest('hex')
    .slice(0, 16);
}

/** Status, every violation (rule, category, severity, span, score) and the classifier's opinion. */
export function describeVerdict(v: Verdict): string {
  const violations = v.violations
    .map(
      (x) =>
        `${x.rule}/${x.category}/${x.severity}@${x.span.start}-${x.span.end}${x.score === undefined ? '' : `=${x.score}`}`,
    )
    .join(' ');
  const c = v.classifier;
  const opinion = c ? `${c.category}=${c.score}/${c.threshold}${c.flagged ? '!' : ''}` : '-';
  return `${v.status} | ${violations} | ${opinion}`;
}

export function verdictOf(item: SnapshotItem): string {
  return describeVerdict(check(item.text, { ...item.context }));
}

export function readSnapshot(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(SNAPSHOT_FILE, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { k: string; v: string };
    out.set(row.k, row.v);
  }
  return out;
}
