import { describeCare } from '../careCases.js';

/**
 * Dying tied to the debt or the chase: "用命来还", "if I can't pay you'll never have to chase me
 * again", dying if sued or chased, going off a high place if the calls go on.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/conditional/threats.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: conditional/threats', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    '这期再还不起，你们以后永远不用再催了',
    "if i can't make the payment you will never have to call me again, believe me",
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as distress
    '你们再逼，我就从小区的天桥上翻下去，到时候找我老婆要吧',
    '再催一次试试 我从公司宿舍顶楼下去 你们满意了吧',
    'one more call to my mum and I will throw myself off the flyover, your problem then',
    'keep chasing and im going off the side of the car park tonight',
  ],
  ordinary: [
    // distressRound9: round 9: implicit distress by class, and its everyday look-alikes › "%s" → distress %s
    '我不会做傻事的，就是需要时间',
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    "don't bother calling on friday, i'm at work, email me",
    // distressRound19: round 19: distress by class, and its everyday twins › reads the other classes’ everyday twins as ordinary
    '手续费高得要命',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    '你们再打，我就从楼上下去跟你们当面说清楚',
    '你们再催我就去消协投诉，我从来没欠过',
    "keep texting me and i'll go off on your manager",
    'easier for me if you just email, i cant talk at work',
  ],
});
