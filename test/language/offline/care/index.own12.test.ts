import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { OWN_CHECK12_DISTRESS, OWN_CHECK12_HARDSHIP, OWN_CHECK12_ORDINARY } from './ownCheck12.js';
import { OWN_BLIND12_DISTRESS, OWN_BLIND12_HARDSHIP, OWN_BLIND12_ORDINARY } from './ownBlind12.js';
import { OWN_BLIND12B_DISTRESS, OWN_BLIND12B_HARDSHIP, OWN_BLIND12B_ORDINARY } from './ownBlind12b.js';
import {
  OWN_PROBE12_DISTRESS,
  OWN_PROBE12_HARDSHIP,
  OWN_PROBE12_HARDSHIP_NEAR,
  OWN_PROBE12_ORDINARY,
} from './ownProbe12.js';
import {
  OWN_PROBE12B_DISTRESS,
  OWN_PROBE12B_HARDSHIP,
  OWN_PROBE12B_HARDSHIP_NEAR,
  OWN_PROBE12B_ORDINARY,
} from './ownProbe12b.js';

type Hardship = readonly (readonly [string, string | undefined])[];

/** Figures only (the blind set is never listed item by item, in a failure either). */
function figures(pos: readonly string[], neg: readonly string[], hard: Hardship) {
  const kinds = hard.filter(([, k]) => k !== undefined);
  const nears = hard.filter(([, k]) => k === undefined);
  return {
    distress: pos.filter((t) => assessCare(t).distress).length,
    alarms: neg.filter((t) => assessCare(t).distress).length,
    kindRight: kinds.filter(([t, k]) => assessCare(t).hardship === k).length,
    nearGivenKind: nears.filter(([t]) => assessCare(t).hardship !== undefined).length,
    hardshipAsDistress: hard.filter(([t]) => assessCare(t).distress).length,
    of: { distress: pos.length, ordinary: neg.length, kinds: kinds.length, nears: nears.length },
  };
}

function print(name: string, f: ReturnType<typeof figures>): void {
  console.log(
    `care ${name}: distress recall ${f.distress}/${f.of.distress}, false alarms ${f.alarms}/${f.of.ordinary}; hardship kind right ${f.kindRight}/${f.of.kinds}, near misses given a kind ${f.nearGivenKind}/${f.of.nears}, hardship read as distress ${f.hardshipAsDistress}`,
  );
}

/**
 * Own blind 12 (ownBlind12.ts): written with own check 12 before the round, run before it and
 * once after (figures in its header). Floors at the run after the round: regression only.
 */
const BLIND12_FLOOR = { distress: 37, alarms: 1, kindRight: 16, nearGivenKind: 0 };

/** Own blind 12b (ownBlind12b.ts): written after the round's rules, run once; floors at that run. */
const BLIND12B_FLOOR = { distress: 16, alarms: 3, kindRight: 8, nearGivenKind: 0 };

describe('own check 12 and own blind 12', () => {
  it('recognises every distress and hardship phrasing of own check 12 (tuned on), with no alarm on its near misses', () => {
    expect(OWN_CHECK12_DISTRESS.length).toBe(60);
    expect(OWN_CHECK12_ORDINARY.length).toBe(60);
    const f = figures(OWN_CHECK12_DISTRESS, OWN_CHECK12_ORDINARY, OWN_CHECK12_HARDSHIP);
    print('own check 12 (tuned on)', f);
    expect(OWN_CHECK12_DISTRESS.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(OWN_CHECK12_ORDINARY.filter((t) => assessCare(t).distress)).toEqual([]);
    expect(f.kindRight).toBe(f.of.kinds);
    expect(f.nearGivenKind).toBe(0);
    expect(f.hardshipAsDistress).toBe(0);
  });

  it('recognises own probe 12 (tuned on) but for the two items its header names', () => {
    const f = figures(OWN_PROBE12_DISTRESS, OWN_PROBE12_ORDINARY, [
      ...OWN_PROBE12_HARDSHIP,
      ...OWN_PROBE12_HARDSHIP_NEAR.map((t) => [t, undefined] as const),
    ]);
    print('own probe 12 (tuned on)', f);
    expect(OWN_PROBE12_DISTRESS.filter((t) => !assessCare(t).distress)).toEqual([
      'ni men bie da le, wo kuai si le, bu shi kai wan xiao',
    ]);
    expect(assessCare('ni men bie da le, wo kuai si le, bu shi kai wan xiao').concern).toBe(true);
    expect(OWN_PROBE12_ORDINARY.filter((t) => assessCare(t).distress)).toEqual([]);
    expect(f.kindRight).toBe(f.of.kinds - 1);
    expect(f.nearGivenKind).toBe(0);
  });

  it('recognises every distress and hardship phrasing of own probe 12b (tuned on), with no alarm or kind on its near misses', () => {
    const f = figures(OWN_PROBE12B_DISTRESS, OWN_PROBE12B_ORDINARY, [
      ...OWN_PROBE12B_HARDSHIP,
      ...OWN_PROBE12B_HARDSHIP_NEAR.map((t) => [t, undefined] as const),
    ]);
    print('own probe 12b (tuned on)', f);
    expect(f.kindRight).toBe(f.of.kinds);
    expect(f.nearGivenKind).toBe(0);
    expect(OWN_PROBE12B_DISTRESS.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(OWN_PROBE12B_ORDINARY.filter((t) => assessCare(t).distress)).toEqual([]);
  });

  it('keeps own blind 12 at least at its run after the round (figures only)', () => {
    expect(OWN_BLIND12_DISTRESS.length).toBe(40);
    expect(OWN_BLIND12_ORDINARY.length).toBe(40);
    const f = figures(OWN_BLIND12_DISTRESS, OWN_BLIND12_ORDINARY, OWN_BLIND12_HARDSHIP);
    print('own blind 12 (BLIND, figures only)', f);
    expect(f.distress).toBeGreaterThanOrEqual(BLIND12_FLOOR.distress);
    expect(f.alarms).toBeLessThanOrEqual(BLIND12_FLOOR.alarms);
    expect(f.kindRight).toBeGreaterThanOrEqual(BLIND12_FLOOR.kindRight);
    expect(f.nearGivenKind).toBeLessThanOrEqual(BLIND12_FLOOR.nearGivenKind);
    expect(f.hardshipAsDistress).toBe(0);
  });

  it('keeps own blind 12b at least at its one run (figures only)', () => {
    expect(OWN_BLIND12B_DISTRESS.length).toBe(20);
    expect(OWN_BLIND12B_ORDINARY.length).toBe(20);
    const f = figures(OWN_BLIND12B_DISTRESS, OWN_BLIND12B_ORDINARY, OWN_BLIND12B_HARDSHIP);
    print('own blind 12b (BLIND, written after the rules, figures only)', f);
    expect(f.distress).toBeGreaterThanOrEqual(BLIND12B_FLOOR.distress);
    expect(f.alarms).toBeLessThanOrEqual(BLIND12B_FLOOR.alarms);
    expect(f.kindRight).toBeGreaterThanOrEqual(BLIND12B_FLOOR.kindRight);
    expect(f.nearGivenKind).toBeLessThanOrEqual(BLIND12B_FLOOR.nearGivenKind);
    expect(f.hardshipAsDistress).toBe(0);
  });
});
