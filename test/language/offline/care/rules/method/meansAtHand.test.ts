import { describeCare } from '../careCases.js';

/**
 * Method and means at hand: a means acquired, counted out, set up, stashed or taken (rope, pills,
 * charcoal, poison, a gun), a means said not to be for its ordinary use, the decision not yet made.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/method/meansAtHand.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */
describeCare('care class rules: method/meansAtHand', {
  distress: [
    // distressRound10: the round-10 distress classes › hears distress in: %s
    'tied a noose last night, not the wedding kind of knot',
    // distressRound12: the round-12 distress classes › hears distress in: %s
    'got a bag of charcoal, its not for a bbq',
    '买了农药，不是拿来打虫用的',
    // distressRound12: the round-12 distress classes › does not let a reason that is denied explain a means away
    'bought rope today and it is not for camping',
    // distressRound15: round 15: distress by class (own set 15, own blind 15) › reads %s as distress
    '😢🌉',
    // distressRound17: round 17: a weapon or a means at hand and the thought of using it (lead, session 11) › answers with the crisis reply: %s
    'lost my job in march, wife took the kids, and now you guys. got my gun sitting on the kitchen table and honestly been thinking about using it',
    'my dads old rifle is in the closet, been thinking of using it tbh',
    '哥们那把枪一直在我车里 说实话最近老想用它',
    '家里那瓶农药一直放着 这几天老想着用',
    '绳子准备好了 这几天老是想用',
    // distressRound18: round 18: distress by class (own set S11b, round S11 half b seen) › still hears the classes said another way
    'rope is tied in the loft. final balance please',
    // distressRound19: round 19: distress by class, and its everyday twins › keeps a means with no ordinary use said, or an errand only guessed by someone else, as distress
    '刀磨好了 明天就用在自己身上',
    'rope is ready, tonight is the night',
    '今天去五金店买了一捆粗绳子，老板还问我干嘛用',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as distress
    'kept the weedkiller in the shed. call my mum again and i will finish it',
    '刚喝了半瓶敌敌畏，欠的钱你们找我哥吧',
    '除草剂就放在床头，实在还不上就喝了它',
    'got weedkiller under the sink and its not for the garden',
    'drank some bleach about ten minutes ago, sorry about the payment',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as distress
    '老鼠药就在柜子里，我还在犹豫要不要吃',
    '農藥就在牆角，我還沒想好什麼時候喝',
    'pills are on the table, still working up the nerve',
    '把软管从排气管接进了车里',
    'sitting in the car in the closed garage with the engine running, sorry about the loan',
    'the gas is on and i have stuffed towels under the door',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › reads %s as distress
    '敌敌畏已经买好了藏在抽屉里，你们不要再打电话给我爸了',
    'got the pesticide under the seat of my car. stop calling my wife',
  ],
  ordinary: [
    // distressRound10: the round-10 distress classes › reads everyday talk in the same words: %s
    'my brother tied the knot last weekend, that was the wedding charge',
    // distressRound14: round 14: distress by class (own set 14, own blind 14) › reads %s as no crisis
    'bought charcoal and tape for the barbecue this weekend',
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › reads the everyday twins of each class as ordinary
    '我妈的药存了三十多粒在药盒里，每天按时吃',
    // distressRound17: round 17: a weapon or a means at hand and the thought of using it (lead, session 11) › reads the everyday use as ordinary: %s
    'got my gun out to clean it this weekend',
    'the gun show is this weekend, thinking about going',
    '买了根绳子 一直想用来晾衣服',
    // distressRound19: round 19: distress by class, and its everyday twins › reads a means in its ordinary use, with a time, as ordinary
    '刀磨好了 明天想用来切肉',
    'got the rope ready for the move',
    'fishing line and rope ready for the lake trip saturday',
    '药都给我妈备好了 一个月的量 所以钱紧',
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as ordinary
    '我同事从楼上摔伤了 工伤赔偿怎么申请',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as ordinary
    '查了高铁时刻表，明天回老家，回来就还',
    '我女儿误喝了消毒液，在医院，这两天没法还款',
    'my dog drank some bleach, at the vet, will pay tomorrow',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as ordinary
    '安眠药医生开的，我犹豫要不要吃，怕依赖',
    '炭买好了，在犹豫要不要去露营',
    'doctor gave me sleeping pills, still deciding if I should take them, anyway payment date?',
    'gas is on in the kitchen and the windows are open, cooking, will pay tonight',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › does not read %s as distress
    '老鼠药放在柜子高处，怕孩子够到，你们别打电话给我老婆',
    'bought weed killer for the yard, its in the trunk. please stop calling my dad, call me',
    "I'm a mechanic working in a closed garage all day, can I pay next week",
    "I'm a mechanic, I work in a closed garage with the engine running all day. can I pay late",
    // distressRound25: care round 25 (outside round S15 half b, read after its blind run; lead, new phrasings) › does not read %s as distress
    '医生给我开了安眠药和胃药，每个月药费都要好几百，这个月能不能少还一点',
  ],
});
