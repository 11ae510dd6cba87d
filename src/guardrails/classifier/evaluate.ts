import { CATEGORIES } from '../types.js';
import { Random } from './random.js';
import { fitAndCalibrate, scoreRow, type Fitted, type Row, type TrainOptions } from './train.js';

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

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function figures(
  rows: readonly Row[],
  scores: readonly number[][],
  thresholds: readonly number[],
): Figures[] {
  return (['zh', 'en'] as const).map((lang) => {
    const idx = rows.map((r, i) => (r.item.lang === lang ? i : -1)).filter((i) => i >= 0);
    const hit = (i: number, c?: number): boolean =>
      (scores[i] ?? []).some((s, k) => (c === undefined || k === c) && s >= (thresholds[k] as number));
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
 * k-fold cross-validation grouped by template: each fold's items are scored by a model that saw
 * none of their templates, trained and calibrated by the same procedure as the shipped model.
 */
export function kFold(
  rows: readonly Row[],
  k: number,
  opts: TrainOptions,
  lawful: readonly Row[] = [],
): { folds: Figures[][]; pooled: Figures[] } {
  const rnd = new Random(opts.seed + 1);
  const templates = rnd.shuffle([...new Set(rows.map((r) => r.item.template))].sort());
  const foldOf = new Map(templates.map((t, i) => [t, i % k]));
  const folds: Figures[][] = [];
  const allRows: Row[] = [];
  const allScores: number[][] = [];
  const allThresholds: number[][] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = rows.filter((r) => foldOf.get(r.item.template) !== fold);
    const test = rows.filter((r) => foldOf.get(r.item.template) === fold);
    const model: Fitted = fitAndCalibrate(train, opts, lawful);
    const scores = test.map((r) => scoreRow(model, r.f));
    folds.push(figures(test, scores, model.thresholds));
    allRows.push(...test);
    allScores.push(...scores);
    allThresholds.push(...test.map(() => model.thresholds));
  }
  // Pooled: every item judged against its own fold's thresholds.
  const pooledScores = allScores.map((s, i) =>
    s.map((v, c) => v - ((allThresholds[i] ?? [])[c] ?? 0.5) + 0.5),
  );
  return {
    folds,
    pooled: figures(
      allRows,
      pooledScores,
      CATEGORIES.map(() => 0.5),
    ),
  };
}
