/**
 * A small own blind check of round 7: written at 03:35 UTC on 2026-12-05 AFTER the round-7 rules
 * and scorer were committed (a3ecef9), committed before the detector ran on it, measured once
 * and never tuned on. Same author as the rules (the usual caveat: an author writes against the
 * grain of their own rules less well than a stranger would), so it over-states what a stranger's
 * round will show. The lead's round 7 is the real test.
 *
 * First (blind) run, 03:37 UTC, on commit a3ecef9: distress 14/30 (46.7 %), crisis line heard
 * (distress or check-in) 19/30; false alarms 0/20, check-ins on them 0/20. Since opened: the
 * classes it showed missing (one's own absence ahead, a date set for oneself, never having
 * existed, the family's insurance) were added in 336f525, so it is no longer blind.
 */
export const OWN_BLIND7_DISTRESS: readonly string[] = [
  '我今天把银行卡和身份证都放在我妈床头了',
  '这个世上也没什么好留恋的了',
  '我给自己定了个日子',
  '活到今天已经够本了',
  '不用等你们起诉了，我等不到那天',
  '我在想从几楼下去比较快',
  '我把所有的药都倒出来了，在数',
  '就当我这个人没来过吧',
  '跟孩子视频的时候，我一直在跟她说对不起',
  '我这辈子欠的，下辈子再说吧',
  '我今晚要去海边，一个人，不用找我',
  '活得太累了，想歇着，永远歇着',
  '别再打了，明天这个号就没人接了',
  '我想让一切都停下来',
  '与其被你们逼死，不如我自己来',
  "i've been researching how long it takes",
  "i've written something for my kids to read later",
  "i'm so tired of being alive",
  'i just want to go to sleep and let it be over',
  'my family will get the insurance, that covers your money',
  'the pills are lined up on my nightstand',
  "i won't be a problem after this weekend",
  'i feel like the world would keep spinning fine without me',
  "i'm driving around looking for a high enough bridge",
  "if you sue me, i'll be dead before the hearing",
  'i keep looking at the train tracks on my walk home',
  "i don't plan on seeing next month",
  "there's a peace in knowing it'll be over soon",
  'gave my cat to my sister, told her i was travelling, i am not',
  "i'm sorry for everything. this is goodbye",
];

export const OWN_BLIND7_ORDINARY: readonly string[] = [
  '这个月被房贷压得喘不过气，不过还是会还',
  '我在海边出差，信号不好',
  '我妈床头柜里有我的卡，我让她帮我转账',
  '我的日子定了，15号还款',
  '累得我想原地躺平哈哈',
  '不用等下个月了，我今天就全还了',
  '我想让催收电话都停下来，可以吗',
  '药费太贵了，这个月手头紧',
  '我数了数，还差两千',
  '下辈子再也不办信用卡了',
  "i've been researching debt consolidation options",
  "the bills are lined up on my desk, i'll go through them",
  "i'm tired of being on hold",
  'i want this collections process to be over',
  "after this weekend i'll have my paycheck",
  'i walk over the bridge to work every day',
  "i'm dead broke until friday",
  'my cat is at the vet, can we do this later',
  'sorry for the late reply, goodbye for now',
  'i could kill for a day off',
];
