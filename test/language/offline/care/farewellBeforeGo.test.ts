import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';

/**
 * Things given away or set in order "before I go" (a class the seen round 11 showed missing), and a
 * charge the person "didn't make" that a bereavement reading once took for a death.
 */
describe('possessions given away or affairs set in order before one goes', () => {
  it.each([
    'honestly whats the point. gave my guitar to my brother yesterday, just sorting stuff out before i go',
    'gave away my bike, tying up loose ends',
    "sorting everything out before i go, you won't hear from me",
  ])('is distress: "%s"', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each([
    'sorting stuff out before i go on holiday',
    "I'm sorting my things before I go back to work",
    'gave my old laptop to my niece before i go to college',
    'giving my stuff away before i move next month',
  ])('is not distress before a trip, a move or work: "%s"', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });
});

describe('"didn\'t make it" names a death only when said of a person', () => {
  it("reads a charge the person didn't make as no hardship", () => {
    expect(assessCare("that $900 charge isn't mine, i didn't make it").hardship).toBeUndefined();
  });

  it.each(["the surgery went badly and he didn't survive", 'we rushed her in but she did not make it'])(
    'reads "%s" as bereavement',
    (text) => {
      expect(assessCare(text).hardship).toBe('bereavement');
    },
  );
});
