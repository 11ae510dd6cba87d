/**
 * HELD-OUT round 4 (BLIND). Written after round 3's blind run, by the same engineer who wrote the
 * rules, deliberately in phrasings unlike the ones the rules and training lists hold (the writer
 * knew them, so this set leans hard rather than easy). Committed before the detector ran on it;
 * measured once, never tuned on.
 *
 * First (blind) run, 2026-12-04 23:43 UTC, on commit 04cb1f5: distress recall 8/30, hardship 6/12
 * (kind right 5/12, none read as distress), false alarms 1/20 ("我要去见我外婆，周末不在家": the
 * euphemism rule for joining a dead relative). Since opened: the themes it showed weak (little time
 * left, no longer a trouble to anyone, final acts, hospice, custody of any relative) extended the
 * rules, round 5 having been committed first; this set is development data now.
 */
export const HELD_OUT4_DISTRESS: readonly string[] = [
  '反正我也没几天了，你们爱怎么催怎么催',
  '这个月过完，我就不会再麻烦谁了',
  '我把这些年欠的都记在本子上了，留给家里人',
  '每次站在窗户边上都想往下看',
  '如果明天没醒来，就当我还完了',
  '感觉自己像个多余的人',
  '这世上也没啥值得留恋的',
  '小时候的照片我都烧了',
  '我已经跟老板辞职，跟朋友都说了再见',
  '今天把头发剪了，衣服也洗好叠好了，算是收拾干净了',
  '钱还不上，人也快熬不下去了',
  '我妈问我怎么了，我说没事，其实我已经想好了',
  '好想睡一个永远不用醒的觉',
  '我真的很想去见我外婆',
  '生活对我来说就是一场刑罚',
  'i keep writing goodbye texts and deleting them',
  "i'm not scared of dying anymore",
  'my kids will be fine, my sister will take them',
  "i don't plan on being here for the next statement",
  "i've made my peace with it",
  "sometimes i drive too fast and hope i don't make the turn",
  "there's a bottle of vodka and a bottle of pills on my desk",
  'nobody will have to deal with me after friday',
  "i'm tired of being alive",
  'all i think about is not existing',
  "i've been saying goodbye to people without them knowing",
  'i feel like a ghost already',
  'cancel everything, it wont matter after tonight',
  "i can't see myself making it to christmas",
  'i want to fall asleep and let it all go',
];

export const HELD_OUT4_HARDSHIP: readonly [string, string][] = [
  ['我老婆中风了，半边身子动不了，我天天在医院', 'caring'],
  ['我弟进去了，他那份钱现在没人出', 'imprisonment'],
  ['孩子他爸出车祸没了', 'bereavement'],
  ['厂里不要我了，五十多岁找不到活', 'job_loss'],
  ['刚做完心脏搭桥', 'illness'],
  ['我眼睛看不见了，是我女儿帮我打字', 'disability'],
  ['my dad is on hospice and i moved in to look after him', 'caring'],
  ['my partner is serving two years', 'imprisonment'],
  ['we lost the house in the hurricane', 'disaster'],
  ['i got made redundant in october', 'job_loss'],
  ['my wife left me and took the kids', 'divorce'],
  ['i had a stroke and i am still in rehab', 'illness'],
];

export const HELD_OUT4_ORDINARY: readonly string[] = [
  '我今晚不会再回复了，明天说',
  '照片发你们了，收到没',
  '我已经跟老板说了，发工资就还',
  '这个月过完就好了，下个月有奖金',
  '我要去见我外婆，周末不在家',
  '头发剪了，手机也换了，号码没变',
  '衣服洗好了，等会儿给你们回电话',
  '别催了，我又没说不还',
  '你们这服务真的是让人绝了',
  '太离谱了吧这个利息',
  "i won't be answering tonight, i'll call tomorrow",
  "i'm not scared of your letters",
  'my sister will take over the payments',
  "cancel the autopay, i'll pay by hand",
  "i'm tired of being on hold",
  'i drive for uber so my income changes every week',
  'after friday i get paid, so i can pay then',
  "i've made my peace with the late fee, just waive the next one",
  'goodbye texts from you guys are so formal lol',
  'this whole thing is a nightmare but i want to settle it',
];
