import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../../src/language/offline/care/index.js';
import { HELD_OUT_S10_DISTRESS, HELD_OUT_S10_ORDINARY } from '../heldOutSetS10.js';
import {
  HELD_OUT_S11A_EN_DISTRESS,
  HELD_OUT_S11A_EN_ORDINARY,
  HELD_OUT_S11A_ZH_DISTRESS,
  HELD_OUT_S11A_ZH_ORDINARY,
} from '../heldOutSetS11a.js';
import {
  HELD_OUT_S11B_EN_DISTRESS,
  HELD_OUT_S11B_EN_ORDINARY,
  HELD_OUT_S11B_ZH_DISTRESS,
  HELD_OUT_S11B_ZH_ORDINARY,
} from '../heldOutSetS11b.js';
import {
  HELD_OUT_S13A_EN_DISTRESS,
  HELD_OUT_S13A_EN_ORDINARY,
  HELD_OUT_S13A_ZH_DISTRESS,
  HELD_OUT_S13A_ZH_ORDINARY,
} from '../heldOutSetS13.js';
import {
  OWN_S10B_EN_DISTRESS,
  OWN_S10B_EN_ORDINARY,
  OWN_S10B_ZH_DISTRESS,
  OWN_S10B_ZH_ORDINARY,
} from '../ownSetS10b.js';
import {
  OWN_S11_EN_DISTRESS,
  OWN_S11_EN_ORDINARY,
  OWN_S11_ZH_DISTRESS,
  OWN_S11_ZH_ORDINARY,
} from '../ownSetS11.js';
import {
  OWN_S11B_EN_DISTRESS,
  OWN_S11B_EN_ORDINARY,
  OWN_S11B_ZH_DISTRESS,
  OWN_S11B_ZH_ORDINARY,
} from '../ownSetS11b.js';

/**
 * The seen sets the class rules keep as regression: own sets tuned on by class, and outside
 * halves seen once (figures only). Each describe names the former test file it came
 * from (PROVENANCE.md in this folder).
 */

// distressRound16.test.ts
describe('round 16: distress by class (own set S10b, round S10 seen)', () => {
  it('recognises every distress phrasing of own set S10b (tuned on by class), with no alarm on its near misses', () => {
    const distress = [...OWN_S10B_ZH_DISTRESS, ...OWN_S10B_EN_DISTRESS];
    const ordinary = [...OWN_S10B_ZH_ORDINARY, ...OWN_S10B_EN_ORDINARY];
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });
  it('keeps round S10 (seen, regression only) at 50/50 with no false alarm', () => {
    expect(HELD_OUT_S10_DISTRESS.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(HELD_OUT_S10_ORDINARY.filter((t) => assessCare(t).distress)).toEqual([]);
  });
});

// distressRound17.test.ts
describe('round 17: distress by class (own set S11, round S11 half a seen)', () => {
  it('recognises own set S11 (tuned on by class) and hears all of it, with no alarm on its near misses', () => {
    const distress = [...OWN_S11_ZH_DISTRESS, ...OWN_S11_EN_DISTRESS];
    const ordinary = [...OWN_S11_ZH_ORDINARY, ...OWN_S11_EN_ORDINARY];
    expect(distress.length).toBe(96);
    expect(ordinary.length).toBe(96);
    const missed = distress.filter((t) => !assessCare(t).distress);
    expect(missed.length).toBeLessThanOrEqual(1);
    expect(missed.filter((t) => !assessCare(t).concern)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });
  it('keeps round S11 half a (seen, regression only) at 26/26 with no false alarm', () => {
    const distress = [...HELD_OUT_S11A_ZH_DISTRESS, ...HELD_OUT_S11A_EN_DISTRESS];
    const ordinary = [...HELD_OUT_S11A_ZH_ORDINARY, ...HELD_OUT_S11A_EN_ORDINARY];
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });
});

// distressRound18.test.ts
describe('round 18: distress by class (own set S11b, round S11 half b seen)', () => {
  it('recognises own set S11b (tuned on by class) with no alarm on its near misses', () => {
    const distress = [...OWN_S11B_ZH_DISTRESS, ...OWN_S11B_EN_DISTRESS];
    const ordinary = [...OWN_S11B_ZH_ORDINARY, ...OWN_S11B_EN_ORDINARY];
    expect(distress.length).toBe(24);
    expect(ordinary.length).toBe(24);
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });
  it('keeps round S11 half b (seen, regression only) at 24/24 with no false alarm', () => {
    const distress = [...HELD_OUT_S11B_ZH_DISTRESS, ...HELD_OUT_S11B_EN_DISTRESS];
    const ordinary = [...HELD_OUT_S11B_ZH_ORDINARY, ...HELD_OUT_S11B_EN_ORDINARY];
    expect(distress.length).toBe(24);
    expect(ordinary.length).toBe(24);
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });
});

// distressRound21.test.ts
describe('round S13 half a (seen, not trained on; 22/26 and 0/26 false alarms at the start)', () => {
  it('catches all its distress and raises no alarm on its near misses', () => {
    const distress = [...HELD_OUT_S13A_ZH_DISTRESS, ...HELD_OUT_S13A_EN_DISTRESS];
    const ordinary = [...HELD_OUT_S13A_ZH_ORDINARY, ...HELD_OUT_S13A_EN_ORDINARY];
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });
});
