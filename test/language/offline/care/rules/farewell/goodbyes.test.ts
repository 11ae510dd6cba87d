import { describeCare } from '../careCases.js';

/**
 * Veiled farewells: goodbyes, thanks for the years and "I won't bother you again" with no payment
 * in view, a last message for good, an apology passed on, the card soon not needed.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/farewell/goodbyes.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: farewell/goodbyes', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    '谢谢你们一直客客气气的，往后再也不麻烦你们了',
    "thanks for listening. i won't be bothering anyone again",
    'tell my sister none of this was her fault',
    // distressRound12: the round-12 distress classes › hears distress in: %s
    "sorry mom, i won't be at her wedding",
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as distress
    '催也没用 过了明天你们就联系不上我了',
    "from tonight you won't reach me, so long",
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › reads %s as distress
    '麻烦告诉我儿子对不起，我撑不下去了',
    "please tell my wife i'm sorry. goodbye",
  ],
  ordinary: [
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    "thanks, i won't be bothering you again now that it's paid in full",
    '谢谢你们，以后就不打扰了，下个月开始自动还款',
    '谢谢这些年对我的照顾，我要出国了，卡先销户',
    "thanks for sorting the dispute, i won't be bothering you again",
    '谢谢，问题解决了，以后就不打扰了',
    // distressRound14: round 14: distress by class (own set 14, own blind 14) › reads %s as no crisis
    'lost my job last week, thanks for the pause, bye',
    // distressRound16: round 16: distress by class (own set S10b, round S10 seen) › reads the everyday twins of each class as ordinary
    '过几天发了工资就还上，你们就不用打了',
    "thanks! won't need this card anymore once the new one arrives",
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › reads the everyday twins of each class as ordinary
    '谢谢你们这么多年的照顾，贷款昨天结清了，以后不用再寄对账单了',
    'thanks for everything over the years, we moved to another bank so please close it',
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as ordinary
    '明天开始你们就联系不上我了 我换号了 新号码在APP里',
    "from tomorrow you won't reach me on this number, I'm going abroad",
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    "can you tell my son i'm sorry i missed his call, he'll pay the rest",
  ],
});
