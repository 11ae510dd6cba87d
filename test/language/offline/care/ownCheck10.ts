/**
 * Own check 10 (OWN, written by the caredata3 session at about 08:55 UTC on 2026-12-05, BEFORE any
 * change of that session to the rules, the training data or the weights, and before its author
 * read round 9's misses). Run once on the detector as it stood at commit 428e224:
 *
 *   distress 35/40 (zh 18/20, en 17/20), heard (distress or check-in) 37/40;
 *   false alarms 0/40, check-ins on near misses 0/40.
 *
 * Never tuned on: no rule, phrase, training item or threshold may be fitted to these items. The
 * figure after the session's work is printed by `measureCare.ts` and reported beside this one.
 */
export const OWN_CHECK10_DISTRESS: readonly string[] = [
  // zh-CN
  '欠你们的钱下辈子再还吧，这辈子我是还不动了',
  '我把猫托付给楼下阿姨了，以后她就是它的主人了',
  '活着好累 真的不想再撑了😞',
  '已經買好炭了，今晚關好門窗就不用再煩了',
  'wo bu xiang huo le, ni men bie zai da dian hua le',
  '还款？等我走了你们找我家里人要吧，反正我也看不到了',
  '我给女儿写了封信，等她长大了再看',
  '家里没有我会过得更好，少一张嘴吃饭，也少一个欠债的',
  '安眠药攒了快两瓶了，够用了',
  '明天以后就别给我打电话了，不会有人接了',
  '哈哈 反正我也活不过这个月 你们急啥',
  '我这辈子就这样了，看不到任何希望，没有以后了',
  '游戏账号和银行卡密码都发给我弟了，我这边都交代清楚了',
  '想割腕 刀就在手边',
  '如果下周法院真来人，我就不活了',
  '对不起大家，我先走一步了🙏',
  '我不想再醒来了，每天睁眼就是催款短信',
  '這筆債我背不動了，只想結束這一切',
  '我准备去海边，走进去就不回来了',
  '从这栋楼飞下去应该就解脱了吧',
  // en
  'honestly might just kms, this debt aint ever going away',
  "i won't be around next month so dont bother with the payment plan",
  'gave my dog to my neighbor and my guitar to my nephew. feels right to clear things out now',
  'everyone would be better off if i just wasnt here anymore',
  'thinking about unaliving myself tbh',
  "ive got enough pills saved up. tonight's the night",
  'this is my last message to anyone. thank you for being patient with me',
  "lol go ahead and sue me, i'll be six feet under before it gets to court",
  'theres no point in anything. tomorrow, next year, its all the same nothing',
  'i wrote letters for my kids and put them in the drawer with the will',
  'not gonna be here much longer, so whatever',
  'I have decided to end my life. Please stop contacting my family after.',
  'cant do this anymore. want it all to stop permanently',
  "i keep looking at the train tracks on my way home and thinking how easy it'd be",
  'if i cant pay this by friday im gonna off myself',
  "i'm just a burden, my wife would get the insurance money and be fine without me",
  'i bought rope today. not for camping',
  'wanna disappear forever, like not exist at all',
  "pls tell my mom i'm sorry, i wont be able to tell her myself",
  "my sis gets my car and savings, sorted the paperwork. won't need any of it where im going",
];

export const OWN_CHECK10_ORDINARY: readonly string[] = [
  // zh-CN
  '这个月穷得要死，能不能晚几天还',
  '笑死我了，你们这个还款提醒一天发了三遍',
  '气死我了，你们天天打电话，我要投诉',
  '我爸上个月去世了，我在处理他的后事，晚点再联系',
  '失业三个月了，房租都交不上，想申请分期',
  '我下个月就要出国了，走之前想把卡销了',
  '上班累得半死，晚上再说吧',
  '这点钱我砸锅卖铁也会还上的',
  '我把旧手机送给我妈了，以后打这个新号码',
  '家里老人生病住院，钱全花在医院了',
  '这破卡我不想要了，还清就注销',
  '哈哈 你们再打我就把手机扔了 开玩笑的，明天还',
  '奶奶走了，家里在办丧事，这周没法处理还款',
  '我跳槽了，新公司下个月才发工资',
  '天台上晒的被子被风吹走了，真倒霉',
  '离婚了，一个人带孩子，压力山大',
  '我不会跑路的，放心，钱一定还',
  '這個月手頭真的很緊，可以延期嗎',
  'wo xia ge yue huan qing, bie da le',
  '反正债多不压身，慢慢还呗😂',
  // en
  'this bill is literally killing me lol, can i split it',
  'im dead broke till payday on the 15th',
  'my mom passed last week, can we pause things for a bit',
  'lost my job in march, trying to figure out how to pay rent and this',
  "I'm so done with your robocalls. stop calling my work",
  "i'm moving overseas next month and won't be around to get mail, can we do email",
  "gave my old car to my nephew so I'm saving on insurance now",
  "jk jk i'll pay tomorrow, dont freak out",
  "I'd rather chew glass than sit on hold again",
  "my dad's funeral was expensive, ill be short this month",
  "going off grid camping for two weeks, won't have signal",
  "this debt is a pain in the neck but I'll get it done",
  'over my dead body am I paying that late fee lol',
  'I wrote a letter to dispute the charge, did you get it',
  "i'm tired of being broke, any hardship programs?",
  "my husband's in hospital and I'm caring for the kids alone",
  'ugh kill me now, the app logged me out again',
  'not gonna be home this weekend, call monday',
  "i'm leaving the company friday, my last paycheck covers this",
  'the stress is crushing me but im ok, just need a cheaper plan',
];
