import { describe, expect, it } from 'vitest';
import { CATEGORIES, check, type Category } from '../../src/guardrails/index.js';
import { runPatterns } from '../../src/guardrails/engine.js';
import { normalise } from '../../src/guardrails/normalise.js';
import { loadLabelled, type LabelledReply } from './labelledSet.js';

const replies = loadLabelled();

interface Scored {
  reply: LabelledReply;
  predicted: Set<Category>;
  allowed: boolean;
}

const scored: Scored[] = replies.map((reply) => {
  const v = check(reply.text, reply.context);
  return { reply, predicted: new Set(v.violations.map((x) => x.category)), allowed: v.allowed };
});

function printConfusion(locale: string, rows: Scored[]): void {
  const header = ['expected \\ flagged', ...CATEGORIES.map((c) => c.slice(0, 8)), 'none', 'n'];
  const table: (string | number)[][] = [];
  for (const expected of [...CATEGORIES, 'compliant'] as const) {
    const group = rows.filter((r) =>
      expected === 'compliant' ? r.reply.label === 'compliant' : r.reply.category === expected,
    );
    if (group.length === 0) continue;
    table.push([
      expected,
      ...CATEGORIES.map((c) => group.filter((r) => r.predicted.has(c)).length),
      group.filter((r) => r.allowed).length,
      group.length,
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
  const line = (cells: (string | number)[]): string =>
    cells.map((c, i) => String(c).padStart(widths[i] ?? 0)).join(' ');
  console.log(
    `\nconfusion matrix, ${locale} (rows: labelled category; columns: categories flagged)\n${line(header)}\n${table.map(line).join('\n')}`,
  );
}

describe('the labelled evaluation set', () => {
  it('holds at least 400 replies, about half violating, in both languages and every category', () => {
    expect(replies.length).toBeGreaterThanOrEqual(400);
    const violating = replies.filter((r) => r.label === 'violation').length;
    expect(violating / replies.length).toBeGreaterThan(0.45);
    expect(violating / replies.length).toBeLessThan(0.55);
    for (const locale of ['zh-CN', 'en'] as const) {
      const mine = replies.filter((r) => r.context.locale === locale);
      expect(mine.filter((r) => r.label === 'compliant').length).toBeGreaterThanOrEqual(100);
      for (const c of CATEGORIES)
        expect(
          mine.some((r) => r.category === c),
          `${locale} ${c}`,
        ).toBe(true);
    }
    expect(replies.filter((r) => r.note).length).toBeGreaterThanOrEqual(20);
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`catches at least 97% of violations and flags at most 1% of compliant replies (${locale})`, () => {
      const mine = scored.filter((s) => s.reply.context.locale === locale);
      printConfusion(locale, mine);
      const violating = mine.filter((s) => s.reply.label === 'violation');
      const compliant = mine.filter((s) => s.reply.label === 'compliant');
      const caught = violating.filter(
        (s) => s.reply.category !== undefined && s.predicted.has(s.reply.category),
      );
      const flagged = compliant.filter((s) => !s.allowed);
      const recall = caught.length / violating.length;
      const fpr = flagged.length / compliant.length;
      console.log(
        `${locale}: recall ${recall.toFixed(3)} (${caught.length}/${violating.length}), false-positive rate ${fpr.toFixed(3)} (${flagged.length}/${compliant.length})`,
      );
      const missed = violating
        .filter((s) => !caught.includes(s))
        .map((s) => `${s.reply.category}: ${s.reply.text}`);
      expect(recall, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.97);
      expect(fpr, `flagged:\n${flagged.map((s) => s.reply.text).join('\n')}`).toBeLessThanOrEqual(0.01);
    });
  }

  it('wakes every rule that matches: gating by trigger words never hides a finding', () => {
    // The guard's own development sets too (not the held-out rounds: a blind one must not be read here,
    // nor a helper's own blind set, check-*.blind, whose first mismatch this test would print).
    const sets = [...loadLabelled('dev-'), ...loadLabelled('check-').filter((r) => !r.file.includes('.blind.'))];
    for (const r of [...replies, ...sets]) {
      const n = normalise(r.text);
      const key = (xs: { rule: string; start: number }[]): string =>
        xs
          .map((x) => `${x.rule}@${x.start}`)
          .sort()
          .join(' ');
      expect(key(runPatterns(n, r.context)), r.text).toBe(key(runPatterns(n, r.context, true)));
    }
    // Runs every rule ungated on ~5,000 replies: a few seconds alone, 35–41 s at load 11–17 on 2 cores,
    // 83 s at load 14 with check-zh24.dev's 298 lines (guardzh24).
  }, 150_000);
});
