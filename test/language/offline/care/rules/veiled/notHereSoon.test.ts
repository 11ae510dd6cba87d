import { describeCare } from '../careCases.js';

/**
 * Veiled statements of not being here soon: a time set, not around after a day, no one answering
 * this number, seen in the news, gone where nothing can reach, checking out, one of the numbers.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/veiled/notHereSoon.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: veiled/notHereSoon', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    '等到下周我就不用再操心这些事了，你们也是',
    "the card won't be a problem for much longer, don't worry about it",
    "i won't be a problem for much longer, i've paid what i could",
    'dont bother calling on friday',
    // distressRound12: the round-12 distress classes › hears distress in: %s
    'after this weekend nobody will pick up this phone',
    '这周以后不会有人接这个电话了',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as distress
    '又一个欠债轻生的上了新闻，下一个就是我',
    'veterans kill themselves every day and i am about to join them, can’t pay the card',
    '天天有人因为网贷跳楼，我也快了',
  ],
  ordinary: [
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    '过了这个周末我就不用再操心了，工资到账就全还清',
    "the card won't be an issue after friday, that's payday",
    '这期还不起的话你们也别再打了，我会申请破产',
    '这笔钱下辈子都还不完哈哈，先还最低吧',
    "the card won't be a problem for much longer, i'm selling my car",
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    'after friday nobody will pick up at the office, we are on holiday, email me',
    '下周以后没人接这个电话了，我换了新号',
    "sorry, i won't be at the branch on friday, can we do it by phone",
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as no crisis
    '对什么都好奇 能问问利率吗',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    '你哋聽日唔使再打嚟，我已經還咗錢',
    'no money no honey lol, can I pay next week',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as ordinary
    "i'm next in line at the branch",
    '下一个就是我了，叫号叫到我了',
    'read that 1 in 5 people are behind on bills and I am one of them, what are my options',
  ],
});
