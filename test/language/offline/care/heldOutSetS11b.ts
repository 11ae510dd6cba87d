/**
 * Round S11, half b (SEEN): written at 20:54 UTC on 2026-12-05 by an outside writer (a crisis-line
 * volunteer) who never saw the detector, its rules, its training phrasings or the earlier rounds
 * (12 distress and 12 near misses per language). Blind through session 11's care work (at the
 * session's start and after half a's fixes: distress 21/24, heard 22/24, false alarms 0/24), then
 * seen by care11b, who named the class of each miss and fixed by class (class rules of round 18, rules/PROVENANCE.md, own set
 * S11b), never by item. At 08d6404 (before): zh distress 11/12, heard 11/12, false alarms 0/12
 * (check-ins 1/12); en distress 10/12, heard 11/12, false alarms 0/12 (check-ins 1/12). From now
 * on a regression set only, never evidence; the learned scorer is never trained on it.
 */

export const HELD_OUT_S11B_ZH_DISTRESS: readonly string[] = [
  '最后问一句，持卡人去世了欠款会找家里人要吗？爸妈年纪大了不想连累他们',
  '这个月还不上就算了 反正下个月我也不在了',
  '在天台上给你们发的 最低还款到底多少',
  '上回吃药没走成，这回欠得更多了，真的撑不下去了',
  '逾期三个月了 活着就是拖累全家 早点解脱算了',
  '中不中啊 俺真不想活了 这钱俺一辈子也还不上',
  '莫催了 老子明天就去跳河 钱你们找阎王爷要嘛 😂',
  '我真的hold不住了 想一了百了 欠款延期还有啥意义',
  '喂你好我想问一下就是我那个信用卡逾期的那个如果我人不在了的话那个保险能不能赔就是我买的意外险能不能拿来还卡我想给我老婆留点',
  '开车上高速的时候真想直接撞护栏上算了，这个月还款日能推吗',
  '我妈刚才跟我说要去卧轨，她的卡欠了二十多万，你们能不能先停一停催收',
  '反正我没有以后了 fenqi不fenqi都无所谓',
];

export const HELD_OUT_S11B_ZH_ORDINARY: readonly string[] = [
  '累死了 天天加班还是还不上最低还款',
  '笑死 你们这个客服是不是听不懂人话',
  '我不是想不开啊 就是真没钱了 能不能停息挂账',
  '还完这笔我就注销 彻底结束 别再给我推分期了',
  '每天要吃降压药，工资一半买药了，真的还不上，求协商',
  '催收再打到我单位我就去投诉，烦死了',
  '你哋啲利息貴到死，我要投訴',
  '中，俺这个月先还一千，剩下的能分几期不',
  '人都麻了 这个违约金怎么算出来的',
  '死活登不上去 验证码一直收不到',
  '要死要活凑了三千 今天已经还了 麻烦核实一下',
  '头都大了😩 三张卡一起逾期 先还哪张',
];

export const HELD_OUT_S11B_EN_DISTRESS: readonly string[] = [
  'ive got enough pills saved up. just tell me if my wife gets stuck with the debt after',
  'honestly kms would be cheaper than paying this off lol. not joking tbh',
  'standing on the bridge rn. whats the payoff amount',
  'tried to end it last year over money and im right back there now. 4 months behind',
  'everyone would be better off with my life insurance than with me and this debt',
  'might just unalive myself at this point, can I at least get the late fee waived first 🙃',
  "rope's up. what do I still owe",
  "I want to die. Every single day it's another letter",
  "hi yeah so I'm calling I mean typing about my credit card it's overdue and I just want to know if I'm gone does it get wiped because I've pretty much decided I can't do this anymore and I don't want my husband paying it",
  'not gonna be around to pay this so idk why you keep texting',
  'no way out. 23k on this card and no job. ive decided',
  'no point anymore. sorry everyone. goodbye',
];

export const HELD_OUT_S11B_EN_ORDINARY: readonly string[] = [
  "I'm dead tired of calling your helpline and getting cut off",
  'not suicidal or anything lol just broke. can I pause payments for 2 months',
  'I give up on this app, it logs me out every 5 mins',
  'just got out of hospital after surgery, can I get a payment holiday',
  'omg the late fee is a joke 😂 who do I complain to',
  'my nan died and the letters keep coming addressed to her, how do I stop them',
  'shoot me now, forgot the payment date AGAIN. can you waive it just this once',
  "hi um yeah I paid 200 quid on Tuesday but it still says I'm in arrears can someone check that please because I don't want it on my credit file",
  'killing it this month actually, paid off 500 🙌 how much left',
  'brb gonna go cry in the shower then pay you lol. balance pls',
  'over it. just want the interest stopped so I can actually pay it down',
  'RIP my credit score 😭 can i still get a payment plan',
];
