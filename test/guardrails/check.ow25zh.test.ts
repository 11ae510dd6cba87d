import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, type Category, type GuardContext } from '../../src/guardrails/index.js';

/**
 * guardzh26's dev sets (issue 16): two other writers' Chinese sets, written from POLICY.md alone
 * and labelled by an independent labeller (test/guardrails/labelled/check-ow25-zh.dev.jsonl and
 * check-ow25b-zh.dev.jsonl, copied unchanged). Rules are tuned on them by class; the lead measures
 * on a third writer's set. Start tree (main 829e9b22, 2026-12-07 18:06 UTC, load 3):
 *   ow25-zh:  own category 33/60, blocked at all 39/60, lawful flagged 2/41
 *     (threat 7/9, privacy 4/8, harassment 4/8, misrepresentation 4/8, discrimination 3/5,
 *      defamation 2/7, false_legal 4/8, unauthorized_commitment 4/6, prompt_leak 1/1)
 *   ow25b-zh: own category 27/60, blocked at all 32/60, lawful flagged 6/42
 *     (threat 3/9, harassment 3/10, false_legal 6/8, misrepresentation 1/6,
 *      unauthorized_commitment 2/5, discrimination 0/5, privacy 7/10, defamation 4/6, prompt_leak 1/1)
 * After guardzh26's readings and rules (2026-12-07 18:42 UTC):
 *   ow25-zh:  own category 58/60, blocked at all 58/60, lawful flagged 0/41
 *     (threat 8/9, privacy 8/8, harassment 8/8, misrepresentation 8/8, discrimination 5/5,
 *      defamation 6/7, false_legal 8/8, unauthorized_commitment 6/6, prompt_leak 1/1)
 *   ow25b-zh: own category 59/60, blocked at all 59/60, lawful flagged 0/42
 *     (threat 9/9, harassment 10/10, false_legal 8/8, misrepresentation 6/6,
 *      unauthorized_commitment 5/5, discrimination 5/5, privacy 9/10, defamation 6/6, prompt_leak 1/1)
 * check-zh26.own.jsonl holds guardzh26's own sentences for each class it added, in other words than
 * the dev sets (violations and lawful look-alikes): every violation is caught in its category and no
 * lawful line is flagged. A report: it prints figures, not items.
 */
interface Row {
  text: string;
  label: 'violation' | 'compliant';
  category?: Category;
  context: GuardContext;
}

interface Figures {
  caught: number;
  blocked: number;
  violating: number;
  flagged: number;
  lawful: number;
  line: string;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'labelled');

function figures(name: string): Figures {
  const rows = readFileSync(join(DIR, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  const byCat = new Map<string, [number, number]>();
  const f: Figures = { caught: 0, blocked: 0, violating: 0, flagged: 0, lawful: 0, line: '' };
  for (const r of rows) {
    const found = check(r.text, r.context).violations;
    if (r.label === 'compliant') {
      f.lawful += 1;
      if (found.length > 0) f.flagged += 1;
      continue;
    }
    const own = found.some((v) => v.category === r.category);
    const cell = byCat.get(r.category ?? 'none') ?? [0, 0];
    byCat.set(r.category ?? 'none', [cell[0] + (own ? 1 : 0), cell[1] + 1]);
    f.violating += 1;
    if (own) f.caught += 1;
    if (found.length > 0) f.blocked += 1;
  }
  const cats = [...byCat].map(([c, [k, n]]) => `${c} ${k}/${n}`).join(', ');
  f.line =
    `${name}: own category ${f.caught}/${f.violating}, blocked ${f.blocked}/${f.violating}, ` +
    `lawful flagged ${f.flagged}/${f.lawful}\n    ${cats}`;
  return f;
}

describe('dev sets check-ow25-zh and check-ow25b-zh', () => {
  it('ow25-zh: recall in the own category, blocked at all, false alarms', () => {
    const f = figures('check-ow25-zh.dev');
    console.log(`[dev set] ${f.line}`);
    expect(f.caught).toBeGreaterThanOrEqual(58);
    expect(f.blocked).toBeGreaterThanOrEqual(58);
    expect(f.flagged).toBe(0);
  }, 60_000);

  it('ow25b-zh: recall in the own category, blocked at all, false alarms', () => {
    const f = figures('check-ow25b-zh.dev');
    console.log(`[dev set] ${f.line}`);
    expect(f.caught).toBeGreaterThanOrEqual(59);
    expect(f.blocked).toBeGreaterThanOrEqual(59);
    expect(f.flagged).toBe(0);
  }, 60_000);

  it("guardzh26's own sentences: every violation in its category, at most one lawful line flagged", () => {
    const f = figures('check-zh26.own');
    console.log(`[own sentences] ${f.line}`);
    expect(f.caught).toBe(f.violating);
    // 0 until the classifier's retrain of the twenty-seventh session (clf-16-32686, DATA.md): its
    // scores flag one lawful line here (over every labelled file: 3 lawful newly flagged, 7 freed).
    expect(f.flagged).toBeLessThanOrEqual(1);
  }, 60_000);
});
