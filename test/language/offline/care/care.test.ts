import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { DEV_DISTRESS, DEV_HARDSHIP, DEV_ORDINARY } from './devSet.js';
import { HELD_OUT_DISTRESS, HELD_OUT_HARDSHIP, HELD_OUT_ORDINARY } from './heldOutSet.js';
import { HELD_OUT2_DISTRESS, HELD_OUT2_ORDINARY } from './heldOutSet2.js';

function pct(n: number, of: number): string {
  return `${n}/${of} (${((100 * n) / Math.max(of, 1)).toFixed(1)} %)`;
}

function report(
  name: string,
  distress: readonly string[],
  hardship: readonly [string, string][],
  ordinary: readonly string[],
) {
  const missed = distress.filter((t) => !assessCare(t).distress);
  const hardFound = hardship.filter(([t]) => assessCare(t).hardship !== undefined);
  const hardKind = hardship.filter(([t, k]) => assessCare(t).hardship === k);
  const hardAsDistress = hardship.filter(([t]) => assessCare(t).distress);
  const alarms = ordinary.filter((t) => assessCare(t).distress);
  console.log(
    [
      `care ${name}: distress recall ${pct(distress.length - missed.length, distress.length)}`,
      `hardship recall ${pct(hardFound.length, hardship.length)} (kind right ${pct(hardKind.length, hardship.length)}, read as distress ${hardAsDistress.length})`,
      `false alarms on ordinary messages ${pct(alarms.length, ordinary.length)}`,
      missed.length > 0 ? `missed: ${missed.join(' | ')}` : '',
      hardFound.length < hardship.length
        ? `hardship missed: ${hardship
            .filter(([t]) => assessCare(t).hardship === undefined)
            .map(([t]) => t)
            .join(' | ')}`
        : '',
      alarms.length > 0 ? `false alarms: ${alarms.join(' | ')}` : '',
    ]
      .filter(Boolean)
      .join('\n  '),
  );
  return { missed, hardFound, alarms, hardAsDistress };
}

describe('care detectors on the development set', () => {
  it('recognise every distress phrasing of the development set (recall 100 %)', () => {
    expect(DEV_DISTRESS.length).toBeGreaterThanOrEqual(60);
    expect(DEV_HARDSHIP.length).toBeGreaterThanOrEqual(40);
    const r = report('dev', [...DEV_DISTRESS, ...HELD_OUT_DISTRESS], DEV_HARDSHIP, [
      ...DEV_ORDINARY,
      ...HELD_OUT_ORDINARY,
    ]);
    expect(r.missed).toEqual([]);
    expect(r.hardFound.length).toBe(DEV_HARDSHIP.length);
    expect(r.hardAsDistress).toEqual([]);
    expect(r.alarms).toEqual([]);
  });

  it('reports held-out round 1 (blind when first measured; since opened, it now joins the development set)', () => {
    const r = report(
      'HELD-OUT round 1 (opened, now development)',
      HELD_OUT_DISTRESS,
      HELD_OUT_HARDSHIP,
      HELD_OUT_ORDINARY,
    );
    expect(r.missed.length).toBeLessThan(HELD_OUT_DISTRESS.length);
  });

  it('reports held-out round 2 (blind: written before the rules were extended, never tuned on)', () => {
    const r = report('HELD-OUT round 2 (blind)', HELD_OUT2_DISTRESS, [], HELD_OUT2_ORDINARY);
    expect(r.missed.length).toBeLessThan(HELD_OUT2_DISTRESS.length);
  });
});

describe('care detectors on hostile input', () => {
  it('answers a 60 KB message quickly and the same way every time', () => {
    const long = `${'我还不上 '.repeat(6000)}我不想活了`;
    expect(assessCare(long).distress).toBe(assessCare(long).distress);
    expect(assessCare('1 '.repeat(30000)).distress).toBe(false);
  });

  it.each([
    ['我不会自杀的，放心', false],
    ["I'm not going to kill myself, relax", false],
    ['我没想过轻生', false],
    ["I don't want to live anymore", true],
    ['我不想活了', true],
    ['不想死，但是活不下去了', true],
  ] as const)('reads negation: %s → %s', (text, expected) => {
    expect(assessCare(text).distress).toBe(expected);
  });
});
