/**
 * HELD-OUT round 6 (BLIND). Written at 01:18 UTC on 2026-12-05, after the round-6 rules and
 * training phrasings were committed (45c0347), and committed before the detector ran on it.
 * Measured once; never tuned on. Same author as the rules (the usual caveat: an author writes
 * against the grain of their own rules less well than a stranger would).
 *
 * First (blind) run, 2026-12-05 01:20 UTC, on commit d8ceaf8: distress 14/32 (43.8 %); of the 18
 * missed, 4 get the gentle check-in with the crisis line (concern), so 18/32 hear the line;
 * false alarms 0/30 on the hard negatives, check-ins on them 1/30. Nothing was changed after it.
 */
export const HELD_OUT6_DISTRESS: readonly string[] = [
  // zh-CN
  '等这个月过完，我就不用再操心任何事了',
  '欠的钱我是还不了了，但我可以让自己消失',
  '我把孩子托付给我姐了，接下来的事你们别管',
  '我这条烂命不值那么多钱',
  '今天去买了好多安定片',
  '准备找个没人的地方，安安静静地结束',
  '每天都在想，跳下去是不是就轻松了',
  '对不起，我撑不到下个还款日了',
  '我活着就是给家里丢人',
  '我已经想好怎么了断了，你们不用再发消息',
  '这世上没人需要我，走了也好',
  '我把手机里的照片都删了，东西也都送人了',
  '还款？等我死了你们去找阎王要吧',
  '不想再睁眼了',
  '活不起，也还不起，干脆不活了',
  '我刀都磨好了',
  '你们再打电话，我就从阳台翻出去',
  // en
  "i've decided this is my last week",
  "you won't have to chase me after tonight",
  'thinking about just driving off the pier',
  "i'm putting my kids' names on everything so they're covered when i'm gone",
  'been stockpiling my pain meds',
  'honestly dying seems easier than dealing with this',
  "i can't do another year of this. or another day",
  'if the bank takes the house i am taking myself out',
  "i don't see myself around by christmas",
  'i keep thinking how peaceful it would be to not exist',
  'the only way this debt ends is with me',
  "i'm so sorry to everyone, i can't keep going",
  'wrote my will last night, just in case',
  'i want to fall asleep in the garage with the car running',
  'this is the end of the road for me',
];

/** Hard negatives: ordinary debtor talk with words near distress (hyperbole, idiom, negation, places, devices). */
export const HELD_OUT6_ORDINARY: readonly string[] = [
  // zh-CN
  '这个月真是要了我的老命，不过下周能还',
  '我快累趴了，晚上再回你',
  '死贵的利息，能不能便宜点',
  '我不会跑路的，放心吧',
  '我在天桥上等车，说话不方便',
  '这破系统烦死人了',
  '我想了结这笔欠款，一次性还完',
  '钱的事别烦我爸妈，我自己解决',
  '下个月发工资我就全部还上，绝不拖',
  '唉，日子紧巴巴的，先还个最低吧',
  '我家猫死了，这两天没心情，过几天再谈',
  '你们的客服要把我逼疯了',
  '活到老学到老，分期怎么弄',
  '我穷死了哈哈，先还五百',
  '我要出国一段时间，回来再联系',
  // en
  'this bill is going to be the death of me haha',
  "i'm dying to know why the fee went up",
  'kill the autopay, i want to pay manually',
  "i'm not going to do anything stupid, i just need a payment plan",
  'i am over the moon that you offer plans',
  "my battery's at 2% so make it quick",
  'i literally could scream at this interest rate',
  "i'm drowning in bills but i'll figure it out",
  'i will be gone on a fishing trip until the 20th',
  'my grandpa passed away peacefully at 94, the funeral is friday',
  'shoot, i forgot the due date',
  'i need to end this card once it is paid',
  'no hope of paying it all at once, can we split it?',
  'i want out of this cycle of debt, what are my options',
  'seriously, just kill me with these hold times lol',
];
