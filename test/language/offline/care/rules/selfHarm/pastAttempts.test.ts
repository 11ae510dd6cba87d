import { describeCare } from '../careCases.js';

/**
 * Past attempts: one stopped and told as past, a past attempt and "this time", a past crisis and
 * the same feeling back.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/selfHarm/pastAttempts.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: selfHarm/pastAttempts', {
  ordinary: [
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as no crisis
    '周末在海边玩 脚都踩进水里了 好冰 傍晚才回来',
    '🌊😎',
    // distressRound16: round 16: distress by class (own set S10b, round S10 seen) › reads the everyday twins of each class as ordinary
    'I tried once before to set up autopay and it didn’t work, this time I will get it right',
    "tried once before to pay by phone and it didn't work, this time i won't mess it up",
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › reads the everyday twins of each class as ordinary
    '上次吃了海鲜过敏进急诊，现在又过敏了，能晚几天还吗',
  ],
});
