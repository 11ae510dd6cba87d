import { CATEGORIES } from '../types.js';
import {
  LATIN_NET_BUCKETS,
  LATIN_NET_HIDDEN,
  LatinNet,
  floatForward,
  foldFeatures,
  quantiseNet,
  type FloatNet,
  type LatinNetSection,
} from './latinNet.js';
import { Random } from './random.js';
import {
  foldsByTemplate,
  thresholdsFor,
  widen,
  type FoldResult,
  type Row,
  type TrainOptions,
} from './train.js';

/**
 * Trains the network for Latin-script text (latinNet.ts) as the twenty-seventh session's
 * experiment did (bench/classifierMlp.ts): AdaGrad on the weighted log-loss of each category's
 * sigmoid, rows visited in a seeded order, w1 starting at 0 (a bucket never seen adds nothing),
 * w2 seeded at random in ±0.1, b1 at 0.1; rows weighted 1/√(template size) and each category's
 * positives weighted up to balance its negatives (capped at 20), as the linear model's. Not
 * convex: the weights depend on the order, so the order and the initial values are seeded and the
 * epochs fixed; the same rows give the same bytes.
 */
export interface NetOptions {
  buckets: number;
  hidden: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_NET: NetOptions = {
  buckets: LATIN_NET_BUCKETS,
  hidden: LATIN_NET_HIDDEN,
  epochs: 8,
  rate: 0.05,
  l2: 1e-6,
  seed: 16,
};

/** The network trained on `rows` (their 2^18-bucket features; folded here). */
export function trainNet(rows: readonly Row[], opts: NetOptions = DEFAULT_NET): FloatNet {
  const H = opts.hidden;
  const C = CATEGORIES.length;
  const rnd = new Random(opts.seed);
  const net: FloatNet = {
    buckets: opts.buckets,
    hidden: H,
    w1: new Float32Array(opts.buckets * H),
    b1: new Float32Array(H).fill(0.1),
    w2: new Float32Array(C * H),
    b2: new Float32Array(C),
  };
  for (let k = 0; k < net.w2.length; k++) net.w2[k] = (rnd.next() - 0.5) * 0.2;
  if (rows.length === 0) return net;
  const folded = rows.map((r) => foldFeatures(r.f, opts.buckets));
  const size = new Map<string, number>();
  for (const r of rows) size.set(r.item.template, (size.get(r.item.template) ?? 0) + 1);
  const base = rows.map((r) => 1 / Math.sqrt(size.get(r.item.template) ?? 1));
  const up = CATEGORIES.map((_, c) => {
    let p = 0;
    let n = 0;
    rows.forEach((r, i) => (r.y === c ? (p += base[i] as number) : (n += base[i] as number)));
    return p > 0 ? Math.min(20, Math.max(1, n / p)) : 1;
  });
  const meanBase = base.reduce((a, b) => a + b, 0) / base.length;
  const g1 = new Float32Array(net.w1.length);
  const gb1 = new Float32Array(H);
  const g2 = new Float32Array(net.w2.length);
  const gb2 = new Float32Array(C);
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const out = new Float64Array(C);
  const step = (w: Float32Array, g: Float32Array, k: number, grad: number): void => {
    g[k] = (g[k] as number) + grad * grad;
    w[k] = (w[k] as number) - (opts.rate * grad) / Math.sqrt(g[k] + 1e-8);
  };
  const order = rows.map((_, i) => i);
  for (let e = 0; e < opts.epochs; e++) {
    rnd.shuffle(order);
    for (const idx of order) {
      const f = folded[idx] as Int32Array;
      const y = (rows[idx] as Row).y;
      const norm = f.length > 0 ? 1 / Math.sqrt(f.length) : 0;
      floatForward(net, f, h, out);
      dh.fill(0);
      for (let c = 0; c < C; c++) {
        const positive = y === c;
        const w = (((base[idx] as number) / meanBase) * (positive ? (up[c] as number) : 1)) / C;
        const d = ((out[c] as number) - (positive ? 1 : 0)) * w;
        for (let j = 0; j < H; j++) {
          const k = c * H + j;
          dh[j] = (dh[j] as number) + d * (net.w2[k] as number);
          step(net.w2, g2, k, d * (h[j] as number) + opts.l2 * (net.w2[k] as number));
        }
        step(net.b2, gb2, c, d);
      }
      for (let j = 0; j < H; j++) {
        if ((h[j] as number) <= 0) continue;
        const d = dh[j] as number;
        step(net.b1, gb1, j, d);
        for (const i of f) step(net.w1, g1, i * H + j, d * norm + opts.l2 * (net.w1[i * H + j] as number));
      }
    }
  }
  return net;
}

/** The trained network as it will be written and loaded (int8 first layer), with thresholds. */
export function toLatinNet(
  net: FloatNet,
  thresholds: readonly number[],
  version: string,
): { section: LatinNetSection; bytes: Uint8Array; model: LatinNet } {
  const { bytes, scales } = quantiseNet(net);
  const section: LatinNetSection = {
    version,
    buckets: net.buckets,
    hidden: net.hidden,
    scales,
    b1: Array.from(net.b1),
    w2: Array.from(net.w2),
    b2: Array.from(net.b2),
    thresholds: thresholds.map((t) => Math.round(t * 1e6) / 1e6),
  };
  const raw = new Uint8Array(bytes.buffer);
  return { section, bytes: raw, model: LatinNet.fromParts(section, raw) };
}

/**
 * A row's scores from the int8 network, widened as Latin script (train.ts `widen`); with
 * `segments`, each category's highest over the whole text and its segments (as inference does).
 */
export function scoreNetWide(net: LatinNet, row: Row, segments = false): number[] {
  const into = new Float64Array(CATEGORIES.length).fill(-Infinity);
  net.raise(row.f, row.f.length, into);
  if (segments && row.segments !== undefined) for (const f of row.segments) net.raise(f, f.length, into);
  return widen(Array.from(into), 1);
}

/**
 * The network beside a fitted linear model (train.ts `crossFit`): a network per template fold
 * (the linear model's folds) trained on the other folds' Latin-script rows scores that fold's
 * Latin rows and the lawful calibration rows; the Latin thresholds (second half of the widened
 * ones) are calibrated on those scores as the linear ones are, on the Latin-script rows alone
 * (with a target per script this is exactly the linear calibration's Latin groups; grouped by
 * language, the `zh`/`en` groups hold only their Latin-script rows here). `linearFolds` are
 * crossFit's folds; the result's folds hold the linear scores and Han thresholds for Han-script
 * rows and the network's for Latin-script rows, for the same k-fold figures.
 */
export function crossFitLatin(
  rows: readonly Row[],
  lawful: readonly Row[],
  opts: TrainOptions,
  linearFolds: readonly FoldResult[],
  version: string,
  net: NetOptions = DEFAULT_NET,
  progress: (line: string) => void = () => {},
): { folds: FoldResult[]; section: LatinNetSection; bytes: Uint8Array; model: LatinNet } {
  const C = CATEGORIES.length;
  const foldOf = foldsByTemplate(rows, opts.folds, opts.seed);
  const latinLawful = lawful.filter((r) => r.script === 1);
  const oof: { row: Row; scores: number[]; fold: number }[] = [];
  const byRow = new Map<Row, number[]>();
  const lawfulByFold: number[][][] = [];
  for (let k = 0; k < opts.folds; k++) {
    progress(`latin net: fold ${k + 1}/${opts.folds}`);
    const train = rows.filter((r, i) => foldOf[i] !== k && r.script === 1);
    const { model } = toLatinNet(trainNet(train, net), new Array<number>(C).fill(1), version);
    rows.forEach((row, i) => {
      if (foldOf[i] !== k || row.script !== 1) return;
      const scores = scoreNetWide(model, row, opts.segments);
      oof.push({ row, scores, fold: k });
      byRow.set(row, scores);
    });
    lawfulByFold.push(latinLawful.map((r) => scoreNetWide(model, r, opts.segments)));
  }
  const folds = linearFolds.map((f, k): FoldResult => {
    const latin = thresholdsFor(
      oof.filter((x) => x.fold !== k),
      latinLawful,
      lawfulByFold[k] ?? [],
      opts,
    );
    return {
      rows: f.rows,
      scores: f.rows.map((r, i) => byRow.get(r) ?? (f.scores[i] as number[])),
      thresholds: [...f.thresholds.slice(0, C), ...latin.slice(C)],
    };
  });
  progress('latin net: all Latin-script rows');
  const final = trainNet(
    rows.filter((r) => r.script === 1),
    net,
  );
  const unset = toLatinNet(final, new Array<number>(C).fill(1), version).model;
  const lawfulFinal = latinLawful.map((r) => scoreNetWide(unset, r, opts.segments));
  const thresholds = thresholdsFor(oof, latinLawful, lawfulFinal, opts).slice(C);
  return { folds, ...toLatinNet(final, thresholds, version) };
}
