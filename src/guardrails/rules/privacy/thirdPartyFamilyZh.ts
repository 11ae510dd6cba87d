import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { CLAUSE, KIN, NGAP, YOUR_KIN, ZH_THIRD, ZH_THIRD_WORDS } from '../shared/zh.js';

/**
 * Privacy (Chinese): the debt told to the family, or the family asked to pay.
 */

const ZH_TELL =
  '(?:发函给|寄函给|寄信给|通报|知会|抄送|通知|告诉|告知|联系|联络|打电话给|打给|致电|找|发给|发到|发送给|转告|曝光给|群发给|透露给|说给|问问)';
const THIRD =
  '(?:儿子|女儿|闺女|侄子|侄女|外甥|弟弟|哥哥|姐姐|妹妹|老公|丈夫|老婆|妻子|爱人|父亲|母亲|邻居|同事|朋友|室友|员工|下属|亲戚|表哥|表弟|表姐|表妹|堂哥|堂弟|女婿|儿媳|儿媳妇|租客)';
const OWING = '(?:的(?:信用卡|卡|账户|账单|欠款)|在我们|欠款|欠了|欠我们|欠银行|拖欠|卡债)';
const BODIES =
  '(?:单位|公司|人事|领导|老板|上司|同事|厂里|工会|村委会|居委会|街道办|街道|物业|邻居|学校|老师|房东|社区|网格员)';
// Words every relative in KIN or YOUR_KIN contains (the trigger list of the rules built on them).
const KIN_TRIGGERS = [
  '爸',
  '妈',
  '爹',
  '娘',
  '哥',
  '姐',
  '弟',
  '妹',
  '父',
  '母',
  '丈',
  '婆',
  '公公',
  '老公',
  '外公',
  '叔',
  '舅',
  '姑',
  '姨',
  '爷',
  '奶',
  '姥',
  '亲',
  '家人',
  '家属',
  '家里人',
  '老人',
  '老婆',
  '媳妇',
  '妻子',
  '爱人',
  '对象',
  '儿子',
  '女儿',
  '闺女',
  '孩子',
  '班主任',
];
const WE = '(?:我们|我|咱们|我司|我行|本公司|公司|专员|同事|催收员|工作人员)';
// "家人愿意帮您还款，可以通过官方渠道代还": the family's own offer is not the collector's demand.
const WILLING =
  '(?:(?!愿意|自愿|主动|想|可以|能|要是|如果|不|无需|无须|没有义务|没义务)[^,;:!?。、\\n]){0,4}?';
// "您的家人没有替您还款的义务": the family's duty denied, not a demand on them.
const NO_DUTY = '(?![^,;:!?。\\n]{0,6}(?:义务|责任))';
const HOUSEHOLD = '(?:家人|家里人|家里|父母|爸妈|你爸|你妈|老人|亲戚|他们|老婆|老公|兄弟姐妹|孩子)';

export const PRIVACY_THIRD_PARTY_FAMILY_ZH: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: [
      ...ZH_THIRD_WORDS,
      '挨个',
      '一个个',
      '逐个',
      '朋友圈',
      '微博',
      '抖音',
      '网上',
      '群里',
      '小区',
      '社交媒体',
      '公司群',
      '家族群',
      '单位群',
      '曝光',
      '挂你',
      '挂您',
      '贴你',
      '贴您',
      '公布你',
      '公布您',
      '公开你',
      '公开您',
      '大家',
      '所有人',
      '全村',
      '全公司',
      '全小区',
      '邻居们',
    ],
    patterns: zh(
      `${ZH_TELL}(?:给)?(?:一下|过|了)?(?:所有|全部)?${YOUR}?(?:的)?${ZH_THIRD}`,
      `给${YOUR}?(?:的)?(?:所有|全部|每一?个|每位|各位)?(?:的)?${ZH_THIRD}(?:发函|寄函|寄信|发短信|打电话|发消息|寄材料|送通知)`,
      `${YOUR}?(?:的)?${ZH_THIRD}(?:的)?(?:电话|手机号?|联系方式|微信)${GAP(8)}(?:打过去|打给|联系|有了|拿到|在我们)|(?:把|将)${YOUR}?(?:的)?${ZH_THIRD}(?:的)?(?:电话|手机号?|联系方式|微信)(?:号)?(?:给|发|告诉)`,
      `(?:爆|打爆|群发)${YOUR}?(?:的)?通讯录|爆通讯录|${YOUR}(?:的)?(?:通讯录|联系人|紧急联系人)(?:我们)?(?:都有|都在|已经拿到|在我们手里)|(?:挨个|一个个|逐个)(?:打|联系|通知)`,
      `(?:发|贴|挂|曝光|公布|公开)${GAP(8)}(?:到|在)${YOUR}?(?:的)?(?:朋友圈|微博|抖音|网上|群里|小区|社交媒体|公司群|家族群|单位群)`,
      `(?:挂|贴|曝光|公布|公开)${YOUR}(?:的)?(?:照片|信息|欠款|资料|身份证|名字)|曝光${YOU}`,
      `让${YOUR}?(?:${ZH_THIRD}|大家|所有人|全村|全公司|全小区|邻居们)(?:都)?(?:知道|看看|评评理)|(?:全村|全公司|全小区|所有人|大家|亲戚朋友|邻居们)(?:都)?(?:会)?知道${YOU}(?:欠|赖)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: [
      ...'儿子 女儿 闺女 侄子 侄女 外甥 弟弟 哥哥 姐姐 妹妹 老公 丈夫 老婆 妻子 爱人 父亲 母亲 邻居 同事 朋友 室友 员工 下属 亲戚 表哥 表弟 表姐 表妹 堂哥 堂弟 女婿 儿媳 租客'.split(
        ' ',
      ),
      '通讯录',
      '在我们',
      '的信用卡',
      '的卡',
      '的账户',
      '那边',
      '知道',
      '清楚',
      '那里',
      '单位',
      '公司',
      '人事',
      '领导',
      '老板',
      '上司',
      '厂里',
      '工会',
      '委会',
      '街道',
      '物业',
      '学校',
      '老师',
      '房东',
      '社区',
      '网格员',
    ],
    patterns: zh(
      `${YOUR}(?:的)?${THIRD}${NGAP(12)}${OWING}`,
      `(?:他|她)(?:在我们(?:这|这里|这边|行|银行)|的(?:信用卡|卡|账户))${GAP(8)}(?:欠|逾期|没还|未还)`,
      `通讯录(?:里|中|上)?${GAP(10)}(?:打|发|联系|通知|告诉|问)`,
      `${YOUR}${THIRD}(?:那边|那里)${GAP(10)}(?:说|讲|通知|告诉|打过)`,
      `(?:欠了多少|欠款|欠钱的事|欠的钱)${GAP(6)}(?:她|他|他们|家人|全家|大家)${NGAP(2)}(?:都|也)?(?:知道|清楚)`,
      `(?:给|向)${YOUR}?${BODIES}(?!邮箱|地址|电话)${GAP(6)}(?:发|寄|送|递|打|说明|反映|通报|告知)`,
    ),
  },
  {
    // "明天我们会给你岳父岳母打个电话", "你不接我就打你哥的电话": relatives phoned, even "to help".
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: KIN_TRIGGERS,
    patterns: zh(
      `${WE}${GAP(10)}(?:给|跟|找|联系|致电|通知|打给|打|告诉|问问|去找)${GAP(1)}${YOUR_KIN}${GAP(12)}(?:打|电话|聊|说|沟通|联系|劝|帮|处理|协助|想办法|知道|的$|的,|的。)`,
      `${WE}${GAP(10)}(?:联系|致电|通知|告知)${GAP(4)}(?:亲属|亲友|家属|家人)${GAP(10)}(?:协助|帮助|帮忙|一起|配合|处理)`,
    ),
  },
  {
    // "你爸妈替你还吧", "让你老丈人帮你把钱垫上": the family asked to pay the person's card.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: [...KIN_TRIGGERS, '让他', '让她', '叫他', '叫她'],
    patterns: zh(
      `${YOUR_KIN}${WILLING}(?:替|帮)${YOU}?${GAP(2)}(?:还|垫|出|把钱|把账|平账)(?!款方案|款计划)${NO_DUTY}`,
      `(?:让|叫|找|要)${YOUR_KIN}${GAP(6)}(?:替|帮)${YOU}?${GAP(4)}(?:还|垫|凑|出钱|把钱)${NO_DUTY}`,
      `(?:让|叫)(?:他|她|他们|她们)(?:替|帮)${YOU}(?:还|垫)`,
    ),
  },
  {
    // "你妈知道她儿子欠钱躲着不还吗？", "你老婆要是知道你这事…": the family's knowing held over the person.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['知道'],
    patterns: zh(
      `${YOUR}${GAP(1)}${KIN}(?:要是|如果|若是|万一)?知道${GAP(16)}(?:欠|债|钱|还款|逾期|这事|这件事|躲|不还)`,
    ),
  },
  {
    // "你也不想让全家都知道吧？", "你姐姐嫁得挺好的，让她帮帮你呗": the family's knowing or paying held out.
    id: 'privacy.third_party',
    lang: 'zh',
    triggers: ['知道', '让他', '让她'],
    patterns: zh(
      `(?:不想|不希望)(?:让)?${GAP(2)}(?:全家|家人|家里人|父母|爸妈|老婆|老公|孩子|亲戚|同事|领导|单位|全村|村里)${GAP(4)}知道(?:吧|吗|嘛|么)`,
      `${YOUR_KIN}[^。\\n]{0,16}让(?:他|她|他们|她们)(?:帮帮|帮|替|接济|借钱给)${YOU}`,
    ),
  },
  {
    // "让他们想办法帮你把这件事处理到位", "家里人得替你扛": the sender makes them, or says they must.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: ['替', '帮', '扛', '兜底', '买单'],
    patterns: zh(
      `(?<!不会|不要|不能|不可能|无权|不得)让${HOUSEHOLD}${CLAUSE(8)}(?:替|帮)${YOU}${CLAUSE(10)}(?:扛|还|承担|处理|兜底|买单)`,
      `${HOUSEHOLD}(?:就)?(?:得|必须|只能|只好|就要)${CLAUSE(2)}(?:替|帮)?${YOU}?${CLAUSE(2)}(?:扛|还钱|承担|兜底|买单)`,
    ),
  },
  {
    // "父债子偿，你爸欠的钱你得还", "他的债就是你的债": a relative told the debt is theirs.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['父债', '子债', '夫债', '妻债', '母债', '的债'],
    patterns: zh(
      `(?<!所谓的?|关于|["'“‘])(?:父|子|夫|妻|母)债(?:子|父|妻|夫|女)(?:偿|还)(?!["'”’]|问题|吗|的说法|是否|${CLAUSE(8)}吗)(?!${CLAUSE(8)}(?:没有|无|不是|不符合|并非|不存在)(?:任何)?(?:法律)?(?:依据|根据))`,
      `(?:他|她|你爸|你妈|你儿子|你女儿|你老公|你老婆)的债(?:就是|也是|便是)${YOU}的债`,
    ),
  },
];
