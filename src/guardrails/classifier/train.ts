import { CATEGORIES, type Category } from '../types.js';
import { normalise } from '../normalise.js';
import type { TrainingItem } from './data.js';
import { BUCKETS, features } from './features.js';
import type { ClassWeights, ModelParts } from './model.js';
import { Random } from './random.js';

/**
 * Trains the classifier: one logistic model per category (multi-label, one-vs-rest) by AdaGrad
 * over hashed n-grams, in a seeded order, so the same data and seed give the same bytes.
 * Thresholds come from a validation split grouped by template (no template on both sides):
 * each category's threshold is the lowest that keeps lawful validation items flagged by any
 * category at or under the target false-alarm rate.
 */
export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  /** Share of templates held out for calibration. */
  validationShare: number;
  /** Target false-alarm rate on lawful validation items, over all categories together. */
  targetFalseAlarm: number;
  /** No category's threshold goes below this (the classifier is a high-precision second line). */
  minThreshold: number;
  /** Weight of a positive example against a negative one (positives are rare per category). */
  positiveWeight: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  seed: 16,
  epochs: 8,
  learningRate: 0.5,
  validationShare: 0.2,
  targetFalseAlarm: 0.005,
  positiveWeight: 3,
  minThreshold: 0.75,
};

export interface Row {
  f: Int32Array;
  y: number;
  item: TrainingItem;
}

export interface Fitted {
  weights: Float64Array[];
  bias: Float64Array;
  thresholds: number[];
}

export function vectorise(items: readonly TrainingItem[]): Row[] {
  return items.map((item) => ({
    f: features(normalise(item.text).text),
    y: item.category === undefined ? -1 : CATEGORIES.indexOf(item.category),
    item,
  }));
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function fit(rows: readonly Row[], opts: TrainOptions, rnd: Random): Omit<Fitted, 'thresholds'> {
  const k = CATEGORIES.length;
  const weights = CATEGORIES.map(() => new Float64Array(BUCKETS));
  const grads = CATEGORIES.map(() => new Float64Array(BUCKETS).fill(1e-8));
  const bias = new Float64Array(k).fill(-2);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const i of rnd.shuffle(order)) {
      const row = rows[i] as Row;
      const norm = row.f.length > 0 ? 1 / Math.sqrt(row.f.length) : 0;
      for (let c = 0; c < k; c++) {
        const w = weights[c] as Float64Array;
        const g2 = grads[c] as Float64Array;
        let z = bias[c] as number;
        for (const f of row.f) z += (w[f] as number) * norm;
        const g = row.y === c ? opts.positiveWeight * (sigmoid(z) - 1) : sigmoid(z);
        bias[c] = (bias[c] as number) - 0.05 * g;
        const gf = g * norm;
        for (const f of row.f) {
          g2[f] = (g2[f] as number) + gf * gf;
          w[f] = (w[f] as number) - (opts.learningRate * gf) / Math.sqrt(g2[f]);
        }
      }
    }
  }
  return { weights, bias };
}

/**
 * The weights as the int8 file will hold them (rounded to one of 255 steps per category), so
 * thresholds are calibrated on the scores the committed model will actually give.
 */
function asQuantised(model: Omit<Fitted, 'thresholds'>): Omit<Fitted, 'thresholds'> {
  const weights = model.weights.map((w) => {
    const q = new Int8Array(w.length);
    const scale = quantise(w, q);
    return Float64Array.from(q, (v) => v * scale);
  });
  return { weights, bias: model.bias };
}

export function scoreRow(model: Omit<Fitted, 'thresholds'>, f: Int32Array): number[] {
  const norm = f.length > 0 ? 1 / Math.sqrt(f.length) : 0;
  return model.weights.map((w, c) => {
    let z = model.bias[c] as number;
    for (const i of f) z += (w[i] as number) * norm;
    return sigmoid(z);
  });
}

/**
 * Thresholds that keep the false-alarm rate (any category flagged) at or under the target in
 * every group of lawful rows (language × source), so easy generated text cannot hide real misses.
 */
function calibrate(
  scores: number[][],
  groups: (string | undefined)[],
  target: number,
  floor: number,
): number[] {
  const thresholds = CATEGORIES.map(() => floor);
  const names = [...new Set(groups.filter((g): g is string => g !== undefined))];
  const lawful = names.map((g) => scores.filter((_, i) => groups[i] === g));
  const rate = (rows: number[][]): number =>
    rows.filter((s) => s.some((v, c) => v >= (thresholds[c] as number))).length / Math.max(1, rows.length);
  for (let step = 0; step < 400; step++) {
    const worstGroup = lawful.reduce((a, b) => (rate(b) > rate(a) ? b : a), lawful[0] ?? []);
    if (rate(worstGroup) <= target) break;
    // Raise the threshold of the category that flags the most lawful rows of that group.
    const counts = thresholds.map((t, c) => worstGroup.filter((s) => (s[c] as number) >= t).length);
    const worst = counts.indexOf(Math.max(...counts));
    const over = worstGroup.map((s) => s[worst] as number).filter((v) => v >= (thresholds[worst] as number));
    thresholds[worst] = Math.min(0.999, Math.min(...over) + 1e-6);
  }
  return thresholds;
}

/** Splits templates (not items) into two groups, deterministically. */
export function splitByTemplate(rows: readonly Row[], share: number, rnd: Random): [Row[], Row[]] {
  const templates = rnd.shuffle([...new Set(rows.map((r) => r.item.template))].sort());
  const held = new Set(templates.slice(0, Math.round(templates.length * share)));
  return [rows.filter((r) => !held.has(r.item.template)), rows.filter((r) => held.has(r.item.template))];
}

/**
 * Fit on one part of the templates, calibrate on the rest plus `lawful` rows that are never
 * trained on (the tuned labelled set's lawful replies: real bank wording, see DATA.md).
 */
export function fitAndCalibrate(
  rows: readonly Row[],
  opts: TrainOptions,
  lawful: readonly Row[] = [],
): Fitted {
  const rnd = new Random(opts.seed);
  const [train, split] = splitByTemplate(rows, opts.validationShare, rnd);
  const model = asQuantised(fit(train, opts, rnd));
  const validation = [...split, ...lawful];
  const scores = validation.map((r) => scoreRow(model, r.f));
  const groups = validation.map((r) =>
    r.y < 0 ? `${r.item.lang}:${r.item.template === 'labelled' ? 'real' : 'generated'}` : undefined,
  );
  return { ...model, thresholds: calibrate(scores, groups, opts.targetFalseAlarm, opts.minThreshold) };
}

function quantise(w: Float64Array, into: Int8Array): number {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  for (let i = 0; i < w.length; i++) into[i] = Math.round((w[i] as number) / scale);
  return scale;
}

/** The fitted model as written: its description and int8 weights, one block per category. */
export function toModelParts(model: Fitted, version: string, report: Record<string, unknown>): ModelParts {
  const weights = new Int8Array(CATEGORIES.length * BUCKETS);
  const classes: ClassWeights[] = CATEGORIES.map((category: Category, c) => {
    const scale = quantise(
      model.weights[c] as Float64Array,
      weights.subarray(c * BUCKETS, (c + 1) * BUCKETS),
    );
    const threshold = Math.round((model.thresholds[c] as number) * 1e6) / 1e6;
    return { category, bias: model.bias[c] as number, scale, threshold };
  });
  return {
    file: { version, buckets: BUCKETS, classes, report },
    weights: new Uint8Array(weights.buffer),
  };
}
