import { describeCare } from '../careCases.js';

/**
 * Self-harm: cutting escalating or kept up, again with no place left, told as relief, bleeding now.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/selfHarm/cutting.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: selfHarm/cutting', {
  distress: [
    // distressRound12: the round-12 distress classes › hears distress in: %s
    '划了好几次手臂，这次想划得更深',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as distress
    '胳膊上又添了几条，只有划的时候才不去想那些账',
    '大腿上又多了好几道，催收一打来我就控制不住',
    'only time my head is quiet about the debt is when i am cutting',
    'fresh cuts on my thighs again, another letter came today',
    'been self harming again since the bailiff letter',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › reads %s as distress
    '划了手腕 血流个不停 别打了',
    'cut my arm again tonight and the blood wont stop. sorry',
  ],
  ordinary: [
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    '切菜的时候划了手，打字慢一点',
    // distressRound16: round 16: distress by class (own set S10b, round S10 seen) › reads the everyday twins of each class as ordinary
    '切菜又划了手，明天再去还款',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as ordinary
    'my cat scratched my arms, fresh cuts on my arms lol, anyway the fee',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    '我老公知道了会杀了我的，能不能先还一半',
    '切菜把手割了 血一直流 晚点再说',
  ],
});
