import { describeCare } from '../careCases.js';

/**
 * Veiled farewells by giving things away: belongings or pets given away for good, before "I go",
 * with the card the last thing left or contact ended, and pets or children provided for.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/farewell/givingAway.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: farewell/givingAway', {
  distress: [
    // distressRound9: round 9: implicit distress by class, and its everyday look-alikes › "%s" → distress %s
    '狗送给邻居了，她会对它好的，我就放心了',
    // distressRound10: the round-10 distress classes › hears distress in: %s
    'gave my bike and my books to my cousin, this card is the last thing i own',
    '电脑送给同事了，东西都分完了，就剩你们这张卡',
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as distress
    '要是我走了 这笔账会不会找我爸妈 我都想好了',
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as distress
    "gave all my records to my brother, the balance won't matter now",
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as distress
    '给儿子的信写好了，卡号写在里面，等我走了让他来销户',
  ],
  ordinary: [
    // distressRound9: round 9: implicit distress by class, and its everyday look-alikes › "%s" → distress %s
    '猫送给朋友养了，新房东不让养宠物',
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    'gave my bike to my cousin because i bought a new one',
    'gave my old car to my son, the card is the last thing left to pay off',
    // distressRound14: round 14: distress by class (own set 14, own blind 14) › reads %s as no crisis
    "my sister has the dog while i'm in hospital, when i'm gone for the op please call her",
    // distressRound16: round 16: distress by class (own set S10b, round S10 seen) › reads the everyday twins of each class as ordinary
    '以后这张卡用不着了，我换了新卡',
    '我走了以后这张卡你们找我老婆就行，我出差三个月',
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › reads the everyday twins of each class as ordinary
    'gave my old sofa to my neighbour and moved out, please stop sending letters to that address',
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as ordinary
    '相机送给表弟了 这期账单我下周还',
    'gave my records to my brother, paying the card on friday',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    'how much tylenol can I give my toddler, she has a fever',
  ],
});
