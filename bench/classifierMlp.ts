/**
 * An experiment, not the shipped model (twenty-seventh session, src/guardrails/DATA.md): a
 * one-hidden-layer network (ReLU, AdaGrad, seeded order) over the classifier's own hashed
 * features, on the same rows, folds (grouped by template), row weights and threshold calibration
 * as `npm run guardrails:train`, printing the k-fold figures to set beside the linear model's.
 * About 3 minutes a run (H=32, 6 epochs) on this machine.
 *
 *   nice -n 19 npx tsx bench/classifierMlp.ts [--hidden 32] [--epochs 8] [--lr 0.05] [--l2 1e-6] [--data <dir>]
 *     [--kfold-without <file>,<file>]   (as guardrails:train: the figure on the rows not from those files)
 *     [--buckets 65536] [--latin-only]
 */
import { trainerData } from '../src/guardrails/classifier/trainerData.js';
import { coreFileOf, kFold, figures, onlyRows } from '../src/guardrails/classifier/evaluate.js';
import {
  DEFAULT_TRAIN,
  foldsByTemplate,
  thresholdsFor,
  vectorise,
  widen,
  type Row,
  type FoldResult,
} from '../src/guardrails/classifier/train.js';
import { BUCKETS } from '../src/guardrails/classifier/features.js';
import { Random } from '../src/guardrails/classifier/random.js';
import { CATEGORIES } from '../src/guardrails/types.js';

const args = process.argv.slice(2);
const arg = (n: string, d: number) => (args.includes(n) ? Number(args[args.indexOf(n) + 1]) : d);
const H = arg('--hidden', 32),
  EPOCHS = arg('--epochs', 8),
  LR = arg('--lr', 0.05),
  L2 = arg('--l2', 1e-6);
// --data <dir>: another folder of training files (trainerData's default: training/guardrails).
const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1]! : undefined;
const C = CATEGORIES.length;
const t0 = Date.now();
// --buckets N (a power of two below the classifier's): features folded into N buckets (a smaller
// hidden layer to ship); --latin-only: rows and calibration rows of Latin script only (a network
// for English beside the linear model for Han text, whose thresholds are per script already).
const NB = arg('--buckets', BUCKETS);
if (NB > BUCKETS || (NB & (NB - 1)) !== 0) throw new Error('--buckets: a power of two up to ' + BUCKETS);
const latinOnly = args.includes('--latin-only');
const data = trainerData(dataDir);
const fold = (r: Row): Row =>
  NB === BUCKETS ? r : { ...r, f: Int32Array.from(new Set(Array.from(r.f, (i) => i & (NB - 1)))) };
const keep = (r: Row): boolean => !latinOnly || r.script === 1;
const rows = vectorise(data.items).filter(keep).map(fold);
const lawful = vectorise(data.lawful).filter(keep).map(fold);
console.log(
  `rows ${rows.length}, lawful calibration rows ${lawful.length}, vectorised in ${((Date.now() - t0) / 1000).toFixed(0)} s; H=${H} epochs=${EPOCHS} lr=${LR} l2=${L2} buckets=${NB}${latinOnly ? ' latin only' : ''}`,
);

interface Mlp {
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}
const sig = (z: number) => 1 / (1 + Math.exp(-z));

function forward(m: Mlp, f: Int32Array, h: Float32Array): number[] {
  const norm = f.length > 0 ? 1 / Math.sqrt(f.length) : 0;
  h.set(m.b1);
  for (const i of f) {
    const o = i * H;
    for (let j = 0; j < H; j++) h[j]! += m.w1[o + j]! * norm;
  }
  for (let j = 0; j < H; j++) if (h[j]! < 0) h[j] = 0;
  const out: number[] = [];
  for (let c = 0; c < C; c++) {
    let z = m.b2[c]!;
    for (let j = 0; j < H; j++) z += m.w2[c * H + j]! * h[j]!;
    out.push(sig(z));
  }
  return out;
}

function train(tr: Row[]): Mlp {
  const rnd = new Random(DEFAULT_TRAIN.seed);
  const m: Mlp = {
    w1: new Float32Array(NB * H),
    b1: new Float32Array(H),
    w2: new Float32Array(C * H),
    b2: new Float32Array(C),
  };
  // w1 starts at 0 (a bucket never seen adds nothing at inference); w2 random breaks the symmetry.
  m.b1.fill(0.1);
  for (let k = 0; k < m.w2.length; k++) m.w2[k] = (rnd.next() - 0.5) * 0.2;
  // Row weights: 1/sqrt(template size); per-category positive up-weighting as the LR (capped 20).
  const size = new Map<string, number>();
  for (const r of tr) size.set(r.item.template, (size.get(r.item.template) ?? 0) + 1);
  const base = tr.map((r) => 1 / Math.sqrt(size.get(r.item.template) ?? 1));
  const up = CATEGORIES.map((_, c) => {
    let p = 0,
      n = 0;
    tr.forEach((r, i) => (r.y === c ? (p += base[i]!) : (n += base[i]!)));
    return p > 0 ? Math.min(20, Math.max(1, n / p)) : 1;
  });
  const meanBase = base.reduce((a, b) => a + b, 0) / base.length;
  const g1 = new Float32Array(m.w1.length),
    gb1 = new Float32Array(H),
    g2 = new Float32Array(m.w2.length),
    gb2 = new Float32Array(C);
  const h = new Float32Array(H),
    dh = new Float32Array(H);
  const order = tr.map((_, i) => i);
  for (let e = 0; e < EPOCHS; e++) {
    rnd.shuffle(order);
    for (const idx of order) {
      const r = tr[idx]!;
      const f = r.f;
      const norm = f.length > 0 ? 1 / Math.sqrt(f.length) : 0;
      const out = forward(m, f, h);
      dh.fill(0);
      for (let c = 0; c < C; c++) {
        const y = r.y === c ? 1 : 0;
        const w = ((base[idx]! / meanBase) * (y ? up[c]! : 1)) / C;
        const d = (out[c]! - y) * w;
        for (let j = 0; j < H; j++) {
          const k = c * H + j;
          const g = d * h[j]! + L2 * m.w2[k]!;
          dh[j]! += d * m.w2[k]!;
          g2[k]! += g * g;
          m.w2[k]! -= (LR * g) / Math.sqrt(g2[k]! + 1e-8);
        }
        gb2[c]! += d * d;
        m.b2[c]! -= (LR * d) / Math.sqrt(gb2[c]! + 1e-8);
      }
      for (let j = 0; j < H; j++) {
        if (h[j]! <= 0) continue;
        const d = dh[j]!;
        gb1[j]! += d * d;
        m.b1[j]! -= (LR * d) / Math.sqrt(gb1[j]! + 1e-8);
        for (const i of f) {
          const k = i * H + j;
          const g = d * norm + L2 * m.w1[k]!;
          g1[k]! += g * g;
          m.w1[k]! -= (LR * g) / Math.sqrt(g1[k]! + 1e-8);
        }
      }
    }
  }
  return m;
}

const score = (m: Mlp, r: Row, h: Float32Array) => widen(forward(m, r.f, h), r.script);
const opts = DEFAULT_TRAIN;
const foldOf = foldsByTemplate(rows, opts.folds, opts.seed);
const oof: { row: Row; scores: number[]; fold: number }[] = [];
const labelledByFold: number[][][] = [];
const h = new Float32Array(H);
for (let k = 0; k < opts.folds; k++) {
  const m = train(rows.filter((_, i) => foldOf[i] !== k));
  rows.forEach((row, i) => {
    if (foldOf[i] === k) oof.push({ row, scores: score(m, row, h), fold: k });
  });
  labelledByFold.push(lawful.map((r) => score(m, r, h)));
  console.log(`fold ${k + 1} done at ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
const folds: FoldResult[] = labelledByFold.map((ls, k) => {
  const thresholds = thresholdsFor(
    oof.filter((x) => x.fold !== k),
    lawful,
    ls,
    opts,
  );
  const mine = oof.filter((o) => o.fold === k);
  return { rows: mine.map((o) => o.row), scores: mine.map((o) => o.scores), thresholds };
});
const without = args.includes('--kfold-without')
  ? new Set((args[args.indexOf('--kfold-without') + 1] ?? '').split(','))
  : undefined;
const cv = kFold(folds);
const shared = without ? kFold(onlyRows(folds, (r) => !without.has(coreFileOf(r)))).pooled : [];
for (const f of [...cv.pooled, ...shared])
  console.log(
    `MLP 5-fold pooled${shared.length > 0 && f !== cv.pooled[0] && f !== cv.pooled[1] ? ' (rows not from the named files)' : ''} ${f.lang}: recall ${f.recall.toFixed(3)} (same category ${f.recallSameCategory.toFixed(3)}) of ${f.violations}, FA ${f.falseAlarm.toFixed(3)} of ${f.lawful}\n    ${Object.entries(
      f.byCategory,
    )
      .map(([c, v]) => `${c} ${v.recall.toFixed(2)}/${v.n}`)
      .join(', ')}`,
  );
// Lawful calibration rows flagged out of fold (each fold's model, its thresholds).
const lf = labelledByFold.map((ls, k) => figures(lawful, ls, folds[k]!.thresholds));
console.log(
  'labelled lawful FA per fold (zh, en):',
  lf.map((x) => x.map((y) => y.falseAlarm.toFixed(3)).join('/')).join(' '),
);
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
