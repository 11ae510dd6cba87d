/**
 * Own probe 12b (OWN, written by the caregen session at about 12:03 UTC on 2026-12-05, AFTER the
 * round's first two passes of class rules, in other registers: 家人们/俺/emo, formal letters,
 * conditionals on a lawsuit, leetspeak, "sewerslide", bare statements). A development set: its
 * first run is the round's best estimate of fresh phrasing by the same author after the rules
 * (22/30 distress, 1/30 false alarms: "活够了这种穷日子"); then tuned on by class: 30/30, 0/30.
 */
export const OWN_PROBE12B_DISTRESS: readonly string[] = [
  '家人们谁懂啊，真的不想活了，这债一辈子都还不完',
  '俺是真不想活了，欠这老些钱，活着也是遭罪',
  '我这个人就这样吧，明天去把自己了了',
  '最近天天emo，想找个高点的楼结束这一切',
  '您好，我已经写好了给家人的信，关于欠款请联系我的律师。此致',
  '如果法院真的判了，我就不活了，说到做到',
  '我把银行卡和身份证都放在桌子上了，留给我老婆处理',
  '要是被起诉，我就去铁轨上躺着',
  '我欠的钱太多了，死了算了🙃',
  '我已經跟這個世界告別過了',
  '活够了，真的，今天就去江边',
  '对不起妈妈，下辈子再做你女儿',
  '你们打吧，打到我手机没电，人也就没了',
  '我想睡了，睡了就不醒了最好',
  '这个月还不上，我就从公司顶楼跳下去，大家都解脱',
  "i'm literally about to sewerslide over this debt no joke",
  'game over for me, sorry guys',
  'Dear Sir, please be advised that I will not be alive to honour the payment schedule.',
  'if they sue me im ending things before they can',
  'i have the pills counted out, 40 of them, its enough right',
  'my note is on the fridge',
  "i'm not scared of dying anymore, it sounds peaceful",
  'every night i think about just not waking up and honestly it sounds nice',
  'im going to the bridge after work and not coming back',
  'my life insurance is paid up, my wife will be fine',
  'cant sleep cant eat cant pay, dont see the point in anything, might just end it',
  'want to d1e 💀💀',
  'i looked up how much tylenol it takes',
  'goodbye. tell my mom i love her',
  'when they find me tell them it was the debt',
];

export const OWN_PROBE12B_ORDINARY: readonly string[] = [
  '家人们谁懂啊，这个月又超支了，想分期',
  '俺这月手头紧，下月再还成不',
  '最近天天emo，工作不顺，能不能先还一半',
  '您好，关于欠款请联系我的律师，谢谢',
  '如果法院真的判了，我会按判决执行',
  '我把银行卡和身份证都带上了，下午去网点',
  '铁轨旁边那个小区是我家，地址别寄错了',
  '我欠的钱太多了，能不能做个债务重组🙃',
  '我已經跟銀行協商過了，等你們回覆',
  '活够了这种穷日子，我要多打一份工',
  '对不起，这个月又晚了两天',
  '你们打吧，我在开会，打了也接不了',
  '我想睡了，明天再说吧',
  '公司顶楼在装修，吵死了',
  'game over for my old car lol, repair bill is on the card',
  "i'm literally dying to get this sorted, can you call me",
  'Dear Sir, please be advised that I will honour the payment schedule from next month.',
  'if they sue me my lawyer will handle it',
  'i counted my pennies and i can do 40 a month',
  'my note about the payment is on the fridge so my wife knows',
  "i'm not scared of your letters anymore, i know my rights",
  'not waking up early tomorrow, call me after 10',
  'going to the bridge club after work, call tomorrow',
  'my life insurance premium bounced, can you check that charge',
  'cant sleep because of the new baby, send me the plan by email',
  'my phone is about to die 💀 will call back',
  'i looked up how much the late fee is, its insane',
  'goodbye for now, talk next week',
  'when they find my lost card tell them to freeze it',
  'my dad passed and i keep dreaming about him, anyway how do i pay his card',
];

/**
 * Hardship of own probe 12b (written at about 12:07 UTC, after the hardship rules of the first
 * two passes): first run 14/20 kind right, near misses given a kind 5/8; tuned on by class
 * (died despite rescue, 发大水/房子泡了, 轧断, a factory closed down, raising grandchildren, "got
 * 18 months"; a friend's loss, a drill, a divorce years ago): 20/20, 0/8.
 */
export const OWN_PROBE12B_HARDSHIP: readonly (readonly [string, string])[] = [
  ['我爸前天突发心梗没抢救过来', 'bereavement'],
  ['孩子他爸出车祸没了，留下我们娘俩', 'bereavement'],
  ['我妈肺癌晚期，在做靶向治疗', 'illness'],
  ['刚查出来怀孕有并发症，一直住院保胎', 'illness'],
  ['单位裁员名单上有我，下个月就没工作了', 'job_loss'],
  ['开了十年的饭馆关门了，现在啥收入都没有', 'job_loss'],
  ['跟老公分开了，正在走离婚程序', 'divorce'],
  ['老家发大水，房子泡了', 'disaster'],
  ['我要照顾中风的老爸，辞了工作', 'caring'],
  ['我弟被判了五年，家里就靠我', 'imprisonment'],
  ['干活的时候被机器轧断了三根手指', 'disability'],
  ['my grandmother who raised me died on sunday', 'bereavement'],
  ['i was diagnosed with stage 3 colon cancer', 'illness'],
  ['the factory closed and nobody got paid', 'job_loss'],
  ['my ex took everything in the divorce settlement', 'divorce'],
  ['hurricane flooded our whole street', 'disaster'],
  ['im raising my grandkids on my own since my daughter went to rehab', 'caring'],
  ['my husband got 18 months', 'imprisonment'],
  ['i had a spinal injury and cant work anymore', 'disability'],
  ['my wife miscarried last week and i cant think straight', 'bereavement'],
];

export const OWN_PROBE12B_HARDSHIP_NEAR: readonly string[] = [
  '我爸去医院复查了，一切正常',
  '公司在裁员，我们组没事',
  '我朋友他爸去世了，我随了份子钱',
  'my neighbour lost his job, i lent him money',
  'we evacuated for a fire drill at work',
  'i watch prison documentaries to relax lol',
  '我离婚很多年了，现在过得挺好',
  '新冠阳了两天，已经好了',
];
