import { describeCare } from '../careCases.js';

/**
 * Distress reported by someone typing for a relative, or worried about one: a strong sign said
 * (burial clothes ready, going to join a parent who died), things given away, a burden and a
 * letter, "make it all go away for good".
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/relative/reportedByFamily.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: relative/reportedByFamily', {
  distress: [
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as distress
    '我是她老公 她说她只会拖累这个家 昨晚留了一封信',
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › still hears the classes said another way
    '家里的东西都送给朋友了，狗也托付给我姐了，以后别再打了',
  ],
  ordinary: [
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as no crisis
    "thanks, i won't need the card after friday, i'm paying it off and closing it",
    // distressRound16: round 16: distress by class (own set S10b, round S10 seen) › reads the everyday twins of each class as ordinary
    'won’t need the card anymore, thanks, I switched banks',
    "won't need the card anymore, thanks for the help",
    "my son said if he can't pay he'll make it all go away for good by selling the car",
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as ordinary
    'my dad died and I am going to be with him at the funeral on friday',
    // distressRound23: care round 23 (outside blind half classes, new phrasings) › does not read %s as distress
    '如果我今晚之後唔喺香港，張卡喺外國用唔用得',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    '麻烦告诉我女儿，卡我已经还清了，对不起让她担心',
  ],
});
