import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'labelled');
const ROUNDS = readdirSync(DIR)
  .filter((f) => f.startsWith('heldout-') && f.endsWith('.jsonl'))
  .map((f) => f.replace('.jsonl', ''))
  .sort();

/**
 * Figures per held-out round, printed in the tests' output (recall and false alarms per
 * language and category). Round 10 is blind: written after the class rules and the retrain,
 * committed before any verdict on it, never used for a rule, a threshold or training. Rounds
 * 7–9 have been looked at (their escaping classes drove rules/structEvasion.ts): development
 * figures now. Rounds 4–6 joined the tuned labelled set. No threshold is asserted: a blind
 * figure is reported, not fitted.
 */
const BLIND = new Set(['heldout-round10']);

describe('held-out rounds', () => {
  it.each(ROUNDS)('reports recall and false alarms for %s', (round) => {
    const figures = roundFigures(round, loadLabelled(round));
    const status = BLIND.has(round) ? '[BLIND]' : '[seen, development]';
    console.log(figures.map((f) => `${status} ${describeFigures(f)}`).join('\n'));
    expect(figures.reduce((n, f) => n + f.violating + f.compliant, 0)).toBeGreaterThan(0);
  });
});
