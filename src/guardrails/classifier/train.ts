import { CATEGORIES, type Category } from '../types.js';
import { normalise } from '../normalise.js';
import type { TrainingItem } from './trainingItem.js';
import { BUCKETS, features, latinScript, rangeFeatures } from './features.js';
import { segmentBounds } from './segments.js';
import type { ClassWeights, ModelParts } from './model.js';
import { solveLogistic, toSparse } from './optimise.js';
import { Random } from './random.js';
import { calibrate } from './calibrate.js';

/**
 * Trains the classifier: one L2-regularised logistic model per category (multi-label,
 * one-vs-rest) over hashed n-grams normalised per document, each solved to convergence by
 * L-BFGS (optimise.ts). The objective is convex, so the weights depend on the data alone, not on
 * an order or a learning-rate schedule: retraining gives the same bytes and a few new rows move
 * the weights a little. Rows are weighted so every template counts about as much as its size's
 * square root (a template expanded 60 times does not drown a free sentence), and positives of a
 * category are weighted up to balance its negatives. Thresholds come from out-of-fold scores:
 * folds grouped by template, each lawful row scored by the model that never saw its template,
 * plus the tuned labelled set's lawful replies (never trained on); the thresholds are raised
 * together, each step the raise that loses the fewest out-of-fold violations per false alarm
 * removed (calibrate.ts), until every group of lawful rows is flagged at or under the target rate.
 */
export interface TrainOptions {
  seed: number;
  /** λ of the L2 penalty on the weighted mean log-loss. */
  l2: number;
  maxIterations: number;
  tolerance: number;
  /** Folds (grouped by template) for calibration and the k-fold figures. */
  folds: number;
  /** Target false-alarm rate in every group of lawful rows, over all categories together. */
  targetFalseAlarm: number;
  /**
   * Target in the groups of real lawful messages (the tuned labelled set's replies and the
   * calibration split), never trained on; `targetFalseAlarm` when absent.
   */
  targetFalseAlarmReal?: number;
  /**
   * A target per script (DATA.md): the Han-script thresholds calibrated on the Han-script lawful
   * rows against `han`, the Latin-script ones on the Latin-script rows against `latin`
   * (`generated` for generated rows, `real` for the real groups; each falls back to the targets
   * above). When set, the calibration groups are by script rather than by language.
   */
  targetByScript?: ScriptTargets;
  /** No category's threshold goes below this. */
  minThreshold: number;
  /** Most a positive row is weighted up against a negative one (class balancing). */
  maxPositiveWeight: number;
  /**
   * Segment scoring (segments.ts): every row calibrated on or reported is scored as the highest
   * over its segments and the whole text, as the model file then tells inference to. The fit is
   * the same either way. Off when absent.
   */
  segments?: boolean;
}

export interface ScriptTarget {
  generated?: number;
  real?: number;
}

export interface ScriptTargets {
  han?: ScriptTarget;
  latin?: ScriptTarget;
}

export const DEFAULT_TRAIN: TrainOptions = {
  seed: 16,
  l2: 1e-5,
  maxIterations: 100,
  tolerance: 1e-6,
  folds: 5,
  targetFalseAlarm: 0.005,
  minThreshold: 0.6,
  maxPositiveWeight: 20,
};

export interface Row {
  f: Int32Array;
  y: number;
  item: TrainingItem;
  /** 1 when the text is mostly Latin script: its thresholds are the second half (see `widen`). */
  script: 0 | 1;
  /** Each segment's features when the text has two or more segments (segments.ts). */
  segments?: Int32Array[];
}

export interface Linear {
  weights: Float64Array[];
  bias: Float64Array;
}

export interface Fitted extends Linear {
  /** 2 × categories: Han-script thresholds, then Latin-script ones (see `widen`). */
  thresholds: number[];
}

export function vectorise(items: readonly TrainingItem[]): Row[] {
  return items.map((item) => {
    const text = normalise(item.text).text;
    const y = item.category === undefined ? -1 : CATEGORIES.indexOf(item.category);
    const bounds = segmentBounds(text);
    const row: Row = { f: features(text), y, item, script: latinScript(text) ? 1 : 0 };
    if (bounds.length > 2)
      row.segments = bounds.slice(1).map((end, s) => rangeFeatures(text, bounds[s] as number, end));
    return row;
  });
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Each row's weight before class balancing: 1/√(rows of its template). */
function templateWeights(rows: readonly Row[]): Float64Array {
  const size = new Map<string, number>();
  for (const r of rows) size.set(r.item.template, (size.get(r.item.template) ?? 0) + 1);
  return Float64Array.from(rows, (r) => 1 / Math.sqrt(size.get(r.item.template) ?? 1));
}

/** Row weights for one category: positives scaled to balance negatives (capped), summing to 1. */
function classWeights(base: Float64Array, y: Uint8Array, maxPositive: number): Float64Array {
  let pos = 0;
  let neg = 0;
  base.forEach((w, i) => (y[i] === 1 ? (pos += w) : (neg += w)));
  const up = pos > 0 ? Math.min(maxPositive, Math.max(1, neg / pos)) : 1;
  const total = neg + up * pos;
  return Float64Array.from(base, (w, i) => ((y[i] === 1 ? up : 1) * w) / Math.max(1e-12, total));
}

/** Progress lines for a long run (the trainer's console); silent by default. */
export type Progress = (line: string) => void;

/**
 * Rows renumbered to the buckets that occur in them (a bucket no row has keeps weight 0 under
 * the penalty, so the solver need not carry it), and the way back.
 */
function compact(rows: readonly Row[]): { rows: Int32Array[]; buckets: Int32Array } {
  const id = new Int32Array(BUCKETS).fill(-1);
  const buckets: number[] = [];
  const out = rows.map((r) =>
    Int32Array.from(r.f, (f) => {
      if (id[f] === -1) {
        id[f] = buckets.length;
        buckets.push(f);
      }
      return id[f] as number;
    }),
  );
  return { rows: out, buckets: Int32Array.from(buckets) };
}

export function fit(rows: readonly Row[], opts: TrainOptions, progress: Progress = () => {}): Linear {
  const { rows: compacted, buckets } = compact(rows);
  const sparse = toSparse(compacted, buckets.length);
  const base = templateWeights(rows);
  const weights: Float64Array[] = [];
  const bias = new Float64Array(CATEGORIES.length);
  CATEGORIES.forEach((_, c) => {
    const y = Uint8Array.from(rows, (r) => (r.y === c ? 1 : 0));
    const solved = solveLogistic(sparse, y, classWeights(base, y, opts.maxPositiveWeight), opts);
    const w = new Float64Array(BUCKETS);
    buckets.forEach((b, i) => (w[b] = solved.weights[i] as number));
    weights.push(w);
    bias[c] = solved.bias;
    progress(
      `  ${CATEGORIES[c]}: ${solved.iterations} iterations, gradient ${solved.gradient.toExponential(1)}`,
    );
  });
  return { weights, bias };
}

/**
 * The weights as the int8 file will hold them (rounded to one of 255 steps per category), so
 * thresholds are calibrated on the scores the committed model will actually give.
 */
function asQuantised(model: Linear): Linear {
  const weights = model.weights.map((w) => {
    const q = new Int8Array(w.length);
    const scale = quantise(w, q);
    const out = new Float64Array(q.length);
    for (let i = 0; i < q.length; i++) out[i] = (q[i] as number) * scale;
    return out;
  });
  return { weights, bias: model.bias };
}

/**
 * A row's scores laid out per script: Han-script text fills the first CATEGORIES.length slots,
 * Latin-script text the second (the other half is 0), so one list of 2 × categories thresholds
 * holds both scripts' thresholds and the calibration and figures below need no special case.
 */
export function widen(scores: number[], script: 0 | 1): number[] {
  const zero = scores.map(() => 0);
  return script === 0 ? [...scores, ...zero] : [...zero, ...scores];
}

/**
 * The model's scores of a row, widened by its script; with `segments`, each category's highest
 * over the whole text and its segments (as model.ts scores at inference).
 */
export function scoreWide(model: Linear, row: Row, segments = false): number[] {
  const whole = scoreRow(model, row.f);
  if (segments && row.segments !== undefined)
    for (const f of row.segments)
      scoreRow(model, f).forEach((p, c) => {
        if (p > (whole[c] as number)) whole[c] = p;
      });
  return widen(whole, row.script);
}

export function scoreRow(model: Linear, f: Int32Array): number[] {
  const norm = f.length > 0 ? 1 / Math.sqrt(f.length) : 0;
  return model.weights.map((w, c) => {
    let z = model.bias[c] as number;
    for (const i of f) z += (w[i] as number) * norm;
    return sigmoid(z);
  });
}

/** Template → fold, grouped by template and seeded (no template on both sides of a fold). */
export function foldsByTemplate(rows: readonly Row[], k: number, seed: number): number[] {
  const foldOf = templateFolds(
    rows.map((r) => r.item.template),
    k,
    seed,
  );
  return rows.map((r) => foldOf.get(r.item.template) ?? 0);
}

/** The template → fold map of `foldsByTemplate` (composition keeps a row's parts in one fold). */
export function templateFolds(templates: readonly string[], k: number, seed: number): Map<string, number> {
  const order = new Random(seed).shuffle([...new Set(templates)].sort());
  return new Map(order.map((t, i) => [t, i % k]));
}

/** One fold's out-of-fold result: its rows, their scores and the thresholds set without them. */
export interface FoldResult {
  rows: Row[];
  scores: number[][];
  thresholds: number[];
}

/**
 * Calibration groups: generated lawful rows, the tuned labelled set's, the calibration split's;
 * by language (`zh:generated`…), or by script (`han:generated`, `latin:real`…) when the options
 * give a target per script, so each script's thresholds answer to its own rows alone (a few
 * Chinese rows are mostly pinyin, hence Latin script).
 */
export function calibrationGroup(r: Row, opts: TrainOptions): string {
  const t = r.item.template;
  const source = t === 'labelled' ? 'real' : t === 'calibration' ? 'calibration' : 'generated';
  const by = opts.targetByScript === undefined ? r.item.lang : r.script === 1 ? 'latin' : 'han';
  return `${by}:${source}`;
}

/** The target of a calibration group (see `calibrationGroup`). */
export function groupTarget(group: string, opts: TrainOptions): number {
  const [by] = group.split(':');
  const script =
    by === 'han' ? opts.targetByScript?.han : by === 'latin' ? opts.targetByScript?.latin : undefined;
  return group.endsWith(':generated')
    ? (script?.generated ?? opts.targetFalseAlarm)
    : (script?.real ?? opts.targetFalseAlarmReal ?? opts.targetFalseAlarm);
}

/**
 * Thresholds from out-of-fold scores: `generated` holds every training row (violating rows say
 * what each raise costs in recall, lawful rows are calibrated on), `labelled` the real lawful rows
 * never trained on and `labelledScores` their scores.
 */
export function thresholdsFor(
  generated: readonly { row: Row; scores: number[] }[],
  labelled: readonly Row[],
  labelledScores: number[][],
  opts: TrainOptions,
): number[] {
  const lawful = generated.filter((g) => g.row.y < 0);
  const scores = [...lawful.map((g) => g.scores), ...labelledScores];
  const groups = [
    ...lawful.map((g) => calibrationGroup(g.row, opts)),
    ...labelled.map((r) => calibrationGroup(r, opts)),
  ];
  const violating = generated.filter((g) => g.row.y >= 0).map((g) => g.scores);
  return calibrate(scores, groups, (group) => groupTarget(group, opts), opts.minThreshold, violating);
}

/**
 * The shipped model (fitted on every row) with thresholds calibrated on out-of-fold lawful
 * scores, and each fold's out-of-fold figures with thresholds set without that fold's rows.
 * `lawful`: lawful rows never trained on (the tuned labelled set's lawful replies).
 */
export function crossFit(
  rows: readonly Row[],
  opts: TrainOptions,
  lawful: readonly Row[] = [],
  progress: Progress = () => {},
): {
  model: Fitted;
  folds: FoldResult[];
  /** The shipped model's and each fold's thresholds at another target (same scores, no refit). */
  recalibrate: (targets: Partial<TrainOptions>) => { thresholds: number[]; folds: number[][] };
} {
  const foldOf = foldsByTemplate(rows, opts.folds, opts.seed);
  const oof: { row: Row; scores: number[]; fold: number }[] = [];
  const labelledByFold: number[][][] = [];
  for (let k = 0; k < opts.folds; k++) {
    progress(`fold ${k + 1}/${opts.folds}`);
    const model = asQuantised(
      fit(
        rows.filter((_, i) => foldOf[i] !== k),
        opts,
        progress,
      ),
    );
    rows.forEach((row, i) => {
      if (foldOf[i] === k) oof.push({ row, scores: scoreWide(model, row, opts.segments), fold: k });
    });
    labelledByFold.push(lawful.map((r) => scoreWide(model, r, opts.segments)));
  }
  const foldThresholds = (o: TrainOptions): number[][] =>
    labelledByFold.map((labelledScores, k) =>
      thresholdsFor(
        oof.filter((x) => x.fold !== k),
        lawful,
        labelledScores,
        o,
      ),
    );
  const folds = foldThresholds(opts).map((thresholds, k): FoldResult => {
    const mine = oof.filter((o) => o.fold === k);
    return { rows: mine.map((o) => o.row), scores: mine.map((o) => o.scores), thresholds };
  });
  progress('all rows');
  const final = asQuantised(fit(rows, opts, progress));
  const labelledFinal = lawful.map((r) => scoreWide(final, r, opts.segments));
  const recalibrate = (targets: Partial<TrainOptions>): { thresholds: number[]; folds: number[][] } => {
    const o = { ...opts, ...targets };
    return { thresholds: thresholdsFor(oof, lawful, labelledFinal, o), folds: foldThresholds(o) };
  };
  return {
    model: { ...final, thresholds: thresholdsFor(oof, lawful, labelledFinal, opts) },
    folds,
    recalibrate,
  };
}

/** The shipped model alone (see crossFit). */
export function fitAndCalibrate(
  rows: readonly Row[],
  opts: TrainOptions,
  lawful: readonly Row[] = [],
): Fitted {
  return crossFit(rows, opts, lawful).model;
}

function quantise(w: Float64Array, into: Int8Array): number {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  for (let i = 0; i < w.length; i++) into[i] = Math.round((w[i] as number) / scale);
  return scale;
}

/** The fitted model as written: its description and int8 weights, one block per category. */
export function toModelParts(
  model: Fitted,
  version: string,
  report: Record<string, unknown>,
  segments = false,
): ModelParts {
  const weights = new Int8Array(CATEGORIES.length * BUCKETS);
  const classes: ClassWeights[] = CATEGORIES.map((category: Category, c) => {
    const scale = quantise(
      model.weights[c] as Float64Array,
      weights.subarray(c * BUCKETS, (c + 1) * BUCKETS),
    );
    const round = (t: number | undefined): number => Math.round((t ?? 1) * 1e6) / 1e6;
    const threshold = round(model.thresholds[c]);
    const thresholdLatin = round(model.thresholds[CATEGORIES.length + c]);
    return { category, bias: model.bias[c] as number, scale, threshold, thresholdLatin };
  });
  return {
    file: { version, buckets: BUCKETS, classes, ...(segments ? { segments } : {}), report },
    weights: new Uint8Array(weights.buffer),
  };
}
