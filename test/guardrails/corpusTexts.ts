import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchReplies } from '../../bench/guardrailsCorpus.js';
import { normalise } from '../../src/guardrails/normalise.js';
import { loadLabelled } from './labelledSet.js';

const TRAINING = join(dirname(fileURLToPath(import.meta.url)), '../../training/guardrails');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Every normalised text the engine's equivalence tests read: each line of every file under
 * training/guardrails (items, templates and slot values alike), every labelled reply and every
 * bench reply, without repeats.
 */
export function corpusTexts(): string[] {
  const lines = filesUnder(TRAINING).flatMap((f) => readFileSync(f, 'utf8').split('\n'));
  const raw = [
    ...lines.map((l) => l.trim()).filter((l) => l.length > 0),
    ...loadLabelled('').map((r) => r.text),
    ...benchReplies().map((r) => r.text),
  ];
  return [...new Set(raw.map((t) => normalise(t).text))];
}
