import { CATEGORIES } from '../types.js';

/**
 * Thresholds that keep the false-alarm rate (any category flagged) at or under the target in
 * every group of lawful rows (language × source), so easy generated text cannot hide real misses.
 *
 * All thresholds are raised together, greedily: each step looks, in every category and script
 * slot, at raising its threshold past the next lawful rows that slot still flags (one distinct
 * score at a time, as far as the groups' remaining excess), and takes the raise that loses the
 * fewest violating rows (`violating`, out of fold; a violating row is lost when no other slot
 * still flags it) per false alarm removed. A lawful row flagged by k slots counts 1/k for each of
 * them. Steps go on until every group is within the target. The result depends on the scores
 * alone (ties: more false alarms removed, then the smaller raise, then the lower slot), so the
 * same scores always give the same thresholds. Without violating rows every raise is free and
 * the steps remove the most false alarms first.
 */
export function calibrate(
  scores: number[][],
  groups: (string | undefined)[],
  /** The target rate, or each group's (by its name). */
  target: number | ((group: string) => number),
  floor: number,
  violating: readonly number[][] = [],
): number[] {
  const slots = CATEGORIES.length * 2;
  const thresholds: number[] = Array.from({ length: slots }, () => floor);
  const rows = scores
    .map((s, i) => ({ s, g: groups[i] }))
    .filter((r): r is { s: number[]; g: string } => r.g !== undefined);
  const names = [...new Set(rows.map((r) => r.g))].sort();
  const groupOf = rows.map((r) => names.indexOf(r.g));
  const allowed = names.map((name, g) => {
    const n = groupOf.filter((x) => x === g).length;
    return Math.floor((typeof target === 'number' ? target : target(name)) * n + 1e-9);
  });
  const at = (s: readonly number[], c: number): number => s[c] ?? 0;
  const lawFlags = rows.map((r) => thresholds.filter((t, c) => at(r.s, c) >= t).length);
  const violFlags = violating.map((s) => thresholds.filter((t, c) => at(s, c) >= t).length);
  const flagged = names.map((_, g) => lawFlags.filter((f, i) => f > 0 && groupOf[i] === g).length);
  // Per slot, the rows at or over the floor in ascending score; `lawPos`/`violPos` skip the rows
  // already under the slot's threshold.
  const order = (list: readonly (readonly number[])[], c: number): number[] =>
    list
      .map((_, i) => i)
      .filter((i) => at(list[i] as number[], c) >= floor)
      .sort((a, b) => at(list[a] as number[], c) - at(list[b] as number[], c) || a - b);
  const lawOrder = thresholds.map((_, c) =>
    order(
      rows.map((r) => r.s),
      c,
    ),
  );
  const violOrder = thresholds.map((_, c) => order(violating, c));
  const lawPos = thresholds.map(() => 0);
  const violPos = thresholds.map(() => 0);

  for (let step = 0; step < 100000; step++) {
    const excess = names.map((_, g) => Math.max(0, (flagged[g] as number) - (allowed[g] as number)));
    const totalExcess = excess.reduce((a, b) => a + b, 0);
    if (totalExcess === 0) break;
    let best: { c: number; to: number; cost: number; gain: number } | undefined;
    for (let c = 0; c < slots; c++) {
      const law = lawOrder[c] as number[];
      const viol = violOrder[c] as number[];
      const gainBy = names.map(() => 0);
      let gain = 0;
      let cost = 0;
      let k = lawPos[c] as number;
      let v = violPos[c] as number;
      while (k < law.length && gain < totalExcess) {
        const to = Math.min(1.000001, at((rows[law[k] as number] as { s: number[] }).s, c) + 1e-6);
        while (k < law.length && at((rows[law[k] as number] as { s: number[] }).s, c) < to) {
          const i = law[k] as number;
          const g = groupOf[i] as number;
          gainBy[g] = (gainBy[g] as number) + 1 / Math.max(1, lawFlags[i] as number);
          k++;
        }
        while (v < viol.length && at(violating[viol[v] as number] as number[], c) < to) {
          if (violFlags[viol[v] as number] === 1) cost++;
          v++;
        }
        gain = gainBy.reduce((a: number, x, g) => a + Math.min(excess[g] as number, x), 0);
        if (gain <= 0) continue;
        const raise = to - (thresholds[c] as number);
        const better =
          best === undefined ||
          cost * best.gain < best.cost * gain - 1e-12 ||
          (Math.abs(cost * best.gain - best.cost * gain) <= 1e-12 &&
            (gain > best.gain + 1e-12 ||
              (Math.abs(gain - best.gain) <= 1e-12 && raise < best.to - (thresholds[best.c] as number))));
        if (better) best = { c, to, cost, gain };
      }
    }
    if (best === undefined) break;
    const { c, to } = best;
    const law = lawOrder[c] as number[];
    const viol = violOrder[c] as number[];
    let k = lawPos[c] as number;
    while (k < law.length && at((rows[law[k] as number] as { s: number[] }).s, c) < to) {
      const i = law[k] as number;
      lawFlags[i] = (lawFlags[i] as number) - 1;
      if (lawFlags[i] === 0) flagged[groupOf[i] as number] = (flagged[groupOf[i] as number] as number) - 1;
      k++;
    }
    let v = violPos[c] as number;
    while (v < viol.length && at(violating[viol[v] as number] as number[], c) < to) {
      violFlags[viol[v] as number] = (violFlags[viol[v] as number] as number) - 1;
      v++;
    }
    lawPos[c] = k;
    violPos[c] = v;
    thresholds[c] = to;
  }
  return thresholds;
}
