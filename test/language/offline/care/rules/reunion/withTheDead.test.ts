import { describeCare } from '../careCases.js';

/**
 * Reunion with the dead: going to be with, keep company with or be called over by someone who died
 * (each needs the death said), and words said to a parent who is not there.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/reunion/withTheDead.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: reunion/withTheDead', {
  distress: [
    // distressRound9: round 9: implicit distress by class, and its everyday look-alikes › "%s" → distress %s
    '儿子走了三年了，我也该去找他了',
    'he passed last spring. i will be with him soon',
    // distressRound12: the round-12 distress classes › hears distress in: %s
    '我爸走了五年了，我想去跟他团聚',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as distress
    '我爷爷前年走了，我好想他，想去陪他了，卡的事随便吧',
    '老公走了半年了，我想去找他，欠款你们别打了',
    'mum died last spring. i will be with her soon, stop ringing',
    'my wife is gone 2 years, i am going to her now',
    '爸，我来陪你了，这些债我扛不动了',
  ],
  ordinary: [
    // distressRound9: round 9: implicit distress by class, and its everyday look-alikes › "%s" → distress %s
    '儿子上大学去了，我也该去找他了，周末去看看',
    "i'm not going anywhere, i'll be with her again soon, she's just on a work trip",
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    'if you call my sister again i will file a complaint',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    'abeg make una no call my wife again, I go pay by friday',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as ordinary
    '我爸去世了，明天去找他的律师问遗产',
    '妈，我来找你了，到车站了，你出来吧',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    '等你们看到这条消息时，钱已经转账过去了',
  ],
});
