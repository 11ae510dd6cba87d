import { CATEGORIES } from '../types.js';

/**
 * Thresholds that keep the false-alarm rate (any category flagged) at or under the target in
 * every group of lawful rows (language × source), so easy generated text cannot hide real misses.
 */
export function calibrate(
  scores: number[][],
  groups: (string | undefined)[],
  target: number,
  floor: number,
): number[] {
  const thresholds = [...CATEGORIES, ...CATEGORIES].map(() => floor);
  const names = [...new Set(groups.filter((g): g is string => g !== undefined))];
  const lawful = names.map((g) => scores.filter((_, i) => groups[i] === g));
  const rate = (rows: number[][]): number =>
    rows.filter((s) => s.some((v, c) => v >= (thresholds[c] as number))).length / Math.max(1, rows.length);
  for (let step = 0; step < 2000; step++) {
    const worstGroup = lawful.reduce((a, b) => (rate(b) > rate(a) ? b : a), lawful[0] ?? []);
    const excess = Math.ceil((rate(worstGroup) - target) * worstGroup.length);
    if (excess <= 0) break;
    // Raise the threshold of the category that flags the most lawful rows of that group, past
    // as many of its rows as the group is over (a row flagged twice may need a second step).
    const counts = thresholds.map((t, c) => worstGroup.filter((s) => (s[c] as number) >= t).length);
    const worst = counts.indexOf(Math.max(...counts));
    const over = worstGroup
      .map((s) => s[worst] as number)
      .filter((v) => v >= (thresholds[worst] as number))
      .sort((a, b) => a - b);
    thresholds[worst] = Math.min(1.000001, (over[Math.min(over.length, excess) - 1] as number) + 1e-6);
  }
  return thresholds;
}
