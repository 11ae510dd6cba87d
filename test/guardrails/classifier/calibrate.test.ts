import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/guardrails/classifier/calibrate.js';
import { CATEGORIES } from '../../../src/guardrails/index.js';

const SLOTS = CATEGORIES.length * 2;
/** A widened score row: `value` in slot `slot`, 0 elsewhere. */
const row = (slot: number, value: number): number[] =>
  Array.from({ length: SLOTS }, (_, i) => (i === slot ? value : 0));
const quiet = (n: number): number[][] => Array.from({ length: n }, () => row(0, 0.1));
const flaggedBy = (rows: number[][], t: number[]): number =>
  rows.filter((s) => s.some((v, c) => v >= (t[c] as number))).length;

describe('calibrate: all thresholds raised together', () => {
  // Slot 0 flags five lawful rows with violations between them; slot 1 flags one lawful row with
  // no violation near it. One lawful row in 100 may stay flagged (1 %), so four must go. Raising
  // one category at a time (the category flagging the most lawful rows, past as many rows as the
  // group is over) raised slot 0 past all five rows and left slot 1 at the floor, still flagging its
  // lawful row; choosing by recall lost per false alarm removed raises slot 1 first, for free.
  const lawful = [
    row(0, 0.7),
    row(0, 0.72),
    row(0, 0.74),
    row(0, 0.76),
    row(0, 0.78),
    row(1, 0.9),
    ...quiet(94),
  ];
  const groups = lawful.map(() => 'en:generated');
  const violating = [
    ...Array.from({ length: 20 }, (_, i) => row(0, 0.6 + i * 0.02)),
    ...Array.from({ length: 5 }, (_, i) => row(1, 0.95 + i * 0.01)),
  ];

  it('raises the category whose raise costs no recall, and no more of the other than needed', () => {
    const t = calibrate(lawful, groups, 0.01, 0.6, violating);
    expect(t[1]).toBeCloseTo(0.900001, 6);
    expect(t[0]).toBeCloseTo(0.760001, 6);
    expect(flaggedBy(lawful, t)).toBe(1);
    // Violations still flagged: slot 0's from 0.78 up (11 of 20) and all five of slot 1's; the
    // one-at-a-time calibration kept 10 + 5 and left slot 1's lawful row flagged.
    expect(flaggedBy(violating, t)).toBe(16);
    expect(t.slice(2).every((x) => x === 0.6)).toBe(true);
  });

  it('meets the target in every group, and is deterministic', () => {
    const other = [row(CATEGORIES.length, 0.8), row(CATEGORIES.length, 0.85), ...quiet(98)];
    const all = [...lawful, ...other];
    const g = [...groups, ...other.map(() => 'zh:generated')];
    const t = calibrate(all, g, 0.01, 0.6, violating);
    expect(flaggedBy(lawful, t)).toBeLessThanOrEqual(1);
    expect(flaggedBy(other, t)).toBeLessThanOrEqual(1);
    expect(calibrate(all, g, 0.01, 0.6, violating)).toEqual(t);
  });

  it('counts a lawful row flagged by two categories as half a false alarm for each', () => {
    const both = row(2, 0.8);
    both[3] = 0.8;
    const rows = [both, ...quiet(99)];
    const t = calibrate(
      rows,
      rows.map(() => 'en:real'),
      0.005,
      0.6,
      [row(3, 0.9)],
    );
    expect(flaggedBy(rows, t)).toBe(0);
    expect(t[2]).toBeCloseTo(0.800001, 6);
    expect(t[3]).toBeCloseTo(0.800001, 6);
  });

  it('leaves every threshold at the floor when no group is over the target', () => {
    const rows = [row(0, 0.7), ...quiet(199)];
    expect(
      calibrate(
        rows,
        rows.map(() => 'en:real'),
        0.005,
        0.6,
        [],
      ),
    ).toEqual(Array.from({ length: SLOTS }, () => 0.6));
  });

  it('ignores rows with no group (violating rows passed as scores)', () => {
    const rows = [row(0, 0.9), ...quiet(10)];
    const g = rows.map((_, i) => (i === 0 ? undefined : 'en:real'));
    expect(calibrate(rows, g, 0, 0.6)[0]).toBe(0.6);
  });
});

describe('calibrate: a target per group', () => {
  it('holds the real lawful groups to their own target', () => {
    const generated = [row(0, 0.7), ...quiet(199)];
    const real = [row(1, 0.8), ...quiet(99)];
    const scores = [...generated, ...real];
    const groups = [...generated.map(() => 'en:generated'), ...real.map(() => 'en:real')];
    const t = calibrate(scores, groups, (g) => (g.endsWith(':generated') ? 0.005 : 0), 0.6);
    expect(t[0]).toBe(0.6);
    expect(t[1]).toBeCloseTo(0.800001, 6);
    expect(calibrate(scores, groups, 0.01, 0.6)[1]).toBe(0.6);
  });
});
