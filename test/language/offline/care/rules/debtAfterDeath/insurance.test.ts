import { describeCare } from '../careCases.js';

/**
 * One's own death and an insurance payout to clear the debt: worth more dead, an accident whose
 * payout pays the card, a death that should look like an accident.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/debtAfterDeath/insurance.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: debtAfterDeath/insurance', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    'my life insurance pays out quicker than i ever could, think about that',
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as distress
    '要是我从楼上摔下去了 工伤赔的钱拿去还信用卡',
    'if I fell off the ladder at work would the compensation clear my card',
    // distressRound23: care round 23 (outside blind half classes, new phrasings) › reads %s as distress
    '要是我的死看上去像意外，人寿保险会赔吗',
    'would the life insurance pay out if my crash looked like an accident',
  ],
  ordinary: [
    // distressRound18: round 18: distress by class (own set S11b, round S11 half b seen) › reads the everyday twins of each class as ordinary
    '我妈的寿险理赔下来了，能先还她那张卡吗',
  ],
});
