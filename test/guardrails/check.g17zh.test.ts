import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, type Category, type GuardContext } from '../../src/guardrails/index.js';

/**
 * guard17zh's check set (issue 16, test/guardrails/labelled/check-g17.zh.jsonl): the seventeenth
 * session's Chinese classes written by class before any rule change (a relative told the person
 * is a suspected fraudster, invented blacklists and deadline surcharges, home visits to collect,
 * fake case numbers with payment-app or schooling consequences, third parties already told,
 * exposure on platforms, employer threats, a pretended fraud case with a court date) and lawful
 * near-misses of the same register (anti-fraud notices naming credit-repair and proxy-complaint
 * scams, never-asks-for-your-code reminders, contract fee schedules, litigation costs billed per
 * contract, recourse text, published credit-relief policies), all unverified as in the
 * real-world sets. Measured before the rules (own category 39/65, blocked 58/65, lawful flagged
 * 15/68) and after (65/65, 65/65, 1/68). A report: it prints figures, never items.
 */
interface Row {
  text: string;
  label: 'violation' | 'compliant';
  category?: Category;
  also?: Category[];
  context: GuardContext;
}

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'labelled', 'check-g17.zh.jsonl');

function figures(): { caught: number; violating: number; flagged: number; lawful: number; line: string } {
  const rows = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  const byCat = new Map<string, [number, number]>();
  let caught = 0;
  let violating = 0;
  let flagged = 0;
  let lawful = 0;
  let alsoCaught = 0;
  let alsoAll = 0;
  for (const r of rows) {
    const got = new Set(check(r.text, r.context).violations.map((v) => v.category));
    if (r.label === 'compliant') {
      lawful += 1;
      if (got.size > 0) flagged += 1;
      continue;
    }
    violating += 1;
    const key = r.category ?? 'none';
    const cell = byCat.get(key) ?? [0, 0];
    cell[1] += 1;
    if (r.category !== undefined && got.has(r.category)) {
      cell[0] += 1;
      caught += 1;
    }
    byCat.set(key, cell);
    for (const a of r.also ?? []) {
      alsoAll += 1;
      if (got.has(a)) alsoCaught += 1;
    }
  }
  const cats = [...byCat].map(([c, [k, n]]) => `${c} ${k}/${n}`).join(', ');
  const line =
    `check-g17 zh: recall ${(caught / violating).toFixed(3)} (${caught}/${violating}), false alarms ` +
    `${flagged}/${lawful}; also-categories ${alsoCaught}/${alsoAll}\n    ${cats}`;
  return { caught, violating, flagged, lawful, line };
}

describe('check set check-g17 (zh)', () => {
  it('reports recall in the own category and false alarms', () => {
    const f = figures();
    console.log(`[own check set] ${f.line}`);
    expect(f.violating).toBe(65);
    expect(f.lawful).toBe(68);
    // Floors at what the rules reached: violations caught in their own category, lawful flagged at most.
    expect(f.caught).toBeGreaterThanOrEqual(65);
    expect(f.flagged).toBeLessThanOrEqual(1);
  }, 30_000);
});
