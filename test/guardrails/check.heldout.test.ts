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
 * language and category). Every round here has been looked at: rounds 7–10 drove class rules
 * (rules/structEvasion.ts, then structImplied/structRegister/structIdioms after round 10), so
 * their figures are regression figures, not evidence; rounds 4–6 joined the tuned labelled set.
 * The next blind round is held outside the repository. No threshold is asserted: a blind figure
 * is reported, not fitted.
 */
const BLIND = new Set<string>();

describe('held-out rounds', () => {
  it.each(ROUNDS)('reports recall and false alarms for %s', (round) => {
    const figures = roundFigures(round, loadLabelled(round));
    const status = BLIND.has(round) ? '[BLIND]' : '[seen, development]';
    console.log(figures.map((f) => `${status} ${describeFigures(f)}`).join('\n'));
    expect(figures.reduce((n, f) => n + f.violating + f.compliant, 0)).toBeGreaterThan(0);
  });
});
