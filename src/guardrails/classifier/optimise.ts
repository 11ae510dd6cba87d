/**
 * L2-regularised logistic regression, one category at a time, solved to convergence by L-BFGS
 * over sparse, per-document normalised rows. The objective is convex with one minimum, so the
 * weights do not depend on the order of the rows or on a seed, and adding a few rows moves them
 * a little rather than reshuffling a stochastic trajectory. The loop is plain arithmetic in a
 * fixed order: the same rows give the same bytes.
 */
export interface SparseRows {
  /** Row r's features are `indices[start[r] .. start[r + 1])`, each with value `norm[r]`. */
  start: Int32Array;
  indices: Int32Array;
  norm: Float64Array;
  dims: number;
}

export interface SolveOptions {
  /** Penalty λ in mean weighted log-loss + λ/2 · ‖w‖² (the bias is not penalised). */
  l2: number;
  maxIterations: number;
  /** Stop when the gradient's largest entry is under this. */
  tolerance: number;
}

/** Rows as compressed sparse rows with 1/√(number of features) as every value. */
export function toSparse(rows: readonly Int32Array[], dims: number): SparseRows {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((f, r) => (start[r + 1] = (start[r] as number) + f.length));
  const indices = new Int32Array(start[rows.length] as number);
  const norm = new Float64Array(rows.length);
  rows.forEach((f, r) => {
    indices.set(f, start[r]);
    norm[r] = f.length > 0 ? 1 / Math.sqrt(f.length) : 0;
  });
  return { start, indices, norm, dims };
}

function logistic(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** log(1 + e^z), without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * The objective and its gradient at x (x = weights, then the bias at x[dims]); `y` is 1 or 0 and
 * `weight` the row's weight (already divided by the total, so the loss is a weighted mean).
 */
function evaluate(
  x: Float64Array,
  g: Float64Array,
  rows: SparseRows,
  y: Uint8Array,
  weight: Float64Array,
  l2: number,
): number {
  const { start, indices, norm, dims } = rows;
  g.fill(0);
  let loss = 0;
  let gb = 0;
  const bias = x[dims] as number;
  for (let r = 0; r < norm.length; r++) {
    const from = start[r] as number;
    const to = start[r + 1] as number;
    const n = norm[r] as number;
    let s = 0;
    for (let k = from; k < to; k++) s += x[indices[k] as number] as number;
    const z = bias + s * n;
    const w = weight[r] as number;
    loss += w * (y[r] === 1 ? softplus(-z) : softplus(z));
    const d = w * (logistic(z) - (y[r] as number));
    gb += d;
    const dn = d * n;
    for (let k = from; k < to; k++) {
      const i = indices[k] as number;
      g[i] = (g[i] as number) + dn;
    }
  }
  let reg = 0;
  for (let i = 0; i < dims; i++) {
    const v = x[i] as number;
    reg += v * v;
    g[i] = (g[i] as number) + l2 * v;
  }
  g[dims] = gb;
  return loss + 0.5 * l2 * reg;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const v of a) m = Math.max(m, Math.abs(v));
  return m;
}

/** The L-BFGS direction −H·g from the last pairs (two-loop recursion). */
function direction(g: Float64Array, ss: Float64Array[], ys: Float64Array[]): Float64Array {
  const q = Float64Array.from(g);
  const alpha: number[] = [];
  for (let j = ss.length - 1; j >= 0; j--) {
    const s = ss[j] as Float64Array;
    const yv = ys[j] as Float64Array;
    const a = dot(s, q) / dot(yv, s);
    alpha[j] = a;
    for (let i = 0; i < q.length; i++) q[i] = (q[i] as number) - a * (yv[i] as number);
  }
  const last = ss.length - 1;
  const gamma =
    last >= 0
      ? dot(ss[last] as Float64Array, ys[last] as Float64Array) /
        dot(ys[last] as Float64Array, ys[last] as Float64Array)
      : 1 / Math.max(1, maxAbs(g));
  for (let i = 0; i < q.length; i++) q[i] = (q[i] as number) * gamma;
  for (let j = 0; j < ss.length; j++) {
    const s = ss[j] as Float64Array;
    const yv = ys[j] as Float64Array;
    const b = dot(yv, q) / dot(yv, s);
    const a = alpha[j] as number;
    for (let i = 0; i < q.length; i++) q[i] = (q[i] as number) + (a - b) * (s[i] as number);
  }
  for (let i = 0; i < q.length; i++) q[i] = -(q[i] as number);
  return q;
}

export interface Solved {
  weights: Float64Array;
  bias: number;
  iterations: number;
  gradient: number;
}

/** Minimises the weighted, L2-penalised log-loss of one category (y: 1 positive, 0 not). */
export function solveLogistic(
  rows: SparseRows,
  y: Uint8Array,
  weight: Float64Array,
  opts: SolveOptions,
  memory = 8,
): Solved {
  const n = rows.dims + 1;
  let x = new Float64Array(n);
  let g = new Float64Array(n);
  let f = evaluate(x, g, rows, y, weight, opts.l2);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  let it = 0;
  for (; it < opts.maxIterations && maxAbs(g) > opts.tolerance; it++) {
    const d = direction(g, ss, ys);
    const slope = dot(g, d);
    if (slope >= 0) break;
    let step = 1;
    let fNew = f;
    for (let tries = 0; tries < 30; tries++, step *= 0.5) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (d[i] as number);
      fNew = evaluate(xNew, gNew, rows, y, weight, opts.l2);
      if (fNew <= f + 1e-4 * step * slope) break;
    }
    if (!(fNew < f)) break;
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] as number) - (x[i] as number);
      yv[i] = (gNew[i] as number) - (g[i] as number);
    }
    if (dot(s, yv) > 1e-12) {
      ss.push(s);
      ys.push(yv);
      if (ss.length > memory) {
        ss.shift();
        ys.shift();
      }
    }
    const relative = (f - fNew) / Math.max(1e-12, Math.abs(f));
    x = Float64Array.from(xNew);
    g = Float64Array.from(gNew);
    f = fNew;
    if (relative < 1e-9) break;
  }
  return {
    weights: x.subarray(0, rows.dims),
    bias: x[rows.dims] as number,
    iterations: it,
    gradient: maxAbs(g),
  };
}
