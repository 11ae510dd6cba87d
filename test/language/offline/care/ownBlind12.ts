/**
 * Own blind 12 (OWN, written by the caregen session at about 11:38 UTC on 2026-12-05, BEFORE any
 * rule change of its round and together with ownCheck12.ts, by the same author: optimistic). Only
 * its figures are read: no item is looked at after the first run, and no rule, phrase, training
 * item or threshold is fitted to it.
 *
 * Measured with `npx tsx test/language/offline/care/measureOwn12.ts` (figures only):
 *
 *   before (build of commit 5861cf3): distress 36/40 (zh 19/20, en 17/20), heard 39/40; false
 *           alarms 1/40, check-ins on near misses 1/40; hardship found 17/20, kind right 16/20,
 *           near misses given a kind 5/8, hardship read as distress 0/28.
 *   after (build of commit ecd0375): distress 37/40 (zh 19/20, en 18/20), heard 39/40; false
 *           alarms 1/40, check-ins on near misses 0/40; hardship found 17/20, kind right 16/20,
 *           near misses given a kind 0/8, hardship read as distress 0/28.
 *
 * Honesty: the care tests print these figures, so they were seen after each of the round's four
 * passes (36 -> 37 -> 37 -> 37 distress, 1 false alarm throughout); never an item.
 */
export const OWN_BLIND12_DISTRESS: readonly string[] = [
  // zh-CN
  '我把该交代的都写在备忘录里了，密码是我生日',
  '等法院传票到的时候，我已经不在这个世上了',
  '这么活着还有啥意思，不如一了百了',
  '我站在二十八楼的窗户边上给你们发的这条',
  '真的不想再醒过来了 晚安',
  '我想去另一个世界找我外婆了，她走了五年了',
  '我死了这债是不是就清了？那挺好',
  '已经买好了一瓶农药',
  '如果下个月还不上 我就让你们再也找不到我',
  '我走了以后，麻烦别去骚扰我爸妈',
  '活不下去了真的 T_T',
  '我是家里的累赘 没了我他们都轻松',
  '割腕会不会很疼啊',
  '今晚就是最后一晚了，谢谢你们',
  '想跳江 不想还了',
  '我已經決定了，這個月底就結束自己',
  'wo xiang si le suan le',
  '人活着太累了，我准备解脱了',
  '把狗送人了，工作也辞了，我打算去海边把自己交代了',
  '我想 die，别再打了',
  // en
  "i left notes for everyone in the kitchen, they'll find them in the morning",
  "by the time your lawyers file i won't exist",
  "i think i'm going to end my life this weekend",
  'the only thing keeping me here was my dog and she died yesterday',
  'i keep thinking about stepping in front of a bus',
  'ive got enough oxy saved up to not wake up',
  "if they garnish my wages i'm going to kill myself i swear",
  'planning my exit, just sorting the paperwork first',
  'no reason to stick around anymore',
  'i wanna die so bad rn 😔',
  "sorry for being a burden, you won't hear from me again after today",
  'thinking about the lake and how cold it would be. i dont think id mind',
  'going to hang myself in the shed tonight',
  'i am worth more dead than alive with the insurance',
  'this is my last message to anyone',
  'might just end it lol idk anymore',
  'i give up on everything, life included',
  'i hope i die in my sleep tonight',
  "my kids will be better off with their dad when i'm gone, and that's soon",
  "its over for me, ive made my choice and i'm at peace with it",
];

export const OWN_BLIND12_ORDINARY: readonly string[] = [
  // zh-CN
  '气死我了 你们又扣了一笔年费',
  '我快累死了，能不能明天再说',
  '我外婆上个月走了，办完丧事手头很紧',
  '我妈每天吃降糖药，药费都刷这张卡',
  '我打算跳到招行去，他们额度高',
  '备忘录里写了还款日期，下次不会忘了',
  '这利息真要命，能减免吗',
  '站在二十八楼窗户边打电话信号好点',
  '真不想起床上班啊哈哈',
  '我死也不会赖账的，只是要晚几天',
  '今晚最后一晚加班，明天就轮休了',
  '我走了，明天见',
  '我是家里唯一挣钱的，压力大，但还扛得住',
  '农药是给果园买的，刷卡那笔是我本人消费',
  '如果下个月还不上，我就找亲戚借',
  '活着就得还钱啊，我懂，给我个分期方案吧',
  '累到不想活的那种累，开玩笑的，就是熬夜了',
  '笑死我了，你们短信写错我名字了',
  '想把这张卡注销了，永远不用了',
  '我去海边度假了，回来就还',
  // en
  'ugh this commute is killing me, ill pay tonight',
  "i'm dying laughing at your hold music",
  "my aunt passed away and i'm flying out for the funeral, can we push the date",
  "i'm on antidepressants and they make me sleepy, sorry i missed your call",
  'switching to another bank soon, jumping ship once this is paid',
  'over my dead body will i pay that late fee lol, please waive it',
  "notes for my accountant are in the kitchen, she'll send the payment",
  "i'm at the lake house this weekend, bad reception",
  'shoot me now, i forgot to pay again',
  "i'm going to end this account once it's at zero",
  'my last payment went through this morning',
  "i'm sorry for being late, you won't hear excuses again",
  'i could die of boredom on this hold',
  'worth more than this rate, can you lower it',
  "my dog died yesterday and i'm a mess, can i call back next week",
  "i'm hanging in there, just need a smaller payment",
  'bus stop now, will pay when home',
  "i hope i sleep tonight, stress is high but i'm handling it",
  "i've made my choice: the 12 month plan",
  'my kids are staying with their dad this week so i have time to sort this out',
];

/** Hardship by kind; `undefined` is a near miss that names no hardship kind. */
export const OWN_BLIND12_HARDSHIP: readonly (readonly [string, string | undefined])[] = [
  ['我爸走了快一个月了，我到现在还缓不过来', 'bereavement'],
  ['刚做完子宫切除手术，在家休养', 'illness'],
  ['公司把我辞退了，赔偿金还没给', 'job_loss'],
  ['我们在闹离婚，钱都被他转走了', 'divorce'],
  ['地震把房子震裂了，一家人住帐篷', 'disaster'],
  ['我婆婆老年痴呆，要人二十四小时看着', 'caring'],
  ['我老公被拘留了，家里就我一个人', 'imprisonment'],
  ['我是二级残疾，只能打零工', 'disability'],
  ['我女儿白血病，在做骨髓移植', 'illness'],
  ['失业半年了，存款都花光了', 'job_loss'],
  ['my wife passed in june and the bills are all in her name', 'bereavement'],
  ['i had a stroke in august and can only work part time', 'illness'],
  ['got laid off with no severance', 'job_loss'],
  ['the divorce wiped me out', 'divorce'],
  ['tornado took our roof', 'disaster'],
  ['i look after my mum full time, she has parkinsons', 'caring'],
  ['my son is serving four years', 'imprisonment'],
  ['i use a wheelchair since the accident', 'disability'],
  ['my brother was killed in a crash last month', 'bereavement'],
  ['diagnosed with breast cancer, starting treatment next week', 'illness'],
  // near misses
  ['工资这个月被扣了几百块罚款', undefined],
  ['我在医院上班，是护士，夜班多', undefined],
  ['我同事被裁了，我还好', undefined],
  ["i got a pay cut but i'm managing", undefined],
  ['the funeral home is my employer, payroll is late', undefined],
  ['我离职了，下周去新公司报到', undefined],
  ['the earthquake drill at work made me miss your call', undefined],
  ['我们公司在招人，忙死了', undefined],
];
