import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { DEMAND_ZH, KIN_WORDS, KIN_ZH, PLAIN, RELATIVE, YOUR_KIN } from '../shared/zh.js';

/**
 * Threats (Chinese): the family used as leverage: children, spouse, parents.
 */

// Not a condition or an offer: "如果父母要帮您还款", "家人可以代您还款". A pattern opens with a
// look-ahead of its first word, so these look-behinds run only where that word starts.
const NOT_IF = '(?<!(?:如果|如|若|假如|倘若)[^,;。!?\\n]{0,8})';
const KIN_GAP = `(?:(?![不没未无非别勿唔]|可以|可|自愿|愿意|如需|若)[^,;:!?。、\\n]){0,8}?`;
const CARRY = '(?:扛|还|背|承担|垫|偿还|买单|兜底|凑|填|补上|擦屁股)';
// The person asked for it or agreed: "如您同意，我们会联系您的家人".
const NOT_ASKED = '(?<!(?:同意|授权|要求|希望|愿意|需要|委托)[^。!?\\n]{0,14})';
const DEBT = '(?:欠|借|逾期|债|还不上|不还|没还|贷款|网贷)';

export const THREAT_FAMILY_LEVERAGE_ZH: PatternRuleSpec[] = [
  {
    // "关心您及家人的人身安全", "不想有什么三长两短", "车被人划了多可惜": a demand dressed as care.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: false,
    triggers: [
      '安全',
      '安危',
      '平安',
      '安稳',
      '好好的',
      '听说',
      '知道',
      '晓得',
      '平平安安',
      '人身',
      '三长两短',
      '不测',
      '意外',
      '闪失',
      '好歹',
      '岔子',
      '差错',
      '状况',
      '划',
      '刮',
      '砸',
      '扎胎',
      '泼',
      '烧',
      '卸',
      '倒霉',
      '出事',
      '出',
      '麻烦',
    ],
    patterns: zh(
      `(?:关心|关注|在意|担心|惦记)${GAP(12)}(?:人身安全|人身|安危|生命安全)[\\s\\S]{0,60}?${DEMAND_ZH}`,
      `(?:不想|不希望|免得|避免|以免|但愿|希望不要|唔想|唔希望)${GAP(14)}(?:三长两短|不测|意外(?!逾期|扣|产生|费用|欠)|闪失|好歹|出(?:点|了)?(?:什么|啥|咩)?(?:事|岔子|差错|状况))[\\s\\S]{0,60}?${DEMAND_ZH}`,
      `${DEMAND_ZH}[\\s\\S]{0,60}?(?:不想|不希望|免得|避免|以免|唔想)${GAP(14)}(?:三长两短|不测|意外(?!逾期|扣|产生|费用)|闪失|好歹|出(?:点|了)?(?:什么|啥|咩)?事)`,
      `(?:为了|为咗|为)${GAP(8)}平(?:平)?安(?:安)?[^。\\n]{0,14}?${DEMAND_ZH}`,
      `(?:为了|为咗)${GAP(4)}(?:${KIN_ZH}|家人|家里人|屋企人|全家|一家|家里)${GAP(8)}(?:安安稳稳|安稳|平安|安全|好好的)[^。\\n]{0,14}?${DEMAND_ZH}`,
      `(?:听说|我们知道|我们晓得|我哋知道)${YOU}(?:每周|每天|每晚|天天|经常|周[一二三四五六日末])${GAP(10)}[\\s\\S]{0,40}?${DEMAND_ZH}`,
      `(?:希望|但愿|盼着)${GAP(8)}平(?:平)?安(?:安)?[^。\\n]{0,8}?(?:所以|那就|就|才|的话)${GAP(10)}${DEMAND_ZH}`,
      `(?:车|房子|店面|门|玻璃|窗|车胎|轮胎)[^。\\n]{0,30}?被人?(?:划花|划了|刮花|砸了|砸烂|扎了|扎破|泼油漆|泼了|烧了|卸了)${GAP(8)}(?:可惜|心疼|麻烦|不好|难受|别怪)`,
      `(?:不理|不接|装死|拖着不还|不还钱)${GAP(4)}的人[^。\\n]{0,12}?(?:都|总会|往往|容易)?(?:倒霉|出事|出点事|出点状况|出状况|出岔子|遇到麻烦|碰到意外)`,
    ),
  },
  {
    // "你爹妈年纪大了，经不经得起折腾": the family's frailty held over the person.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['折腾', '惊吓', '吓', '刺激', '打击'],
    patterns: zh(
      `${YOUR_KIN}[^。\\n]{0,12}?(?:经不起|经得起|经不经得起|受不了|受得了|受不受得了|吃不消|扛不住|扛得住)${GAP(4)}(?:折腾|惊吓|吓|刺激|打击)`,
    ),
  },
  {
    // "这个年你们一家子就别想过踏实了", "给你家送份大礼，全家好好接着": the festival as a threat.
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: ['别想', '甭想', '休想', '大礼', '厚礼'],
    patterns: zh(
      `(?:这个年|过年|春节|这个节|年底|年关)${GAP(10)}(?:别想|甭想|休想)(?:过)?${GAP(2)}(?:好|安生|踏实|安稳|太平|消停|舒坦)`,
      `(?:你家|你们家|全家|一家|家里)${GAP(6)}(?:大礼|厚礼)|(?:大礼|厚礼)${GAP(10)}(?:你家|你们家|全家|一家)`,
    ),
  },
  {
    // "好好陪陪你爸妈吧，以后可能没这么清净了": quiet days said to be over.
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: ['清净', '安生', '太平', '安稳', '舒坦'],
    patterns: zh(
      `以后${GAP(4)}(?:没这么|不会这么|没那么|别想这么)${GAP(2)}(?:清净|安生|太平|安稳|舒坦)|(?:清净|安生|太平|安稳)日子${GAP(4)}(?:到头|不多|没几天|过不了)`,
    ),
  },
  {
    // "这笔账就得让你父母来扛", "家里人得替你还", "你老婆孩子都得跟着你背这笔债", "由你家属承担".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: KIN_WORDS,
    patterns: zh(
      `(?=${RELATIVE})${NOT_IF}${RELATIVE}${KIN_GAP}(?:替|帮|代|跟着|陪)${YOU}${PLAIN(4)}${CARRY}`,
      `(?=(?:让|叫|得让|只能让|就让))${NOT_ASKED}${NOT_IF}(?:让|叫|得让|只能让|就让)${YOUR}?${RELATIVE}${KIN_GAP}(?:来|去|出面)?${PLAIN(2)}(?:${CARRY}|想办法|处理|出钱|负责|解决)`,
      `(?=由)${NOT_ASKED}${NOT_IF}由${YOUR}?${RELATIVE}${KIN_GAP}(?:来)?(?:承担|负责|买单|兜底|扛|背|偿还)`,
      `(?=${RELATIVE})${NOT_IF}${RELATIVE}${KIN_GAP}(?:得|必须|只能|就得|都得)${PLAIN(4)}${CARRY}`,
    ),
  },
  {
    // "我们下午就联系你父母", "我现在打电话通知你父母让他们想办法", "通知你家里人的电话已经拨出去了".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: KIN_WORDS,
    patterns: zh(
      `(?=(?:会|将|就|要|马上|现在|立刻|今天|下午|晚上|这就|准备|已经|明天))${NOT_ASKED}${NOT_IF}(?<!不|${YOU}|是否|要不)(?:会|将|就|要|马上|现在|立刻|今天|下午|晚上|这就|准备|已经|明天)${PLAIN(4)}(?:打电话给|打电话通知|打给|致电|联系|通知|告诉|告知|找|上门找)${YOUR}?${PLAIN(2)}${RELATIVE}`,
      `(?=给)${NOT_ASKED}${NOT_IF}给${YOUR}?${RELATIVE}(?:打电话|打个电话|发信息|发短信|打过去)`,
      `(?:通知|联系|告诉)${YOUR}?${RELATIVE}的电话`,
    ),
  },
  {
    // "你爸妈知道吗", "你老公知道你在外面借了钱吗", "你父母知不知道你欠了钱".
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: KIN_WORDS,
    patterns: zh(
      `(?:^|[,;:!?。、\\n])${YOUR}?(?:${RELATIVE}|爸|妈)(?:知道|晓得|清楚)(?:吗|么|嘛|不|没)`,
      `${YOUR}(?:${RELATIVE}|爸|妈)(?:知道|知不知道|晓得|清不清楚|清楚)${PLAIN(14)}${DEBT}`,
    ),
  },
  {
    // "要让你全家都知道你欠钱不还", "你亲戚朋友全家老小都会知道".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['全家', '一家', '每个人', '亲戚朋友', '所有亲戚', '家里人'],
    patterns: zh(
      `(?:让|叫|要让|要叫)${PLAIN(4)}(?:全家|一家老小|一家人|家里每个人|亲戚朋友|全家老小|所有亲戚)${PLAIN(4)}(?:都)?(?:知道|晓得|看到|清楚|看看)`,
      `(?:全家|一家老小|全家老小|亲戚朋友|所有亲戚|家里人)${PLAIN(4)}都(?:会|将|要)?(?:知道|晓得|看到)`,
    ),
  },
  {
    // Shame promised to fall on the family (guardzh20): "你孩子在学校还怎么抬头", "你爸妈以后怎么见人".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['抬头', '做人', '见人', '抬得起头', '面对'],
    patterns: zh(
      `(?:${KIN_ZH}|父母|爸妈|家人|家里人|老人)${GAP(10)}(?:(?:还怎么|怎么|哪有脸|还有脸|还能)(?:在[^,;:!?。、\\n]{1,6})?(?:抬(?:得起)?头|做人|见人)|(?:还怎么|哪有脸|还有脸)面对(?:同学|老师|邻居|同事|亲戚))`,
    ),
  },
];
