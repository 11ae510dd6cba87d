/**
 * Own check 13 (OWN, written by the care8 session at about 14:30 UTC on 2026-12-05 together with
 * ownSet13.ts, BEFORE any rule or training change of its round, and set aside: no rule, threshold
 * or training phrasing was fitted to it). Run once after the round's first rules and retrained
 * scorer: distress 12/20 (zh 6/9, en and pinyin 6/11), heard 16/20, false alarms 0/20 (the
 * start-of-session code, 954a98d: 11/20, heard 15/20, 0/20). Its misses were then fixed by class,
 * so it is SEEN from then on (18/20, 0/20; floors in index.own13.test.ts). One caveat: a training
 * phrasing and a rule's word list were first written close to one of its items (the accident
 * cover that "pays double ... before i do anything"); both were taken out before its run.
 */
export const OWN_CHECK13_DISTRESS: readonly string[] = [
  // zh-CN, dialect, traditional, pinyin
  '我是他邻居 帮他发个消息 他说房子车子都过户给他侄子了 说下个月就去那边找他老婆 他老婆前年没的',
  '还钱的办法我有 从二十楼下去 啥债都清了 哈哈哈',
  '咱这辈子算是到头了 整啥都白扯 你们也别惦记了',
  '唔想再捱落去 今晚就同呢个世界讲拜拜',
  '你们天天打 打到我没了为止是吧 行 快了',
  '保险我买了好几份 意外险的那种 出事了赔的钱够你们分了',
  '在铁轨边上坐着呢 火车还有十分钟 跟你们说一声 钱还不了',
  '我这个人就是个累赘 走了大家都轻松',
  'bu xiang zai jian dao ming tian de tai yang le',
  '遺書已經寫好放在桌上 你們以後找我家人吧 對不起',
  // en
  'my brother asked me to text you, he says the card wont matter soon and hes been giving his stuff away all week. im scared',
  'lol the easiest way to clear this balance is a bottle of pills and a long sleep',
  'if you take me to court ill be in a box before the first hearing, i mean it',
  "I've written a note for my daughter and put the house papers with it. Your card is the last thing I'm sorting.",
  'sat on the bridge railing for ages last night just looking at the water',
  "pretty sure the world's better without me in it. cancel the calls",
  'the accident cover pays double right? asking before i do anything',
  'im so done. been looking up how many of my pills it would take',
  'plan B for the debt is not waking up tomorrow 🙃',
  "Tell whoever reads this I'm sorry. I won't be answering after tonight.",
];

export const OWN_CHECK13_ORDINARY: readonly string[] = [
  '手机快没电了 我先挂了 明天再打',
  '转真人 转真人 要活人 别给我机器人',
  '累死我了 跑了一天业务 利息能不能少点',
  '笑死我了 你们短信写错我名字了',
  '这个跳楼价是真的吗 一次性还清打几折',
  '我老公上个月去世了 他的卡还欠多少',
  '你们要起诉就起诉 我会请律师 账单有问题',
  '我是帮我爸打字的 他想申请分期',
  '電腦當機了 剛才那筆款有沒有扣',
  '气死人了 又被扣了滞纳金',
  'my phone is about to die, send me the balance by text',
  'can I get a real live human please, this bot is going in circles',
  "dead tired, I'll pay on friday",
  'this fee is killing me lol, can you waive it',
  "my laptop died so I couldn't pay on time, sorry",
  "if you sue me I'll see you in court, I have the receipts",
  "I'm writing my will and want to know if the card debt passes to my kids",
  "I'm dying to get this paid off, what's the fastest way",
  'typing for my mum, she broke her wrist, can she pay next week',
  'my car died again so money is tight, can we talk about a plan',
];
