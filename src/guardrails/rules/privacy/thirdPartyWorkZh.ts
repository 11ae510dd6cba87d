import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { EMPLOYER_STEP, NO_NEG_GAP, S_ZH, ZH_SPAN } from '../shared/zh.js';

/**
 * Privacy (Chinese): the debt told to the employer, colleagues or neighbours.
 */

const CIRCLE = '(?:小区群|业主群|家族群|同学群|工作群|亲戚群|朋友圈|抖音|快手|微博|公告栏|村口|村里)';
const GROUP =
  '(?:业主群|工作群|单位群|家族群|同学群|小区群|公司群|家长群|村里的?(?:微信)?群|老家的?(?:微信)?群)';
const WORKPLACE = '(?:贵司|贵公司|贵单位|你们公司|你们单位|人事部|人事|hr|前台|主管|经理|领导|老板|财务部)';
const ABOUT_THEM = '(?:他|她|员工|同事|职员|此人)';
const DEBT = '(?:账单|欠款|欠账|卡账|逾期|拖欠|欠(?:我们|我行|银行|了)|没还|未还|未处理|还款)';

export const PRIVACY_THIRD_PARTY_WORK_ZH: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['同步', '推送', '报备', '通报', '报到', '转给', '发给'],
    patterns: zh(
      `(?:同步|推送|报备|通报|报到|转给|发给)${GAP(4)}(?:居委会|村委会|网格员|物业|社区|街道办|村支书|业委会|工会|人事|亲戚|亲属|家属)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '加上',
      '加了',
      '说了',
      '讲了',
      '告诉',
      '递到',
      '送到',
      '交到',
      '发到',
      '寄到',
      '报到',
      '贴到',
      '挂到',
      ...'小区群 业主群 家族群 同学群 工作群 亲戚群 朋友圈 抖音 快手 微博 公告栏 村口 村里'.split(' '),
    ],
    patterns: zh(
      `(?:递到|送到|交到|发到|寄到|报到|贴到|挂到)${YOUR}?(?:单位|公司|人事|领导|厂里|工会|村委会|居委会|街道办|街道|物业|学校|社区|老家|村里)(?!地址|邮箱|电话|信箱)`,
      `(?:朋友圈|通讯录|微信好友|好友)(?:里|中)?(?:的)?(?:人)?${GAP(4)}(?:都|全)加(?:上|了)`,
      `(?:跟|和|给|告诉)(?:她|他|他们|她们)(?:说了|讲了|说)?${GAP(4)}${YOU}(?:的)?(?:欠|逾期|没还)`,
      `${CIRCLE}(?:里|上)?(?:的人)?${GAP(10)}(?:曝光|公开|挂|谁欠|都知道|知道${YOU}|知道谁)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: ['群', '预留', '通讯录', '登记的'],
    patterns: zh(
      `${GROUP}${GAP(12)}(?:发|说|讲|通知|曝光|公布|挂|贴|聊聊)|(?:进|加)(?:了|到|入)?${YOUR}?(?:的)?${GAP(4)}${GROUP}|(?:发|转)(?:到|给|在)了?${GAP(8)}${GROUP}|在群里${GAP(4)}(?:发|说|讲|通知|曝光|公布|挂|贴)`,
      `(?:联系|致电|核实|询问|走访)(?:(?!更新|修改|变更|核对|确认)[^,;:!?。、\\n]){0,6}?(?:预留的?|登记的?|通讯录里?的?)${GAP(2)}(?:联系人|紧急联系人|好友|亲友|工作单位|单位)`,
    ),
  },
  {
    // An employer asked to take it from the wages; a group chat searched for someone to press.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['工资', '群里', '朋友圈'],
    patterns: zh(
      `(?:让|请|叫|要求|通知|联系)${NO_NEG_GAP(8)}(?:单位|公司|财务|人事|老板|领导|他们)${NO_NEG_GAP(4)}(?:从|在)${NO_NEG_GAP(4)}工资(?:里|中|卡)?${NO_NEG_GAP(4)}(?:扣|代扣|协助扣|划)`,
      `(?:业主|小区|楼栋|家长|工作|单位|家族|亲戚|老家)(?:微信)?群里${NO_NEG_GAP(6)}(?:找|问|发|说|提|挂|公布|喊)`,
    ),
  },
  {
    // A workplace asked whether someone still works there and told that she owes.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '贵司',
      '贵公司',
      '贵单位',
      '你们公司',
      '你们单位',
      '人事',
      'hr',
      '前台',
      '主管',
      '经理',
      '领导',
      '老板',
      '财务部',
    ],
    patterns: zh(`${WORKPLACE}${ZH_SPAN(40)}${ABOUT_THEM}${ZH_SPAN(30)}${DEBT}`),
  },
  {
    // "催收函已寄往您户籍所在地村委会": a collection letter sent to the village, employer or family.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['函', '通知书'],
    patterns: zh(
      `(?:催收函|律师函|催款函|通知书|函件|公函|协查函)${GAP(6)}(?:寄往|寄到|寄至|发往|发到|送达|送到|送往)${GAP(10)}(?:村委|居委|社区|街道|单位|公司|户籍|老家|父母|家人|亲属)`,
    ),
  },
  {
    // "已通过多个渠道反馈给您的同事和邻居", "已同步给您的紧急联系人", "yi jing tong zhi le ni de tong shi".
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '同事',
      '邻居',
      '领导',
      '上司',
      '主管',
      '亲戚',
      '亲友',
      '好友',
      '通讯录',
      '紧急联系人',
      'tong shi',
      'lin ju',
      'jia ren',
      'ling dao',
    ],
    patterns: zh(
      `(?:已|已经)${S_ZH(16)}(?:反馈|反映|告知|通知|转告|同步|沟通|知会|传达|通报)${S_ZH(16)}(?:同事|邻居|领导|上司|主管|亲戚|亲友|好友|通讯录|紧急联系人)`,
      `yi jing (?:tong zhi|gao su|fan kui|zhuan gao)(?: le)?[a-z ]{0,20}?(?:tong shi|lin ju|jia ren|ling dao|peng you|qin qi)`,
    ),
  },
  {
    // The same employer step discloses the debt to a third party.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    ...EMPLOYER_STEP,
  },
];
