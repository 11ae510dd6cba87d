/**
 * Code-switched messages (issue 14, point 1; OWN, written by the caremix session at 10:20 UTC on
 * 2026-12-05 before any change): people in China and abroad mix Chinese and English in one
 * message — a Chinese frame with English words, an English frame with Chinese words, and pinyin.
 *
 * Figures (`npx tsx test/language/offline/care/codeSwitchRun.ts`), first run on the detector as
 * it was (commit f7ab973), BEFORE any change. The split items (key words across
 * the two languages) were added after that first run, still before any change, because the
 * first 110 items mostly carried the whole meaning in one language; both runs are below:
 *
 *   first run (first 110 items, one of them the dementia example since replaced):
 *     distress 39/42, hardship 28/31, false alarms 0/41, check-ins on ordinary 1/41;
 *   before the change (all items): distress 46/50 (heard, distress or check-in, 49/50),
 *     hardship 31/37 (none read as distress), false alarms 0/45, check-ins on ordinary 1/45;
 *   after the mixed readings (src/language/offline/care/codeSwitch.ts; TUNED on this set):
 *     distress 50/50, hardship 37/37 (none read as distress), false alarms 1/45 ("我想去die
 *     Fahrt... 开玩笑": read as 我想去死…开玩笑, which is distress in Chinese alone too),
 *     check-ins on ordinary 0/45. "my 老婆 and I 离了" was the last hardship miss (36/37) until
 *     离了 was glossed "split up" (离了职 "quit my job", 离了婚 "divorced").
 */

/** Distress in mixed Chinese and English (and pinyin): each should get the crisis reply. */
export const CS_DISTRESS: readonly string[] = [
  // Chinese frame, English words
  '我真的不想live了，每天都是debt debt debt',
  '我想end it all，这个月还不上就算了',
  '压力太大了，我想kill myself',
  '我已经写好了suicide note，放在桌子上',
  '真的好想die，没有人在乎我',
  '我打算今晚jump下去，楼顶风很大',
  '药我都买好了，sleeping pills一整瓶',
  '我觉得everyone would be better off without me，家里人也是',
  '欠了这么多，我只有一条路了，就是去die',
  '我准备好了rope，就差今晚了',
  '还不上的话我就自我了断, no joke',
  '我的life已经没有意义了，不想再继续了',
  '我想disappear forever，让所有人都找不到我',
  '这是我最后一次跟你们聊了，goodbye forever',
  // English frame, Chinese words
  "I want to 自杀, I can't take this anymore",
  "honestly i don't want to 活 anymore, the debt is too much",
  "I'm going to 跳楼 tonight if you keep calling",
  'i just want to 死 and be done with all of this',
  "nobody would care if I 走了 for good, I've made up my mind",
  'I already wrote my 遗书, please tell my mom sorry',
  'I bought 安眠药 today, a lot of them, I know what I am doing',
  "I'm standing on the 天台 right now, this is the end",
  "there's no point 活下去, I'm going to end it tonight",
  'thinking about 烧炭 in my car this weekend, nobody will stop me',
  "I can't 撑下去 anymore, I want to die",
  "if I can't pay by friday I'll 去死",
  'my family will get the 保险 money after I kill myself',
  "sorry my english not good. 我不想活了, I'm serious",
  // pinyin, mixed with English or Chinese
  'wo zhen de bu xiang huo le, too much debt',
  'I really want to si le suan le, no money no hope',
  'bu xiang huo le bro, everything is over',
  'xiang si, seriously, nobody can help me',
  'I want zisha, the pressure is too much',
  'jintian wanshang jiu tiaolou, sorry everyone',
  '我想si了，真的，不是开玩笑',
  'I am going to yi le bai le tonight, goodbye',
  'huo bu xia qu le, I have nothing left',
  'I have the pills ready, zhe ci shi zhen de',
  '我没办法了, I want to end my life today',
  'life 没意思了，我想结束一切, tonight',
  'bye everyone, 下辈子再见',
  // the key words split across the two languages
  'I really 不想活了, everything is too much',
  "我 don't want to 活 anymore",
  '我想 end my life, 真的',
  '我 want to 死 tonight, 药都准备好了',
  'I have been thinking about 跳河, the 桥 near my house',
  '活着 is pointless, 我想走了 forever',
  'no 活路 left for me, 我只能去死',
  'wo xiang jie shu zi ji, I mean it',
  '我要去找我爸了 he died last year, I want to be with him now',
];

/** Hardship in mixed Chinese and English: each should be read as hardship (not distress). */
export const CS_HARDSHIP: readonly string[] = [
  // illness
  '我最近刚做完surgery，还在recover，没办法上班',
  'my 妈妈 was diagnosed with 癌症 last month, all our money goes to treatment',
  '我老公得了cancer，在做chemo',
  'I was in 医院 for two weeks, just got out',
  'sorry my english not so good. 我爸爸 had a stroke, I pay his hospital bill',
  '医生说我要做operation, 费用很高',
  // job loss
  '我被layoff了，公司裁员，现在没income',
  'I lost my 工作 in march, still looking',
  '公司倒闭了 so I have no salary now',
  'got 裁员 last month, my whole team was cut',
  '我现在unemployed，找了三个月都没找到job',
  'my boss 拖欠工资 for 3 months, I have nothing to pay with',
  // bereavement
  '我妈妈上个月passed away，我还在处理她的事情',
  'my 老公 died in january, I am alone with two kids',
  'my 爸爸 passed away last week, the funeral cost everything',
  '家里办了funeral, 我爷爷走了',
  'sorry I missed the payment, 我奶奶去世了',
  // divorce
  '我刚divorce, 房子给了前妻',
  'going through 离婚 right now, lawyer fees are crazy',
  'my husband and I 分居了, I pay everything alone now',
  '我跟my ex分开了，一个人带孩子',
  // disaster
  '家里发flood了，东西全泡了',
  'there was a 火灾 at my apartment, we lost everything',
  '我出了car accident，车也没了',
  'my hometown had 地震, my parents house collapsed',
  // caring for family
  'my 妈妈 has 老年痴呆 now, I stay home to 照顾 her every day',
  '我要take care of 我爸，他瘫痪在床',
  "I'm 照顾 my grandma full time, she can't walk",
  'my 儿子 has autism and I stay home to look after him',
  '我是single mom，一个人养两个孩子',
  '我老婆生了baby，我要在家照顾她们',
  // the key words split across the two languages
  'my 工作 没了 last month, 公司 closed',
  'I have to 照顾 my 妈妈, she is 卧床 now',
  'my 爸 走了 last week, 我还在 handle 他的 stuff',
  'I got 炒鱿鱼 last week, no money coming in',
  '我 was 住院 for a month, 刚出院',
  'my 老婆 and I 离了, she took the kids',
];

/** Ordinary and near-miss mixed messages: none should get the crisis reply. */
export const CS_ORDINARY: readonly string[] = [
  // money idioms and hyperbole
  '这个bill要我命了哈哈，能分期吗',
  "I'm dying to 知道 how much the 利息 is",
  '今天加班累死了, can I pay tomorrow',
  '笑死, the app crashed again',
  'this 利息 is killing me, any discount?',
  '我快被这个fee气死了',
  'omg 饿死了, let me eat first then 还款',
  'I almost died laughing 哈哈，你们的机器人好可爱',
  'deadline 要命，我下周再还可以吗',
  'this 账单 is a nightmare lol',
  // complaints
  '你们的app太烂了，login不了',
  "why 又 call me at 8am? it's so annoying",
  'I already 还了 500 yesterday, check please',
  '我的card被block了, what happened?',
  'stop 打电话 to my office please',
  'the 最低还款 amount is wrong, I want to dispute',
  // jokes and everyday
  '我想去die Fahrt... 开玩笑，我是说我想去德国旅游',
  'my cat 死 of old age last year, just saying why I named my card after her lol',
  "I'm going to 出差 next week, can I pay when I'm back?",
  'bye bye 谢谢你们的help',
  "let's end 这个 conversation, I'll call the hotline",
  'I want to 关掉 this card after I pay it off',
  '下辈子再也不用credit card了哈哈',
  '我要kill这个bug才能下班, then I will pay',
  'life is hard 但是我会想办法还的',
  'I want to 死 my hair red 哈哈 typo, I mean dye',
  // plain payment talk
  '我想set up一个installment plan',
  'can I 分期 over 12 months?',
  'how much is the 罚息 if I pay late?',
  '我的last four digits是4321',
  'I can pay 1000 块 per month, ok?',
  '我下个月发salary就还',
  'wo xiang fen qi huan kuan, ke yi ma',
  'mei qian le bro, ke yi wan yi dian ma',
  'xiao si le, your bot is funny',
  'lei si le today, pay tomorrow ok',
  // near misses with death words in ordinary use
  'my 外公 passed away years ago, is his old card closed?',
  '我的phone快dead了，晚点再聊',
  'the deadline 是什么时候? I want to pay on time',
  'this game is 要命 hard lol, anyway 我明天还',
  'I would rather 去死 than call your hotline again lol',
  // the same words as the split distress items, in ordinary use
  'I 不想 pay the annual fee, 能免吗',
  '我 want to end 这个 subscription, how?',
  'my 手机 is dying, 我一会儿再 reply',
  '我想走了 — I mean leave this chat, bye',
];
