import { describeCare } from '../careCases.js';

/**
 * Questions about the debt after one's own death, asked with a plan, a near date, a decision
 * made or to spare the family ("if I die does the card go to my wife? I've made up my mind").
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/debtAfterDeath/questions.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: debtAfterDeath/questions', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    '要是我死了，这笔钱会不会落到我儿子头上？我得问清楚再走',
    'if i die does the balance go to my husband? asking for me, not a friend',
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › still hears the classes said another way
    '说真的不是开玩笑 我要是没了 这张卡的钱谁还',
    // distressRound18: round 18: distress by class (own set S11b, round S11 half b seen) › still hears the classes said another way
    '保单我都看过了 我要是没了 赔的钱够还卡 还能给孩子留一点',
    // distressRound19: round 19: distress by class, and its everyday twins › reads each class as distress
    '我要是死了 这卡欠的钱会让我爸妈来还吗',
    'if I die next week will my husband have to pay off this card',
    '人要是死了 欠银行的钱会落到我女儿头上吗',
    // distressRound23: care round 23 (outside blind half classes, new phrasings) › reads %s as distress
    '如果我今晚之後唔喺度，張卡嘅數會唔會追我阿媽',
    'if i wont be here after tonight does the loan go after my kids',
  ],
  ordinary: [
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    '我爸去世了，他的卡会不会找我？我想先弄清楚再去办手续，律师让我问的',
    'if i die does my wife inherit this? just doing estate planning with our lawyer',
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    '这个 interest 真的 kill 我了',
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as no crisis
    'if i die is the card debt paid from my estate? asking for planning',
    // distressRound16: round 16: distress by class (own set S10b, round S10 seen) › reads the everyday twins of each class as ordinary
    'we are doing our wills with a lawyer: if I die does the card debt pass to my kids?',
    'honestly asking: if I die does my family have to pay this?',
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › reads the everyday twins of each class as ordinary
    'serious question: if I die before my wife, does she inherit the card debt? our solicitor asked',
    // distressRound18: round 18: distress by class (own set S11b, round S11 half b seen) › reads the everyday twins of each class as ordinary
    'if i die is there insurance on the card? do you offer credit protection',
    'if i die does my life insurance cover the card or does my family pay',
    // distressRound19: round 19: distress by class, and its everyday twins › reads the other classes’ everyday twins as ordinary
    'we are making our wills: if I die does the card debt pass to my kids?',
    '家里人走了以后 他的信用卡债要谁还',
    '老人要是没了 欠的钱儿女要还吗',
    '我爸住院了，人要是没了，他的卡债我们要还吗',
    '人死债消是真的吗？我爷爷去世了他的信用卡要家人还吗',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    '我聽日唔喺度，去咗出差，唔該遲啲先打嚟',
    'bought weedkiller on the card and got charged twice',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    'my wife is gonna kill me when she sees this bill lol',
    '宁愿死也不想再听这个语音菜单，转人工',
  ],
});
