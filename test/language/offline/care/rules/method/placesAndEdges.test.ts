import { describeCare } from '../careCases.js';

/**
 * Method by a place of height, water or rails: being there now or long, a spot picked, almost
 * going over, access noticed, a place on one's mind, a place and a time decided.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/method/placesAndEdges.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: method/placesAndEdges', {
  distress: [
    // distressRound9: round 9: implicit distress by class, and its everyday look-alikes › "%s" → distress %s
    '我在天台上站了很久，风很大',
    // distressRound10: the round-10 distress classes › reads a method said by the writer as the writer’s, whoever else the message names
    "if you ring my dad again i'll jump off the bridge",
    // distressRound12: the round-12 distress classes › hears distress in: %s
    '昨晚在楼顶坐着，差点就跳了',
    // distressRound19: round 19: distress by class, and its everyday twins › reads each class as distress
    "don't need the plan, I've decided, going to the bridge tonight",
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as distress
    '单位天台的门最近一直没锁',
    'the rooftop door at my block is never locked',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as distress
    '你哋聽日唔使再搵我，我諗住今晚就去海邊，唔會返嚟',
    'checked when the last train goes through, quicker than ever paying this balance',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as distress
    'the rope is in the boot, i haven’t decided when',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › reads %s as distress
    '我在河边 天已经黑了 你们满意了吧',
    "i'm at the bridge. it's freezing. what more do you want",
  ],
  ordinary: [
    // distressRound9: round 9: implicit distress by class, and its everyday look-alikes › "%s" → distress %s
    '我在天台晾衣服呢，过一个小时再打给我',
    // distressRound10: the round-10 distress classes › reads a method said by the writer as the writer’s, whoever else the message names
    'my dad jumped off the bridge in the news story, so awful',
    // distressRound10: the round-10 distress classes › reads idioms and news in words of dying as everyday talk, and the same words said of oneself as distress
    '我们小区有个人上周跳河了，大家都很难过',
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    '在桥上堵车，差点就迟到了',
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › reads the everyday twins of each class as ordinary
    'the bridge on my way to work is shut, i keep thinking i will be late for everything',
    // distressRound18: round 18: distress by class (own set S11b, round S11 half b seen) › reads the everyday twins of each class as ordinary
    "the rope's up on the boat, back on shore monday to pay",
    // distressRound19: round 19: distress by class, and its everyday twins › reads a means in its ordinary use, with a time, as ordinary
    '今晚去江边散步',
    "we're going to the bridge tomorrow to take photos, call me after",
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as ordinary
    '天台的门没锁 我上去收了衣服',
    'the rooftop door is broken, the landlord will fix it',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    "if you call again I'll drive over the bridge to your branch and sort it in person",
    'the train is quicker than the bus to your branch',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    '在江边钓鱼 风好大 晚点回电话',
  ],
});
