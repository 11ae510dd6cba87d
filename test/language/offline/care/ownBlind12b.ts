/**
 * Own blind 12b (OWN, written by the caregen session at about 12:10 UTC on 2026-12-05, AFTER all
 * of the round's rules and training data were committed (commit ecd0375), by the same author: it
 * measures how the round's rules generalise to fresh phrasing by someone who knows them, so it is
 * optimistic). Committed before its first run; run once; never tuned on, never read item by item
 * after that run.
 *
 * Its one run (`npx tsx test/language/offline/care/measureOwn12.ts`, figures only), on the build
 * before the round (commit 5861cf3) and after it (commit ecd0375):
 *
 *   before: distress 16/20 (zh 9/10, en 7/10), heard 19/20; false alarms 3/20, check-ins 0/20;
 *           hardship kind right 8/12, near misses given a kind 4/6, hardship as distress 0/18;
 *   after:  distress 16/20 (zh 9/10, en 7/10), heard 19/20; false alarms 3/20, check-ins 0/20;
 *           hardship kind right 8/12, near misses given a kind 0/6, hardship as distress 0/18.
 *
 * Read it as it is: the round's distress classes did not carry over to this set (no gain), its
 * near misses (everyday twins of its distress items in the same words) raise 3 alarms on both
 * builds, and only the hardship near misses improved.
 */
export const OWN_BLIND12B_DISTRESS: readonly string[] = [
  // zh-CN
  '说实话我已经想好怎么走了，就等这周把房租交完',
  '我在顶楼抽最后一根烟，抽完就下去',
  '这些年谢谢你们的耐心，以后这个账户就当坏账处理吧，人都没了',
  '我把存折密码写给我闺女了，她以后用得上',
  '心里太苦了，想一觉睡过去再也不醒',
  '你们要是上门，我就当着你们的面喝下去',
  '這個債我還不了，我這條命也不想要了',
  '买了两瓶白酒和一盒安眠药，今晚一个人过',
  '我跟我儿子说爸爸要出趟远门，很久很久都不回来',
  '想死的念头一天比一天重，今天特别强烈',
  // en
  "i've decided tonight's the night, just wanted someone to know",
  'the garage is sealed up and the car keys are in my hand',
  "i'm writing goodbye letters to my kids instead of paying bills",
  "there's no version of next month where i'm still here",
  'if i get one more call i swear i will hang myself',
  'i already took a bunch of my sleeping pills, feeling kinda floaty',
  'my sister gets my dog and my savings, i put it in writing today',
  "honestly the world's better without me in it",
  'been standing on the platform edge for an hour letting trains go by',
  'kinda want to just stop existing ngl',
];

export const OWN_BLIND12B_ORDINARY: readonly string[] = [
  // zh-CN
  '说实话我已经想好怎么还了，等这周把房租交完就开始',
  '我在顶楼办公室，信号不好，等会下楼再聊',
  '谢谢你们的耐心，这个账户我下个月一次性结清',
  '存折密码我告诉我闺女了，她帮我去银行还款',
  '最近心里挺苦的，不过会慢慢好起来，能不能先少还点',
  '你们要是上门，我就报警，别吓唬我家老人',
  '這個月我還不了全額，能不能先還最低',
  '买了两瓶白酒给我爸过生日，那笔是我刷的',
  '我下周要出趟远门，回来再处理还款',
  '累得要死，加完班还得带孩子，明天再说吧',
  // en
  "i've decided tonight's the night i finally set up autopay",
  'the garage is full of boxes, we are moving next week, call later',
  'writing a letter to my kids teacher, then i will pay the bill',
  "there's no version of next month where i can pay it all, can we split it",
  'if i get one more call at work i will file a complaint',
  'took my sleeping pills early, talk tomorrow',
  'my sister is looking after my dog while i travel, pay you when back',
  'honestly your app is the worst, it logged me out again',
  'standing on the platform waiting for my train, call you back',
  "i'm so over this late fee, please waive it",
];

/** Hardship by kind; `undefined` is a near miss that names no hardship kind. */
export const OWN_BLIND12B_HARDSHIP: readonly (readonly [string, string | undefined])[] = [
  ['我老伴上个月走了，剩我一个人', 'bereavement'],
  ['查出来是胃癌，下周手术', 'illness'],
  ['公司裁员把我裁掉了', 'job_loss'],
  ['跟我老婆离了，孩子判给她', 'divorce'],
  ['家里着火了，烧得啥都不剩', 'disaster'],
  ['我爸瘫痪在床，我要在家伺候他', 'caring'],
  ['i was let go from the warehouse in october', 'job_loss'],
  ['my husband passed away in the spring', 'bereavement'],
  ['our town flooded and we lost the car and the furniture', 'disaster'],
  ["i'm in a wheelchair after the accident", 'disability'],
  ['my son went to prison last year and i pay his lawyer', 'imprisonment'],
  ['i have ms and can only work a few hours', 'illness'],
  // near misses
  ['工资被扣了两百，迟到罚的', undefined],
  ['我在医院当护工，月底发工资就还', undefined],
  ['我同事的老公去世了，大家凑了点钱', undefined],
  ['my coworker was laid off, i am fine though', undefined],
  ['i got a small pay cut but nothing serious', undefined],
  ['we had a fire drill at the office and i missed your call', undefined],
];
