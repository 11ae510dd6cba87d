import { describeCare } from '../careCases.js';

/**
 * Hopelessness said of oneself: no tomorrow, game over, weary of everything, not alive by then,
 * no way out with a decision made, wanting it all to stop.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/hopeless/hopelessness.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: hopeless/hopelessness', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    "there's no next year for me, don't bother",
    '别算了，我已经没有明天了',
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as distress
    'tired of everything.',
    // distressRound18: round 18: distress by class (own set S11b, round S11 half b seen) › still hears the classes said another way
    'nothing left for me. i have made my decision.',
    '真的走投无路了 我打定主意了',
    // distressRound19: round 19: distress by class, and its everyday twins › reads each class as distress
    '不用给我做计划了 我想好了 今晚去河边',
    // distressRound25: care round 25 (outside round S15 half b, read after its blind run; lead, new phrasings) › reads %s as distress
    "i'm so tired of everything. nobody checks on me anymore, i just want it to stop",
    'worn out. the kids wont talk to me and i just want everything to stop',
    'cansado de todo, i just want it all to end',
    '好累 没人理我 只想这一切都停下来',
  ],
  ordinary: [
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    "i spent like there's no tomorrow last christmas, now i need a plan",
    '那阵子花钱像没有明天一样，现在想分期',
    // distressRound14: round 14: distress by class (own set 14, own blind 14) › reads %s as no crisis
    "i'm checking out of the hotel tomorrow morning",
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as no crisis
    'i get tired of everything being so expensive',
    // distressRound18: round 18: distress by class (own set S11b, round S11 half b seen) › reads the everyday twins of each class as ordinary
    '没办法了 想好了 分十二期还',
    '受够了你们的服务 我已经决定了',
    'my mind is made up, no point calling me about upgrades',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    'on the pier fishing, windy, phone at 10%, call tomorrow',
    "by the time you read this I'll have paid it, check tomorrow",
    // distressRound25: care round 25 (outside round S15 half b, read after its blind run; lead, new phrasings) › does not read %s as distress
    'so tired of this, i just want the calls to stop',
    "i'm exhausted, i just want it to stop ringing every morning",
    'tired of everything about these fees, i just want the interest to stop',
  ],
});
