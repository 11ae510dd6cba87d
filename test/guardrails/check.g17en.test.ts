import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, type Category, type GuardContext } from '../../src/guardrails/index.js';

/**
 * guard17en's check set (issue 16, test/guardrails/labelled/check-g17.en.jsonl): own wording by
 * class in US, UK, Kenyan, Nigerian, Indian, South African and Filipino registers — contacts told
 * of the debt and asked to press the borrower, contacts blasted at a set hour, death wished or
 * promised, charges served at work, custody, a sheriff at HR, invented bureaus, judgments and liens,
 * smearing notices, profanity and slurs under dashes, veteran/welfare/age jibes, the car reported
 * stolen — and lawful near-misses (regulators' advice, due and received texts, truthful
 * further-action letters, mini-Miranda and validation notices, anti-fraud warnings). Written and
 * committed before any rule change and measured then (recall 43/68 in the own category, 57/68
 * blocked, lawful flagged 6/69) and after (68/68, 68/68, 5/69). A report: it prints figures, not items.
 */
interface Row {
  text: string;
  label: 'violation' | 'compliant';
  category?: Category;
  also?: Category[];
  context: GuardContext;
}

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'labelled', 'check-g17.en.jsonl');

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
    `check-g17 en: recall ${(caught / violating).toFixed(3)} (${caught}/${violating}), ` +
    `false alarms ${flagged}/${lawful}; also-categories ${alsoCaught}/${alsoAll}\n    ${cats}`;
  return { caught, violating, flagged, lawful, line };
}

describe('check set check-g17 (en)', () => {
  it('reports recall in the own category and false alarms', () => {
    const f = figures();
    console.log(`[own check set] ${f.line}`);
    expect(f.violating).toBe(68);
    expect(f.lawful).toBe(69);
    // Floors at what the readings reached: violations caught, lawful texts flagged at most.
    expect(f.caught).toBeGreaterThanOrEqual(68);
    expect(f.flagged).toBeLessThanOrEqual(5);
  }, 30_000);
});
