import { careText } from './careNormalise.js';
import type { CareItem } from './learnedData.js';
import { LEARNED_BUCKETS, learnedFeatures } from './learnedFeatures.js';
import { LearnedScorer, type LearnedFile, type LearnedMix } from './learnedModel.js';

/**
 * Training of the learned distress scorer (learnedModel.ts): a logistic regression by SGD with
 * L2 on the touched weights, the classes weighted to balance, in an order shuffled by a seeded
 * generator (mulberry32); and a naive Bayes over the same hashed features. Both are mixed after
 * scaling by the spread of their out-of-fold scores, and the threshold is the lowest mixed score
 * with at most `falseAlarm` of the ordinary items' out-of-fold scores at or above it. Same items
 * and options, same bytes.
 */
export interface LearnedOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Additive smoothing of the naive Bayes counts. */
  alpha: number;
  /** Share of the naive Bayes score in the mix. */
  nbShare: number;
  /**
   * The target of a faint sign (label `concern`): below a half, so that bare tiredness or
   * meaninglessness lands in the check-in band rather than at the crisis bar.
   */
  concernTarget: number;
  folds: number;
  falseAlarm: number;
}

/**
 * Chosen by 5-fold recall at 1 % false alarms among 20 settings (learning rate 1-4, L2 1e-4 to
 * 1e-3, 8-20 epochs, naive Bayes share 0.3-0.7): 790 to 922 of 1,850 caught, this one the best
 * with its neighbours (share 0.6) close; the figures for it are therefore a little optimistic.
 */
export const LEARNED_DEFAULTS: LearnedOptions = {
  seed: 14,
  epochs: 20,
  learningRate: 2,
  l2: 1e-3,
  alpha: 0.5,
  nbShare: 0.5,
  concernTarget: 0.3,
  folds: 5,
  falseAlarm: 0.01,
};

export interface Row {
  f: Int32Array;
  /** 1 distress, 0 ordinary, 0.5 concern (a soft target; left out of recall and false alarms). */
  y: 0 | 0.5 | 1;
  fold: number;
}

/** What a row is trained towards: its label, or `concernTarget` for a faint sign. */
const targetOf = (y: number, o: LearnedOptions): number => (y === 0.5 ? o.concernTarget : y);

/** FNV-1a of the text: the same text lands in the same fold whatever the list order. */
function foldOf(text: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

export function vectorise(items: readonly CareItem[], folds = LEARNED_DEFAULTS.folds): Row[] {
  return items.map((it) => ({
    f: learnedFeatures(careText(it.text).compact),
    y: it.y,
    fold: foldOf(it.text, folds),
  }));
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Fitted {
  lr: Float64Array;
  lrBias: number;
  nb: Float64Array;
  nbPrior: number;
  known: Uint8Array;
}

function fitLr(rows: readonly Row[], o: LearnedOptions): { w: Float64Array; bias: number } {
  const w = new Float64Array(LEARNED_BUCKETS);
  let bias = 0;
  const pos = rows.filter((r) => r.y === 1).length;
  const neg = rows.filter((r) => r.y === 0).length;
  const weightOf = (y: number): number =>
    y === 1 ? rows.length / (2 * Math.max(pos, 1)) : y === 0 ? rows.length / (2 * Math.max(neg, 1)) : 1;
  const order = rows.map((_, i) => i);
  const random = mulberry32(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const lr = o.learningRate / (1 + epoch);
    for (const k of order) {
      const r = rows[k];
      if (!r || r.f.length === 0) continue;
      const x = 1 / Math.sqrt(r.f.length);
      let z = bias;
      for (const f of r.f) z += (w[f] ?? 0) * x;
      const g = (1 / (1 + Math.exp(-z)) - targetOf(r.y, o)) * weightOf(r.y);
      for (const f of r.f) w[f] = (w[f] ?? 0) - lr * (g * x + o.l2 * (w[f] ?? 0));
      bias -= lr * g * 0.1;
    }
  }
  return { w, bias };
}

function fitNb(
  rows: readonly Row[],
  o: LearnedOptions,
): { w: Float64Array; prior: number; known: Uint8Array } {
  const pos = new Float64Array(LEARNED_BUCKETS);
  const neg = new Float64Array(LEARNED_BUCKETS);
  let posTotal = 0;
  let negTotal = 0;
  const known = new Uint8Array(LEARNED_BUCKETS / 8);
  let vocab = 0;
  for (const r of rows)
    for (const f of r.f) {
      // A faint sign counts to each side by its target.
      const t = targetOf(r.y, o);
      pos[f] = (pos[f] ?? 0) + t;
      neg[f] = (neg[f] ?? 0) + 1 - t;
      posTotal += t;
      negTotal += 1 - t;
      if (((known[f >> 3] ?? 0) & (1 << (f & 7))) === 0) vocab += 1;
      known[f >> 3] = (known[f >> 3] ?? 0) | (1 << (f & 7));
    }
  const posDen = posTotal + o.alpha * (vocab + 1);
  const negDen = negTotal + o.alpha * (vocab + 1);
  const w = new Float64Array(LEARNED_BUCKETS);
  for (let f = 0; f < LEARNED_BUCKETS; f += 1)
    if (((known[f >> 3] ?? 0) & (1 << (f & 7))) !== 0)
      w[f] = Math.log(((pos[f] ?? 0) + o.alpha) / posDen / (((neg[f] ?? 0) + o.alpha) / negDen));
  const npos = rows.filter((r) => r.y === 1).length;
  const nneg = rows.filter((r) => r.y === 0).length;
  return { w, prior: Math.log(Math.max(npos, 1) / Math.max(nneg, 1)), known };
}

/** Fits both models on some rows. */
export function fit(rows: readonly Row[], o: LearnedOptions = LEARNED_DEFAULTS): Fitted {
  const lr = fitLr(rows, o);
  const nb = fitNb(rows, o);
  return { lr: lr.w, lrBias: lr.bias, nb: nb.w, nbPrior: nb.prior, known: nb.known };
}

const UNIT_MIX: LearnedMix = { nbShare: 0.5, lrSpread: 1, nbSpread: 1, threshold: 0 };

/** A float scorer for a fit (the k-fold runs); the committed one has int8 weights. */
export function scorerOf(fitted: Fitted, mix: LearnedMix = UNIT_MIX, report = {}): LearnedScorer {
  const file: LearnedFile = {
    version: 'float',
    buckets: LEARNED_BUCKETS,
    lr: { bias: fitted.lrBias, scale: 1 },
    nb: { prior: fitted.nbPrior, scale: 1 },
    mix,
    report,
  };
  return new LearnedScorer(file, { lr: fitted.lr, nb: fitted.nb, known: fitted.known });
}

/** Out-of-fold scores of each model, one per row, in row order. */
export function kfold(
  rows: readonly Row[],
  o: LearnedOptions = LEARNED_DEFAULTS,
): { lr: Float64Array; nb: Float64Array } {
  const lr = new Float64Array(rows.length);
  const nb = new Float64Array(rows.length);
  for (let fold = 0; fold < o.folds; fold += 1) {
    const scorer = scorerOf(
      fit(
        rows.filter((r) => r.fold !== fold),
        o,
      ),
    );
    rows.forEach((r, i) => {
      if (r.fold !== fold) return;
      const p = scorer.partsOf(r.f);
      lr[i] = p.lr;
      nb[i] = p.nb;
    });
  }
  return { lr, nb };
}

function spread(values: ArrayLike<number>): number {
  const finite = Array.from(values).filter(Number.isFinite);
  const mean = finite.reduce((a, b) => a + b, 0) / Math.max(finite.length, 1);
  const variance = finite.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(finite.length, 1);
  return Math.sqrt(variance) || 1;
}

/** The lowest bar with at most `rate` of the ordinary rows' scores at or above it. */
export function fitThreshold(scores: ArrayLike<number>, rows: readonly Row[], rate: number): number {
  const neg = rows
    .map((r, i) => (r.y === 0 ? (scores[i] ?? 0) : Number.NaN))
    .filter((v) => !Number.isNaN(v))
    .sort((a, b) => b - a);
  return (neg[Math.floor(neg.length * rate)] ?? 0) + 1e-6;
}

/** The mix fitted on out-of-fold scores: spreads, and the threshold for `o.falseAlarm`. */
export function mixOf(
  oof: { lr: Float64Array; nb: Float64Array },
  rows: readonly Row[],
  o = LEARNED_DEFAULTS,
): LearnedMix {
  const lrSpread = Math.round(spread(oof.lr) * 1e6) / 1e6;
  const nbSpread = Math.round(spread(oof.nb) * 1e6) / 1e6;
  const mixed = mixedScores(oof, { nbShare: o.nbShare, lrSpread, nbSpread, threshold: 0 });
  const threshold = Math.round(fitThreshold(mixed, rows, o.falseAlarm) * 1e6) / 1e6;
  return { nbShare: o.nbShare, lrSpread, nbSpread, threshold };
}

/** Mixed out-of-fold scores under a mix (before the shift to the care scale). */
export function mixedScores(oof: { lr: Float64Array; nb: Float64Array }, mix: LearnedMix): Float64Array {
  return oof.lr.map((l, i) => {
    const n = oof.nb[i] ?? -Infinity;
    return n === -Infinity
      ? -Infinity
      : ((1 - mix.nbShare) * l) / mix.lrSpread + (mix.nbShare * n) / mix.nbSpread;
  });
}

function int8(values: Float64Array): { bytes: Int8Array; scale: number } {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = Math.round((max > 0 ? max / 127 : 1) * 1e9) / 1e9;
  return {
    bytes: Int8Array.from(values, (v) => Math.max(-127, Math.min(127, Math.round(v / scale)))),
    scale,
  };
}

/** The committed form of a fit: the description and the bytes of learnedWeights.bin. */
export function quantise(
  fitted: Fitted,
  mix: LearnedMix,
  report: Record<string, unknown>,
): { file: LearnedFile; bin: Uint8Array } {
  const lr = int8(fitted.lr);
  const nb = int8(fitted.nb);
  const bin = new Uint8Array(2 * LEARNED_BUCKETS + fitted.known.length);
  bin.set(new Uint8Array(lr.bytes.buffer), 0);
  bin.set(new Uint8Array(nb.bytes.buffer), LEARNED_BUCKETS);
  bin.set(fitted.known, 2 * LEARNED_BUCKETS);
  const file: LearnedFile = {
    version: `care-lr-nb-${LEARNED_BUCKETS}`,
    buckets: LEARNED_BUCKETS,
    lr: { bias: Math.round(fitted.lrBias * 1e6) / 1e6, scale: lr.scale },
    nb: { prior: Math.round(fitted.nbPrior * 1e6) / 1e6, scale: nb.scale },
    mix,
    report,
  };
  return { file, bin };
}
