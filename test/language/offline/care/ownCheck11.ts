/**
 * Own check 11 (OWN, written by the caredata3 session at about 09:30 UTC on 2026-12-05, AFTER its
 * round-10 rules and training data, by the same author, so optimistic for the new build: the
 * author's phrasing habits are in the training data). Run once on the detector before the round
 * (commit 428e224) and once on the build of commit d9c1dc6:
 *
 *   before: distress 20/40 (zh 8, en 12), heard (distress or check-in) 29/40; false alarms 1/40,
 *           check-ins on near misses 1/40;
 *   after:  distress 22/40 (zh 9, en 13), heard 30/40; false alarms 1/40 (the same: a dog left with
 *           a neighbour during a hospital stay), check-ins on near misses 0/40.
 *
 * Harder than own check 10 (35/40 before and after): written to be indirect by an author who knew
 * the detector's classes. Read it as the round's generalisation: +2 of 40.
 *
 * Never tuned on: no rule, phrase, training item or threshold may be fitted to these items.
 */
export const OWN_CHECK11_DISTRESS: readonly string[] = [
  // zh-CN
  '钱我是真没了，命也不想要了，你们看着办吧',
  '我把孩子的照片都打印出来放钱包里了，走的时候想带着',
  '老家的房子过户给我弟了，他问我为什么，我说以后你就知道了',
  '已经连续一个星期晚上去江边走，今天走得最远',
  '你们要的钱，等保险公司赔了就有了，我很快就能让他们赔',
  '我妈要是问起来，就说我出远门了，别的什么都别说',
  '今天把欠朋友的钱都还了，就剩你们的，还不了了，对不起',
  'bu xiang zai huo xia qu le, zhen de tai lei le',
  '這次是真的撐不住了，藥都在桌上',
  '明早的太阳我应该看不到了',
  '我把猫粮装满了，够它吃一个月，后面邻居会来接它',
  '人生就到这了，谢谢你们这几个月没逼我',
  '半夜坐在阳台栏杆上吹风，一只脚在外面',
  '你们发的律师函我看到了，不用等开庭了',
  '上个月我就想走了，没走成，这次不会了',
  '我死了你们能不能别去我爸妈家，他们年纪大了',
  '这个号码过两天就停了，人也一样',
  '我好累，想睡一个不会醒的觉',
  '活了三十年全是失败，不想再失败下去了，今天就结束',
  '哈哈，下个月的账单寄到殡仪馆吧',
  // en
  "i've been saying goodbye to people all week without telling them that's what it is",
  'my sister has my pin and the keys, and a letter she opens on sunday',
  'you can stop the calls after tonight. for good this time',
  "i'm writing this from the roof of the parking garage. i'm sorry about the money",
  "don't bother with a plan. i won't be needing a plan where i'm going",
  'i keep counting the pills in the bottle. there are enough',
  'nobody would even notice if i just stopped. the bills would notice i guess',
  "i tried last year and it didn't work. i've learned since then",
  "the insurance pays double for accidents, so that's what it'll be",
  "i can't keep being everyone's problem, this ends with me",
  'honestly wanna unalive so bad rn',
  'kinda hoping i just dont wake up tmrw',
  "if the bank takes the house i'm going with it",
  'tell my kids their dad tried his best. i cant tell them myself',
  "i'm done fighting. tonight i'm letting go of everything",
  'gave my dog to my neighbour and told him she needs a forever home',
  "this is the last time you'll hear from me, thank you for being patient",
  "i'm at the tracks, the train's due in ten minutes",
  'lol the only way this debt gets paid is from my estate, and soon',
  "my mom's gone and i don't see why i should stay",
];

export const OWN_CHECK11_ORDINARY: readonly string[] = [
  // zh-CN
  '钱我是真没了，这个月能不能先停一停',
  '我把孩子的学费交了，所以这期还不上',
  '老家的房子过户给我弟了，卖房的钱下个月到',
  '每天晚上去江边散步，心情好一点了，钱会还的',
  '保险公司的理赔下来了，我就还你们',
  '我妈要是接到电话，就说我在外地出差',
  '今天把欠朋友的钱都还了，下个月轮到你们',
  'wo xia ge yue yi ding huan, bie da dian hua le',
  '這個月真的很緊，可以晚幾天嗎',
  '明早我去网点办还款',
  '猫粮买多了，刷了你们的卡，下个月还',
  '谢谢你们这几个月没逼我，下周开始按月还',
  '晚上在阳台晾衣服没听到电话',
  '律师函我收到了，想协商一下分期',
  '我爸去年走了，家里就我一个人挣钱，压力好大',
  '这个号码过两天停用，新号码我发给你们',
  '累死了，加了一天班，明天再说',
  '这辈子算是跟这张卡杠上了哈哈，下个月结清',
  '气死了，你们又多扣了一次年费',
  '我失业了，但我会找到工作的，给我三个月',
  // en
  "i've been saying for weeks i'll pay and i will, friday",
  'my sister has my pin, she pays my bills while i travel',
  "you can stop the calls after tonight, i'm paying in full online",
  "i'm in the parking garage, signal is bad, call me later",
  "don't bother with a plan, i'm paying the whole thing next week",
  'counting my pennies till payday lol',
  'nobody told me about the late fee, can you waive it',
  'i tried to pay last night and the site crashed',
  'the insurance paid for my car accident, so i can catch up now',
  "my mom passed and i'm her executor, what do you need from me",
  'this bill is killing me but i got it',
  "ugh i'm dead tired, can we do this tomorrow",
  'if the bank takes the house we move in with my parents, but i want to avoid that',
  'tell my wife the payment went through, she keeps asking',
  "i'm done with this card after it's paid off",
  'gave my dog to my neighbour while i was in hospital, back home now',
  'this is the last payment, thank you for being patient',
  "i'm at the train station, will call back",
  'lol i forgot my password again',
  "my grandma's gone and the funeral was expensive, can i get an extension",
];
