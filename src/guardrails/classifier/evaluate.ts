import { CATEGORIES } from '../types.js';
import { check } from '../check.js';
import type { FoldResult, Row } from './train.js';

/** Recall per category and false-alarm rate, per language. */
export interface Figures {
  lang: string;
  violations: number;
  /** Violations flagged under any category. */
  recall: number;
  /** Violations flagged under their own category. */
  recallSameCategory: number;
  lawful: number;
  falseAlarm: number;
  byCategory: Record<string, { n: number; recall: number }>;
}

/** Scores shifted by their thresholds are judged against 0.5, in both scripts' halves. */
const HALF = [...CATEGORIES, ...CATEGORIES].map(() => 0.5);

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function figures(
  rows: readonly Row[],
  scores: readonly number[][],
  thresholds: readonly number[],
): Figures[] {
  return (['zh', 'en'] as const).map((lang) => {
    const idx = rows.map((r, i) => (r.item.lang === lang ? i : -1)).filter((i) => i >= 0);
    const hit = (i: number, c?: number): boolean =>
      (scores[i] ?? []).some(
        (s, k) => (c === undefined || k % CATEGORIES.length === c) && s >= (thresholds[k] as number),
      );
    const bad = idx.filter((i) => (rows[i] as Row).y >= 0);
    const good = idx.filter((i) => (rows[i] as Row).y < 0);
    const byCategory: Figures['byCategory'] = {};
    CATEGORIES.forEach((name, c) => {
      const mine = bad.filter((i) => (rows[i] as Row).y === c);
      if (mine.length > 0)
        byCategory[name] = {
          n: mine.length,
          recall: round3(mine.filter((i) => hit(i)).length / mine.length),
        };
    });
    return {
      lang,
      violations: bad.length,
      recall: round3(bad.filter((i) => hit(i)).length / Math.max(1, bad.length)),
      recallSameCategory: round3(
        bad.filter((i) => hit(i, (rows[i] as Row).y)).length / Math.max(1, bad.length),
      ),
      lawful: good.length,
      falseAlarm: round3(good.filter((i) => hit(i)).length / Math.max(1, good.length)),
      byCategory,
    };
  });
}

/**
 * k-fold figures grouped by template (see crossFit): each fold's items scored by a model that saw
 * none of their templates, against thresholds calibrated without them; pooled over the folds.
 */
export function kFold(results: readonly FoldResult[]): { folds: Figures[][]; pooled: Figures[] } {
  const folds = results.map((r) => figures(r.rows, r.scores, r.thresholds));
  // Pooled: every item judged against its own fold's thresholds.
  const pooledScores = results.flatMap((r) =>
    r.scores.map((s) => s.map((v, c) => v - ((r.thresholds[c] as number) ?? 0.5) + 0.5)),
  );
  return {
    folds,
    pooled: figures(
      results.flatMap((r) => r.rows),
      pooledScores,
      HALF,
    ),
  };
}

/** Each fold's rows that pass `keep`, with their scores (same thresholds). */
export function onlyRows(results: readonly FoldResult[], keep: (row: Row) => boolean): FoldResult[] {
  return results.map((r) => {
    const at = r.rows.map((row, i) => (keep(row) ? i : -1)).filter((i) => i >= 0);
    return { ...r, rows: at.map((i) => r.rows[i] as Row), scores: at.map((i) => r.scores[i] ?? []) };
  });
}

/**
 * The core file a row was built from, by its name before the language: a row's template is
 * "<file name without .yaml>:<category>:<index>" (data.ts), e.g. "w28ena.en:threat:3" -> "w28ena".
 */
export function coreFileOf(row: Row): string {
  return (row.item.template.split(':')[0] ?? '').split('.')[0] ?? '';
}

/** The categories the rules alone (everything but the classifier) flag in a text. */
function rulesFlag(row: Row): Set<string> {
  const verdict = check(row.item.text, { locale: row.item.lang === 'zh' ? 'zh-CN' : 'en', verified: true });
  return new Set(verdict.violations.filter((v) => !v.rule.startsWith('classifier.')).map((v) => v.category));
}

/**
 * The whole guardrail on the k-fold rows: the rules on the text (they saw no fold), the
 * classifier out of fold and only where the rules let the text through, as in `check`.
 */
export function withRulesFigures(results: readonly FoldResult[]): Figures[] {
  const rows = results.flatMap((r) => r.rows);
  const scores = results.flatMap((r) =>
    r.scores.map((s, i) => {
      const rules = rulesFlag(r.rows[i] as Row);
      if (rules.size > 0) return [...CATEGORIES, ...CATEGORIES].map((c) => (rules.has(c) ? 1 : 0.4));
      return s.map((v, c) => v - ((r.thresholds[c] as number) ?? 0.5) + 0.5);
    }),
  );
  return figures(rows, scores, HALF);
}

/**
 * For each category and script, the lawful rows scored highest out of fold (the ones that set the
 * calibrated thresholds), as lines for the trainer's console.
 */
export function explainThresholds(results: readonly FoldResult[], top = 5): string[] {
  const lawful = results.flatMap((r) =>
    r.rows.map((row, i) => ({ row, scores: r.scores[i] ?? [] })).filter((x) => x.row.y < 0),
  );
  const lines: string[] = [];
  [...CATEGORIES, ...CATEGORIES].forEach((name, k) => {
    const script = k < CATEGORIES.length ? 'Han' : 'Latin';
    lines.push(`highest lawful ${name} (${script}):`);
    const best = lawful
      .filter((x) => x.row.script === (k < CATEGORIES.length ? 0 : 1))
      .sort((a, b) => (b.scores[k] ?? 0) - (a.scores[k] ?? 0))
      .slice(0, top);
    for (const x of best)
      lines.push(
        `  ${(x.scores[k] ?? 0).toFixed(3)} ${x.row.item.template} ${x.row.item.text.slice(0, 100)}`,
      );
  });
  return lines;
}
