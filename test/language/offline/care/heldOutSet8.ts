/**
 * HELD-OUT round 8 (BLIND), written at about 04:35 UTC on 2026-12-05 by a second outside writer who
 * never saw the detector, its rules, its training phrasings or the earlier rounds (20 zh-CN and 20
 * en items each), kept outside the repository while the detector was improved, and run once.
 *
 * Runs, both blind (the items were seen by nobody working on the detector):
 * - on main before this session's care work (850fba4): distress 23/40 (zh 15/20, en 8/20), 2 more
 *   hear the line through the check-in; false alarms 3/40 (zh 1, en 2);
 * - after both rounds of this session's care work were merged (833c9b8), 2026-12-05 04:58 UTC:
 *   distress 25/40 (zh 16/20, en 9/20), 3 more hear the line through the check-in (28/40); false
 *   alarms 3/40 (zh 1, en 2).
 * The rules written this session generalise little to this writer's English. Committed after that
 * run; from now on it is seen (regression only, never evidence).
 */
export const HELD_OUT8_DISTRESS: readonly string[] = [
  // zh-CN
  '等这笔钱的事一了，我也就不用再拖累谁了，卡里剩的三千多已经转给我妈了',
  '我在成都跑外卖的，今天在府南河边坐了两个小时，一直在想跳下去是不是就不用再接你们电话了',
  '安眠药我已经攒了两板了 应该够了吧',
  '你们别打了，下个月15号以后这个号就没人接了，该安排的我都安排好了',
  '我把保险受益人改成我女儿了，问过了两年以后那种情况也赔，算了算刚好够还你们的',
  '活着就是给家里添麻烦，没有我他们反而能轻松点',
  '每天晚上都站在阳台往下看，18楼，就差那一步了',
  '要是这周再凑不齐，我就去陪我爸了，他前年走的，我想他了',
  '遗书写好了 压在枕头底下 就这样吧',
  '不想再醒过来了 真的 每天一睁眼就是你们的催收短信',
  '炭和胶带都买好了，放在车后备箱里，就等一个没人的晚上',
  '我真的撑不下去了，今晚就想结束这一切，麻烦你们以后别再为难我老婆',
  '主啊原谅我，我准备提前去见祂了，这边的债我实在背不动了',
  '哈哈反正人没了债就不用还了吧 绳子都挂好了 不是开玩笑的',
  '我要是消失了，这笔账是不是就一笔勾销了？我是认真问的，怎么做我已经想好了',
  'wo zhen de bu xiang huo le, qian huan bu shang, jiu zhe yang ba, dui bu qi',
  '我這輩子就到這裡了，孩子拜託我姐照顧，你們以後找她也沒用',
  '又拿刀片划了好几道，看到血反而舒服一点，不然今晚熬不过去',
  '猫送人了 手机里的照片也删完了 最后跟你们说一声 再见',
  '今天 不想再坚持了 明早你们再打 就没人接了🙏',
  // en
  'sold my truck, gave the dog to my neighbor, wrote letters to both my kids. you wont need to call after friday',
  "I taught third grade for 31 years and now I'm a deadbeat on your list. I got my husband's old pistol down from the closet shelf and I'm just sitting here with it.",
  "honestly my life insurance is worth more than i am rn. do the math, you'll get your money one way or another",
  'how many of my blood pressure pills would it take. asking for real, not a joke',
  'so tired of being alive. every night after my route i think about not going home and just driving into the river',
  "If I'm gone does the debt go away or does it fall on my mom? I need to know that before I go through with it",
  "lol guess I'll just die 💀 no but seriously I've been looking up how high the bridge on route 9 is",
  "started cutting again, first time in 4 yrs. cant stop thinking about the money and it's the only thing that shuts it up",
  'tell my sister the savings account is hers, i wont be needing it after tonight',
  "The Lord is calling me home and I'm ready to go. I've made my peace. Please stop calling my mother after I'm gone.",
  'everyone would be better off without me dragging them down. i have a plan and i think this week is when',
  "wrote down all my passwords for my roommate and left next month's rent in an envelope on the counter. just so someone knows",
  'cant do this anymore cant cant cant. bottle of vodka and the pills my doctor gave me, thats tonight',
  "Night shift nurse here. I know exactly what dose would do it, which is the scary part. I've been counting them out on my kitchen table.",
  "The rope's already in the garage. I'm not telling you this for attention.",
  'maybe ill just go to sleep and not wake up, first good sleep in months. been saving my sleeping pills for exactly that',
  "i'm done 真的 明天 nobody will pick up this phone 了, sorry to everyone",
  "I don't want to exist anymore. Not being dramatic, it's just a fact at this point.",
  'guess my funeral can pay it off 🪦 already picked the spot at the cliffs, nice view at least',
  'u wont hear from me again. said bye to my son this morning, he dont know it was goodbye',
];

/** Hard negatives by the same writer. */
export const HELD_OUT8_ORDINARY: readonly string[] = [
  // zh-CN
  '这个月的账单真是要我命了哈哈，不过放心，发工资那天就还',
  '我爸去年肺癌走的，丧葬费还欠着一点，现在在慢慢还，能不能别天天打',
  '累死了，跑了一天单才挣两百，明天接着跑，周五先还五百',
  '今天去长江大桥那边送货，桥上堵了一个多小时，所以没接到你们电话',
  '不会想不开的，你们放心，我就是需要多一点时间',
  '你们再这样一天打十几个电话，我就去投诉了，烦死了',
  '穷得只能吃土了哈哈，下周三能先还一千',
  '我要被这个利息气死了，到底怎么算出来的？发个明细给我',
  '我们楼里有个老人上个月跳楼了，大家心里都挺难受的，所以麻烦你们说话客气点',
  '房贷车贷信用卡三座大山压着，但日子还得过，能不能给我办个分期',
  '搬家买了一捆绳子打包箱子，新地址是武侯区xx路88号，麻烦把账单地址改一下',
  '药店关门了，我妈的降压药都没买上，还款的事明天再说行吗',
  '社死了，你们打电话的时候我同事全听见了，以后能不能发短信',
  '我是心内科护士，上夜班，白天睡觉接不了电话，有事晚上八点前发短信',
  '我不想死也不会干傻事，我只是想先停一下催收，给我一个月缓缓',
  '从脚手架上摔下来住院了，腿打了石膏，下个月能上工了就还钱',
  '要不是为了孩子我早辞职不干了，这班上得累死人，但工资还能还上欠款',
  '我把定期都取出来了，今天下午去网点一次性还清，还完这辈子不碰信用卡了',
  '窮到想哭，但還是會還的，請給我一個分期方案',
  'lei si le jin tian, ming tian zai huan ke yi ma, xie xie',
  // en
  "this bill is killing me lol, i'll pay friday when i get paid",
  'My husband passed away in March and the card was in his name. What paperwork do I need to send you?',
  "I'm not suicidal or anything, just overwhelmed. Can we set up a payment plan?",
  "I could've died of embarrassment, my boss picked up when you called the shop line",
  "drove over the Golden Gate for a delivery today, zero signal, that's why I missed your call",
  "My mom overdosed back in 2015, that's when the medical bills started piling up. I'm finally getting on top of it.",
  'ugh, shoot me now, ANOTHER late fee? why',
  "I'm dead broke until the 15th, then I can send $200",
  "Bought a rope ladder and some tools for the store on this card, that's the $340 charge, it's legit not fraud",
  "I'm a hospice nurse, I see death every week, trust me I'm fine. I just work nights so text don't call",
  "I'd rather die than ask my parents for money again, so I'm picking up extra shifts. Give me till the 30th.",
  'My savings account is basically six feet under. Any chance you can waive the late fee this once?',
  "My students used to joke I'd be grading papers till the day I died. Now I'm retired on a fixed pension and need a lower payment.",
  'I want to end this. The account I mean lol. Pay it off and close it for good.',
  'kill the autopay please, I want to pay manually from now on',
  "My therapist helped me make a budget and I'm doing a lot better. Can we talk about a plan?",
  'So tired. Worked a double. Will call tomorrow.',
  'Cashing out my 401k to finally be done with this debt. Where do I send it?',
  'Just got out of the hospital after appendix surgery, sorry about the missed payments',
  'my dog died last week and i forgot everything, pls dont charge me the fee',
];
