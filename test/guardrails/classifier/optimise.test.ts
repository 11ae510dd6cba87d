import { describe, expect, it } from 'vitest';
import { solveLogistic, toSparse } from '../../../src/guardrails/classifier/optimise.js';
import { Random } from '../../../src/guardrails/classifier/random.js';

/** A small separable-ish problem: feature 0..9 lean positive, 10..19 negative, 20..29 noise. */
function problem(seed: number, n: number): { rows: Int32Array[]; y: Uint8Array } {
  const rnd = new Random(seed);
  const rows: Int32Array[] = [];
  const y = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const positive = rnd.next() < 0.3;
    y[r] = positive ? 1 : 0;
    const f = new Set<number>();
    for (let k = 0; k < 4; k++) f.add((positive ? 0 : 10) + rnd.int(10));
    for (let k = 0; k < 3; k++) f.add(20 + rnd.int(10));
    if (rnd.next() < 0.1) f.add((positive ? 10 : 0) + rnd.int(10));
    rows.push(Int32Array.from([...f].sort((a, b) => a - b)));
  }
  return { rows, y };
}

const OPTS = { l2: 1e-3, maxIterations: 200, tolerance: 1e-9 };
const uniform = (n: number): Float64Array => new Float64Array(n).fill(1 / n);

describe('the L2-regularised logistic solver', () => {
  it('converges: the gradient at its answer is close to zero', () => {
    const { rows, y } = problem(1, 300);
    const solved = solveLogistic(toSparse(rows, 32), y, uniform(rows.length), OPTS);
    expect(solved.gradient).toBeLessThan(1e-6);
    // Positive features get positive weights, negative ones negative.
    expect(solved.weights[3]).toBeGreaterThan(0);
    expect(solved.weights[13]).toBeLessThan(0);
  });

  it('gives the same weights whatever the order of the rows (no stochastic trajectory)', () => {
    const { rows, y } = problem(2, 300);
    const a = solveLogistic(toSparse(rows, 32), y, uniform(rows.length), OPTS);
    const order = new Random(9).shuffle(rows.map((_, i) => i));
    const b = solveLogistic(
      toSparse(
        order.map((i) => rows[i] as Int32Array),
        32,
      ),
      Uint8Array.from(order, (i) => y[i] as number),
      uniform(rows.length),
      OPTS,
    );
    for (let i = 0; i < 32; i++)
      expect(Math.abs((a.weights[i] as number) - (b.weights[i] as number))).toBeLessThan(1e-5);
    expect(Math.abs(a.bias - b.bias)).toBeLessThan(1e-5);
  });

  it('moves little when a few rows are added, and repeats to the same bytes', () => {
    const { rows, y } = problem(3, 400);
    const solve = (n: number): Float64Array =>
      Float64Array.from(
        solveLogistic(toSparse(rows.slice(0, n), 32), y.slice(0, n), uniform(n), OPTS).weights,
      );
    const base = solve(390);
    const more = solve(400);
    const shift = Math.max(...base.map((w, i) => Math.abs(w - (more[i] as number))));
    const size = Math.max(...base.map((w) => Math.abs(w)));
    expect(shift / size).toBeLessThan(0.15);
    expect(Buffer.from(solve(400).buffer).equals(Buffer.from(more.buffer))).toBe(true);
  });
});
