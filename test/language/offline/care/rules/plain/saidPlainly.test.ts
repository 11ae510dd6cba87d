import { describeCare } from '../careCases.js';

/**
 * Suicidal intent said plainly, in words the base lexicon (distressLexicon.ts) does not hold:
 * dialect, slang and typos (活腻歪了, 唔想活, "want to dei"), words of the internet and pinyin
 * ("unaliving", 想噶了), Nigerian pidgin and Scots, "tired of existing", death preferred to the debt.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/plain/saidPlainly.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: plain/saidPlainly', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    'honestly so tired of existing',
    // distressRound19: round 19: distress by class, and its everyday twins › reads each class as distress
    '好累 想zs',
    'been thinking about unaliving myself since the letter came',
    '月底之前 我会把自己处理掉',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as distress
    'abeg tell them make dem no call my wife, i no go dey this world again after today',
    'this life don tire me, make i just die, I no fit pay',
    'nae point gaun on wi this debt, tell my maw sorry',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › reads %s as distress
    '我宁可死也不想再还这些钱了',
  ],
  ordinary: [
    // distressRound14: round 14: distress by class (own set 14, own blind 14) › reads %s as no crisis
    'wo bu shi xiang bu kai, jiu shi mei qian',
    // distressRound19: round 19: distress by class, and its everyday twins › reads the other classes’ everyday twins as ordinary
    '游戏里又噶了 充了好多钱',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    'this interest don tire me o, abeg reduce am',
    "nae point phoning me at work, I'll pay on friday",
  ],
});
