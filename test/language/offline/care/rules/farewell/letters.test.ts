import { describeCare } from '../careCases.js';

/**
 * Veiled farewells in writing: a letter or note left for family, to be read later or after the
 * end, or naming the card someone will close.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/farewell/letters.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: farewell/letters', {
  distress: [
    // distressRound12: the round-12 distress classes › hears distress in: %s
    '给儿子写了封信，等他以后长大了再看',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as distress
    'the letter is done. which card number do I write so my sister can cancel everything',
    'finished my note, put the account details in it for my son, he will close it',
    '最后几句话存在备忘录里了，欠你们的让我哥来处理',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › reads %s as distress
    '等你们看到这条的时候，一切都无所谓了',
    "by the time someone reads this i'll already be gone",
  ],
  ordinary: [
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    '给女儿写了封信，等她十八岁生日再打开',
    // distressRound14: round 14: distress by class (own set 14, own blind 14) › reads %s as no crisis
    '帮朋友问一下 逾期会不会影响征信',
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › reads the everyday twins of each class as ordinary
    'wrote letters to my kids for christmas, sorry it is off topic, when is my due date',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    'the letter is done, I sent it to you about the wrong fee on my card',
    "left a note for my wife with the card number so she can pay while I'm away",
    '我写好了一封信给你们，说明欠款的原因，麻烦看一下',
    '我给我哥留了张纸条，卡号写上了，他帮我还这个月的',
  ],
});
