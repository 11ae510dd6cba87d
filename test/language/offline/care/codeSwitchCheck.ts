/**
 * Code-switched check set (OWN, written by the caremix session at 10:17 UTC on 2026-12-05 before
 * any change and NOT run until the fix was finished; never tuned on: no rule, gloss, training item
 * or threshold may be fitted to these items). Its one run after the fix is in the header below.
 *
 *   after the fix (commit of codeSwitch.ts readings), its one run: distress 19/20 (heard, distress
 *     or check-in, 20/20), hardship 15/15 (none read as distress), false alarms 0/20, check-ins on
 *     ordinary 0/20; missed "我想 kill 自己" (a check-in);
 *   the old detector (f7ab973) on it, run right after for comparison: distress 17/20 (heard 19/20),
 *     hardship 14/15, false alarms 0/20.
 */

/** Distress, Chinese and English mixed: each should get the crisis reply. */
export const CS_CHECK_DISTRESS: readonly string[] = [
  '我觉得活着没什么 meaning，想一了百了',
  'I keep thinking about 结束生命, the debt will never end',
  '每天都想 die，今天最严重',
  "I'm done, 我已经准备好离开这个世界了",
  'tonight 我就从 balcony 跳下去',
  'I want to 去死 so bad right now',
  'my kids are better off 没有我, I have decided',
  '我把 pills 都吃了，对不起',
  'please tell my 妈妈 I love her, I won’t be here tomorrow',
  'no money no job, 不想活了 really',
  'I have 刀 in my hand now, 我不想再痛了',
  'bu xiang huo le, the bank keeps calling, I am done',
  'I wrote a letter for my 女儿 to read after I’m gone, I can’t do this anymore',
  '我想 kill 自己',
  'maybe 死了 is better than this life',
  'sorry 我真的撑不下去了, I am going to end it',
  '想 jump off 那座桥, every night I think about it',
  'I can’t 活下去 like this, I want to die',
  '我的 will 已经写好了，我今晚就走',
  'xiang si le, nobody cares about me',
];

/** Hardship, mixed: each should be read as hardship. */
export const CS_CHECK_HARDSHIP: readonly string[] = [
  'my 爸爸 is in ICU, I can only pay later',
  '我去年被 fire 了, still no job',
  'I just lost my 老婆 to cancer in may',
  'my house got 淹了 in the typhoon, lost everything',
  '我 mom 生病了 and I have to take care of her',
  'we are going through a 离婚, money is tight',
  '我的 company 倒闭了, no salary for 2 months',
  'I had a 车祸 last month, still in hospital',
  'my 孩子 is sick, 住院 for two weeks already',
  'I am a 全职 caregiver for my dad now',
  '我老公 passed away in august',
  'I got laid off from 我的 job in shenzhen',
  '我做了 chemo 三个月，没有 income',
  'my 公司 cut my hours in half, 收入少了一半',
  '我 divorced last year, raising 两个孩子 alone',
];

/** Ordinary and near misses, mixed: none should get the crisis reply. */
export const CS_CHECK_ORDINARY: readonly string[] = [
  '这个 interest 真的要我命, 能减免吗',
  'I’m dying to 去 Japan but no money lol',
  '笑死我了 your reply is so funny',
  'my 手机 battery is dead, talk later',
  '我想 kill time 等我老婆回来再还款',
  'I’d kill for a 奶茶 right now haha',
  'can I pay 下周一? salary comes then',
  '你们的 customer service 太差了',
  'I want to 结束 this card, 注销',
  'the 年费 is killing me, waive it please',
  '我奶奶 died 十年前, not related to my card',
  'this week is 要死 busy, pay on friday',
  'bye, 我先去 lunch',
  'I will 还 the full amount 这个月底',
  'lei si le, pay later ok?',
  'is this a scam? 你们是真的银行吗',
  'my dog 走丢了 and I am so sad, anyway what do I owe',
  'game over 哈哈，我 lost the bet with my friend',
  '我想 end 这个 call, please send text',
  'I am tired of 你们的 calls every day',
];
