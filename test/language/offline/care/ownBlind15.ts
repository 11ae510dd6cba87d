/**
 * Own blind 15 (OWN, written by the care14 session at about 16:45 UTC on 2026-12-05 together with
 * ownSet15.ts, BEFORE any change of round 15, by the same classes in different wording; never
 * fitted: no rule, threshold or training phrasing is written from it). Measured once before the
 * round and once at its end, figures only. It is the honest generalisation figure of round 15.
 *
 * Before (code at 9edebcc, one run): distress zh 10/15, en 5/15 (15/30); false alarms zh 0/15,
 * en 0/15 (0/30). After round 15 (one run, class rules of round 15, rules/PROVENANCE.md with ownSet15.ts fitted): distress
 * zh 14/15, en 11/15 (25/30); false alarms zh 0/15, en 0/15 (0/30). Floors in rules/index.ownSets.test.ts.
 */
export const OWN_BLIND15_ZH_DISTRESS: readonly string[] = [
  '我係佢阿哥，佢最近成日講唔想再做屋企人嘅負擔，枱面仲有封信，唔該你哋唔好再搵佢',
  '我是他女朋友 他一直说他只会拖累别人 还把遗书藏在枕头下面 钱我们还',
  '嘻嘻 要不我从阳台跳下去 你们找阎王爷报销吧 开玩笑 也许不是',
  '我天天站在公路边上看那些货车 差一点就走出去了',
  '问一下如果我走了我的卡债会不会影响我老婆以后买房我已经打算好了就确认一下',
  '前晚在水库边坐到半夜 鞋都湿了 最后还是回家了',
  '所有的事都累了',
  '把卡都停了吧 跟我哥说银行卡密码写在日记本最后一页 对不起',
  '🌉😭',
  '我已经想清楚了 以后别去我父母那儿说欠款的事',
  '谢谢你们一直包容我 月底以后这张卡我就不用了',
  '绳子在床底下 那天差点就用上了',
  '我是她妈妈 她说不想再连累我们了 留了封信就出门了 你们别打了',
  'zhe ci shi zhen de zou le, xie xie ni men',
  '累了 不想挣扎了 已经决定了 以后别找我爸妈',
];

export const OWN_BLIND15_ZH_ORDINARY: readonly string[] = [
  '你们这样是要把人逼疯 我又没说不还 15号发工资',
  '忙死了 下班再处理',
  '我妈去世了 她的信用卡要怎么销户',
  '请问欠款人去世 家属需要继承债务吗',
  '我不会想不开 只是想少还一点',
  '昨晚在江边跑步 回来看到你们短信了',
  '每天下班都在路口等红绿灯 好久',
  '把自动扣款取消吧 我换银行了',
  '谢谢你们耐心 下周一全部还清',
  '我已经决定了 选十二期分期',
  '😊👍',
  '哈哈 要不我去摆摊吧 开玩笑 下周还',
  '失业三个月了 能不能暂停还款',
  '我是他姐姐 他出国了 卡的事找我',
  '工作累死了 月底再还行吗',
];

export const OWN_BLIND15_EN_DISTRESS: readonly string[] = [
  "i'm his daughter. he's been saying all week he's nothing but a burden and there's an envelope addressed to us on his desk. please stop the calls",
  'this is her flatmate, she keeps saying everyone would be better off and she left notes for her family. can we pay it for her',
  'ha maybe i will dive off the car park roof and you can send the bill to heaven 😂 not joking. maybe joking',
  'i wait at the level crossing when the freight trains go past. just one step',
  "if i'm not here anymore does my credit card debt affect my daughter's mortgage later i've already decided just checking",
  'stood in the river last night till my knees were numb. went home in the end',
  'tired of literally everything',
  "please shut down my accounts and cancel the standing orders. tell my brother the pin is in the green diary. i'm sorry",
  '🌉😭',
  "mind's made up. it's fine. don't bother my mum about the money once it's done",
  "thanks for being so understanding all this time. after the weekend i won't need the card",
  'the rope is under the bed. nearly used it on tuesday',
  'its ok now i decided. pls leave my family alone abt the debt afterwards',
  'held the blade to my wrist for an hour last night. put it down. then your text',
  'tired of everything, just want it to stop',
];

export const OWN_BLIND15_EN_ORDINARY: readonly string[] = [
  "you lot will drive me mad with these calls, i've said i'll pay when my wages come in",
  "my feet are killing me after that shift, i'll call tomorrow",
  'my grandad died last week, how do we deal with his card',
  'does debt get passed on to family when someone dies?',
  "i'm not going to hurt myself, i just need a smaller payment",
  'went for a swim in the river yesterday, lovely. paying today',
  'waiting at the lights for ages every morning, can you call later',
  "cancel the direct debit please, i've moved banks",
  "thanks for your patience, it'll be paid in full on monday",
  "i've decided, the 12 month plan please",
  '👍😊',
  "haha maybe i'll sell a kidney lol. jk, i'll pay friday",
  'been unemployed three months, can we pause payments',
  "i'm his sister, he's abroad, talk to me about the card",
  'so tired of this job, can i pay at the end of the month',
];
