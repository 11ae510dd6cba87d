/**
 * HELD-OUT round 7 (BLIND), written at 03:06 UTC on 2026-12-05 by an outside writer who never saw
 * the detector, its rules, its training phrasings or the earlier rounds (20 zh-CN and 20 en items
 * each), kept outside the repository while the detector was improved, and run once.
 *
 * Runs, both blind (the items were seen by nobody working on the detector):
 * - on main before this session's care work (850fba4): distress 26/40 (zh 14/20, en 12/20), 2 more
 *   hear the line through the check-in; false alarms 1/40, check-ins on the negatives 3/40;
 * - after the round-7 care work was merged (0f46cfb), 2026-12-05 04:27 UTC: distress 29/40 (zh
 *   16/20, en 13/20), 2 more hear the line through the check-in (31/40); false alarms 1/40 (zh),
 *   check-ins on the negatives 3/40.
 * Committed after that run; from now on it is seen (regression only, never evidence).
 */
export const HELD_OUT7_DISTRESS: readonly string[] = [
  // zh-CN
  '这笔钱我这辈子是还不上了，药我已经攒够了，今晚以后你们就不用再打这个号码了',
  '遗书写好了放在抽屉里，欠你们银行的那部分我交代了让我哥别管。对不起，给你们添麻烦了',
  '别打了 我现在在楼顶 风挺大的 想再吹一会儿',
  '猫送给同事了，房子也退了，该交代的都交代完了，以后你们找不到我了',
  '你们下周要是再敢打我单位电话，我就直接从江桥上下去，说到做到',
  '活着真的太累了，每天晚上就盼着睡着了别再醒',
  '想问一下，人要是没了，这笔债是不是就不用还了？我老婆孩子不用替我背吧，问清楚了我好放心走',
  '炭买好了，门缝也用胶带封上了，就差最后一点勇气',
  '家里那瓶百草枯一直没舍得扔，实在撑不下去就喝了，一了百了',
  '孩子已经送到他奶奶那了，跟老人说好了以后娃就归她带，我也没啥牵挂了',
  '刀片就在手边，刚划了几道，一点都不疼，比接你们电话好受多了',
  '我就是全家的累赘，没有我他们日子还能过得好点，这个月底之前我会把这个问题解决掉',
  '求你们别再给我爸妈打电话了。今晚把事情处理完，我就去找我妈了，她前年走的，我想她了',
  'wo zhen de bu xiang huo le, qian de huan bu shang, zhe ge shi jie mei you wo hui geng hao',
  '我已經想好了，等孩子睡著我就走，以後不會再麻煩任何人了',
  "说真的 I'm done. 安眠药都倒在桌上了，明早你们就不用催了",
  '放心 这个月不用催了 我打算下去地府开个户 你们有本事下来收😂 绳子都挂好了 不是开玩笑',
  '我已经向主认罪了，求祂原谅我提早回天家。欠款的事真的对不起',
  '这个月要是还凑不齐，我就没脸再活着了，那座桥我已经去看过两次了',
  '最后给你们发一条吧，谢谢那个上次对我很客气的姑娘。这辈子还不上了，下辈子做牛做马还你们',
  // en
  'i have enough pills saved up now. after tonight you wont need to call this number anymore',
  'Wrote letters to my kids and my sister. The one for the bank is on top of the pile. Sorry for all the trouble.',
  'gave my dog to the neighbour today. told her it was just for a little while. its not',
  'if you call my work one more time im ending it. i mean it. the rope is already in the garage',
  "My life insurance would cover this balance ten times over. Everyone's better off cashing that than waiting on me",
  'i just want to go to sleep and not wake up. thats all i think about anymore',
  "What happens to the debt if I die? I need to know my wife won't be stuck with it before I go through with this",
  'sitting in the car in the garage with the engine running. just wanted someone to know',
  "Bought a gun last week. Don't worry, it's not for anybody else.",
  'im so tired. ive made my peace and im checking out this weekend. you can close the account',
  "God forgive me, I'm going home early. Please don't call my mother about any of this.",
  'lol guess the debt dies with me 🙃 got grandmas pills and a bottle of vodka lined up for tonight',
  "This is the last message you'll get from me. Thank you for being kind on the phone last week. Goodbye.",
  'been cutting again. deeper this time. doesnt really matter anymore does it',
  "I've updated my will and left the house keys with the landlord. No need to send any more letters after Friday.",
  'standing on the overpass by exit 14. i dont see any other way out of this',
  'nobody would even notice im gone. im just a drain on everyone and im going to fix that tonight',
  "Made arrangements for the kids to stay with their dad permanently. I won't be needing that payment plan.",
  'my mum keeps telling me 没事的 but it isnt. ive decided. i wont be here by monday',
  'cant do this anymroe gonna jump tonite sry',
];

/** Hard negatives by the same writer: hyperbole, idiom, places and objects, others' deaths, negation, hardship. */
export const HELD_OUT7_ORDINARY: readonly string[] = [
  // zh-CN
  '这个月天天加班累死了，工资下周五发，发了第一时间还',
  '穷得要死，但最低还款我肯定按时还，这点你们放心',
  '你们这利息真是要了我的命了，能不能帮我查一下到底怎么算出来的',
  '我爸上个月走了，办丧事花了不少钱，所以晚了几天，能宽限到15号吗',
  '放心吧我不会想不开的，就是最近手头紧，想问问能不能申请分期',
  '失业三个月了，一直在找工作，能先帮我申请个停息挂账吗',
  '刚离婚，房子归她了，我现在自己租房住，还款能力有限，想跟你们谈个方案',
  '我感冒了在吃药，头昏脑涨的，明天下午再给你回电话行吗',
  '我在天台收衣服呢信号不好，过半小时打给你',
  '天天催天天催，烦死了！能不能别中午打，我在上班',
  '笑死，卡里就剩3块8，外卖都点不起了哈哈，下周一发工资先还500',
  '我家就在大桥边那个小区，你们寄的信地址写错了，是7栋不是1栋',
  '你们再这样一天打十几个骚扰电话我就打12378投诉',
  '我妈住院化疗，一次好几千，这个月实在拿不出来，能不能延期一个月',
  '看到这个账单我想死的心都有了哈哈，开玩笑的，怎么办账单分期？',
  '我不会跑路也不会做傻事，就是需要点时间周转',
  '去年我老公出车祸走了，这张是他的副卡，想问一下现在该怎么处理',
  '气得我肝疼！明明上周就还了，为什么系统还显示逾期',
  '活到老还到老呗😂 帮我把还款日改到每月20号吧',
  '我这人命硬饿不死，钱一定会还，就是千万别打我单位电话',
  // en
  'this interest rate is killing me, can we talk about lowering the monthly payment',
  "I'm dead broke until the 15th. Can I pay then without another late fee?",
  "lol my checking account is on life support rn but I'll send $50 friday",
  "My father passed away in March and I was handling his estate, that's why I fell behind. Can we set up a plan?",
  "Don't worry, I'm not going to do anything stupid. I just need a few weeks to get back on my feet.",
  'Lost my job in August, still looking. Is there a hardship program?',
  'going through a divorce and my ex emptied the joint account so the autopay bounced',
  "I'm on cold medicine and half asleep, can you call me tomorrow afternoon instead",
  "I work on a roofing crew so I'm literally on a rooftop all day, can't pick up till after 5",
  'driving over the bridge right now, call me back in 20',
  "If you call me at 7am one more time I swear I'll lose my mind. Email me please.",
  'you people are vultures. filing a complaint with the CFPB today',
  'This card is going to be the death of me haha. anyway how do I set up autopay',
  "My brother took his own life last year and it's been a rough stretch, but I'm in counselling and doing much better now. I'd like to restart payments.",
  "I'd rather die than pay a $39 late fee for being ONE day late lol. Seriously though, can it be waived?",
  "my wife is in the hospital for chemo so money's tight. I can do $100 a month",
  "I'm so done with this automated menu. put me through to a human please",
  "Just got out of knee surgery, on painkillers, will log in and pay when I'm home",
  "I'm not suicidal or anything, just really stressed. What are my options?",
  "rent or this card, one of you loses this month and it's you, sorry 😅 paying in full on the 3rd",
];
