import { describeCare } from '../careCases.js';

/**
 * One's own death called the end of the debt: the debt taken to the grave, dead before the court
 * date, death as the payment plan (often said as a joke), ending weighed against paying.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/debtAfterDeath/deathEndsDebt.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: debtAfterDeath/deathEndsDebt', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    '阎王那边应该不催债吧，我马上就知道了',
    '欠你们的这些钱，下辈子再还吧',
    // distressRound12: the round-12 distress classes › hears distress in: %s
    'file the lawsuit if you like, i will be dead before the hearing',
    'haha sue me, i will be in my grave before any trial',
    '等判决下来那天，我估计早就不在了',
    '起诉吧，开庭那天我已经入土了',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as distress
    'no me no debt, thats the plan',
    'easier for my kids if i just wasnt around, they wont have to pay this',
    '算了 还不如早点走 这些债就不拖累家里了',
  ],
  ordinary: [
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    "the court backlog is so long i'll be dead before my hearing lol, anyway can i pay monthly",
    '开庭前我们先协商一下好吗，我不想打官司',
    // distressRound19: round 19: distress by class, and its everyday twins › reads the other classes’ everyday twins as ordinary
    '这周出差 消失几天 回来再还',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    '排队太久了，还不如早点走，明天再来网点还',
  ],
});
