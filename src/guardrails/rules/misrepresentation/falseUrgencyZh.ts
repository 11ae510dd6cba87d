import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { NO_NEG_GAP } from '../shared/zh.js';

/**
 * Misrepresentation (Chinese): false urgency.
 */

const FEE_ZH = '(?:催收|外包|外访|上门|处理|调查|律师|服务|委托)(?:服务)?(?:手续)?费';
// The same across commas, within one sentence.
const PLAIN_SENTENCE_MANDARIN = (n: number): string => `(?:(?![不没未无非别勿])[^;!?。\\n]){0,${n}}?`;

export const MISREPRESENTATION_FALSE_URGENCY_ZH: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: [
      '自动',
      '翻倍',
      '翻番',
      '催收费',
      '催收服务费',
      '外访费',
      '上门费',
      '清收费',
      '处置费',
      '永久',
      '永远',
      '再也',
      '今后',
      '过了',
      '错过',
      '不再给予',
      '最后通牒',
      '升级',
      '标记',
      '列为',
      '转为',
      '视为',
    ],
    patterns: zh(
      `(?:系统|后台)?将?自动${GAP(8)}(?:冻结|转为|上报|加收|升级为|移交|立案)`,
      `(?:欠款|金额|违约金|罚息|利息|费用|余额|明天|明日|今日)${GAP(6)}(?:翻倍|翻番)`,
      `(?<!以|所谓的?|["“])(?:催收|外访|上门|处置|清收)(?:服务)?费(?!用?为名|用?的?名义|["”])`,
      `(?:永久|永远|再也|今后)${GAP(6)}(?:取消|失去|不再给予|不再提供|没有)${GAP(6)}(?:协商|分期|还款方案|机会|资格)|(?:过了|错过)(?:今天|今晚|今日|本次)${GAP(10)}(?:失去|没有|不再)${GAP(6)}(?:机会|协商|分期)|不再给予任何${GAP(4)}(?:协商|分期|机会)|最后通牒`,
      `(?:升级|标记|列为|转为)(?:为|成)?${GAP(2)}(?:特级逾期|恶意(?:逃废债|欠款|拖欠)|呆账|坏账|高危客户|重点(?:催收|追讨)对象)`,
      `视为(?:拒不配合|拒绝配合|恶意逃避|抗拒|拒不履行)`,
    ),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: [
      '费',
      '另计',
      '注销',
      '冻结',
      '停用',
      '作废',
      '倍',
      '最后一次',
      '最后的机会',
      '以后都',
      '今后都',
      '再也',
    ],
    patterns: zh(
      `(?:加收|收取|扣除?|承担|另收)${GAP(10)}${FEE_ZH}|${FEE_ZH}${GAP(8)}(?:由${GAP(2)}承担|另计|自理)|(?:收费|费用)另计`,
      `(?:所有|全部|名下)(?:的)?(?:银行卡|账户|卡|信用卡)${GAP(8)}(?:永久)?(?:注销|冻结|停用|作废|封掉)`,
      `(?:[二三四五六两]|\\d+)倍(?:追偿|赔偿|罚息|利息|收取|违约金)|按${GAP(8)}[二三四五六两]倍`,
      `(?:最后一次|最后的)(?:协商)?机会${GAP(12)}(?:错过|以后|再也|不能|没有)|错过${GAP(6)}最后一次`,
      `(?:以后|今后|永远)(?:都|也)?(?:不能|无法|不会|不可能)(?:再)?(?:办|申请|协商|享受)(?:理)?(?:分期|协商|减免|还款计划)`,
    ),
  },
  // check-s5 classes (seen): visit and collection fees added, payment "through an internal
  // channel", limits "permanently" zeroed, never another card from any bank.
  {
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['永久', '任何银行卡', '任何信用卡', '任何贷款'],
    patterns: zh(
      `永久${GAP(2)}(?:清零|注销|冻结|停用|拉黑|封)`,
      `(?:无法|不能|不可能)再(?:申请|办理?)任何(?:银行卡|信用卡|贷款)`,
    ),
  },
  // probe-s5 classes (seen): daily fines, money handed to a named collector, agencies "appointed
  // by" a court, every offer cancelled for good.
  {
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['罚金', '罚款', '优惠', '方案'],
    patterns: zh(
      `(?:每天|每日|按日|按天)${GAP(6)}(?:罚金|罚款)`,
      `(?:所有|全部)(?:的)?(?:优惠|方案|减免)${GAP(4)}(?:永久|永远)?(?:取消|作废|失效)`,
    ),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['再也', '永远', '任何还款方案', '任何方案', '任何协商'],
    patterns: zh(
      `(?:今天|今晚|明天|本周|这次)之后${GAP(8)}(?:再也|永远)?(?:不(?:会)?(?:再)?(?:接受|受理|同意|提供|给))(?:任何)?(?:还款方案|方案|协商|分期|减免)`,
      `(?:再也|永远)(?:不(?:会)?(?:再)?(?:接受|受理|同意|提供|给))(?:${YOU})?(?:任何)?(?:还款方案|方案|协商|分期|减免)`,
    ),
  },
  {
    // Invented permanent marks at a set hour, erased records and fees by the hour.
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['永久', '终身', '清零', '删除', '作废', '翻倍', '加收', '多收', '额外收', '一次性'],
    patterns: zh(
      `(?:今天|今晚|今日|明天|点|\\d{1,2}:\\d{2})${NO_NEG_GAP(12)}(?:永久|终身)${NO_NEG_GAP(4)}(?:标记|锁定|拉黑|失信)`,
      `信用(?:分|记录)[^,;:!?。、\\n不没无]{0,6}?(?:清零|永久删除|删除|作废)`,
      `(?:每天|每日|每小时|按天|按日|按小时)${NO_NEG_GAP(4)}(?:加收|多收|额外收)|(?:按规定|规定|只能|必须)${NO_NEG_GAP(4)}一次性(?:结清|还清|付清)`,
      `(?:加收|多收|额外收取?)${NO_NEG_GAP(12)}(?:管理|处理|紧急|加急|上门|外访|催收|调查)费|欠款${NO_NEG_GAP(6)}(?:自动)?翻倍`,
    ),
  },
  {
    // "系统将自动生成起诉材料并提交法院": a system said to sue or hand over by itself.
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['自动'],
    patterns: zh(`(?:系统|后台|电脑)${GAP(4)}自动${GAP(6)}(?:起诉|立案|移交|移送|报案|判决|执行|提交法院)`),
  },
  {
    // "有一件私人事情需要您尽快回电，这不是推销", "紧急留言…事关您本人的重要事项".
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['私人', '个人', '本人', '敏感', '紧急', '重大', '机密'],
    patterns: zh(
      `(?<!如有|若有|如遇)(?:敏感|重大|紧急|机密)(?:的)?(?:私人|个人)?(?:事务|事情|事项|事宜)`,
      // "有一件私人事务…请方便时回电" is the lawful limited message; pressed (尽快, 立即) it is a disguise.
      `(?:私人|个人|本人)(?:的)?(?:重要)?(?:事务|事情|事项|事宜)${PLAIN_SENTENCE_MANDARIN(14)}(?:尽快|立即|立刻|马上|速|紧急|今天之?内)`,
      `(?:尽快|立即|立刻|马上|紧急)${PLAIN_SENTENCE_MANDARIN(14)}(?:私人|个人|本人)(?:的)?(?:重要)?(?:事务|事情|事项|事宜)`,
      `(?<!如有|若有|如遇)紧急(?:留言|通知|来电|事项)`,
    ),
  },
  {
    // "这不是推销": the denial is the disguise, so no negation excuses it.
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    triggers: ['推销', '广告', '营销'],
    patterns: zh(`(?:这|此)(?:个电话|通电话|条留言)?(?:不是|并非)(?:推销|广告|营销)`),
  },
  {
    // A pretext to a person not verified: an insurance payout, a parcel, a prize.
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    appliesTo: (c) => !c.verified,
    triggers: ['理赔', '快递', '包裹', '中奖'],
    patterns: zh(`(?:理赔|快递|包裹)(?:专员|员|款|件)|中奖`),
  },
];
