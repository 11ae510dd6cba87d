import { describeCare } from '../careCases.js';

/**
 * Veiled farewells by putting affairs in order: arrangements made quietly (a beneficiary, a will,
 * ashes or a grave), passwords, keys or the card left for family, the room cleaned, who gets what.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/farewell/affairsInOrder.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: farewell/affairsInOrder', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    '衣服都整理好了，房间也收拾干净了',
    // distressRound12: the round-12 distress classes › hears distress in: %s
    '我的骨灰就撒在老家后山吧',
    'scatter my ashes by the lake, i am done',
    'my will is done and signed, just a matter of when now',
  ],
  ordinary: [
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    '衣服都叠好了，房间也收拾干净了，明天搬家',
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    '我爸的骨灰已经安葬了，丧葬费刷的这张卡',
    'my will is done because we had a baby, can i pause payments for a month',
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as no crisis
    '我已经决定了 以后别打电话给我爸妈了 我下个月按时还',
    'tell my wife the pin is in the drawer, sorry for the hassle',
    // distressRound16: round 16: distress by class (own set S10b, round S10 seen) › reads the everyday twins of each class as ordinary
    'left the card details for my wife so she can cancel it after i move out',
    // distressRound19: round 19: distress by class, and its everyday twins › reads the other classes’ everyday twins as ordinary
    'is there credit life insurance that pays the card off if I die?',
  ],
});
