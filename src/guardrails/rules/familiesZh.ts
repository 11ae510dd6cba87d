import { GAP, YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Pattern families (Chinese): a subject or target, a verb family and the clause around them,
 * rather than fixed sentences. They sit beside the per-category rules and share their ids, so
 * an audit reads the same; negation, hedging and "the person may act" excuse as there.
 */

/** People other than the holder (信用卡业务监督管理办法 Art. 68–69; 爆通讯录). */
const THIRD_WORDS = [
  '家人',
  '家里人',
  '家属',
  '老婆',
  '老公',
  '妻子',
  '丈夫',
  '爱人',
  '父母',
  '爸妈',
  '爸爸',
  '妈妈',
  '子女',
  '儿子',
  '女儿',
  '兄弟',
  '姐妹',
  '亲戚',
  '亲友',
  '朋友',
  '同事',
  '同学',
  '领导',
  '上司',
  '老板',
  '单位',
  '公司',
  '人事',
  '邻居',
  '物业',
  '居委会',
  '村委会',
  '通讯录',
  '紧急联系人',
  '担保人',
];
const THIRD = `(?:${THIRD_WORDS.join('|')})`;
const TELL = '(?:联系|通知|告知|告诉|打电话给|打给|找|通报|转告|知会|说明|反映给)';

/** Police and prosecutors: named to a debtor, only to frighten (DOMAIN: civil matter). */
const POLICE_WORDS = [
  '公安',
  '警察',
  '民警',
  '派出所',
  '经侦',
  '刑警',
  '警方',
  '检察院',
  '检察机关',
  '司法机关',
];
const POLICE = `(?:${POLICE_WORDS.join('|')})`;
const POLICE_ACT = `(?:找${YOU}|联系${YOU}|约谈|找${YOU}谈话|找上门|上门|抓|逮捕|带走|拘留|刑拘|传唤|立案|调查${YOU}|介入|通缉|来找|到${YOUR}?家)`;

/** Labels that insult whoever they are pinned on. */
const LABELS =
  '(?:骗子|诈骗犯|小偷|贼|强盗|罪犯|无赖|老赖|赖子|混蛋|人渣|废物|垃圾|败类|流氓|畜生|寄生虫|白眼狼|窝囊废|懒鬼|穷鬼|无耻之徒|失败者|蛀虫)';
// Between "你是" and the label: not "你是否遇到过骗子", "您是不是接到了冒充…的骗子电话".
const LABEL_GAP =
  '(?:(?!遇|接到|碰到|被|遭|防|冒充|识别|小心|当心|警惕|举报|否|不是|受害)[^,;:!?。、\\n]){0,10}?';

/** Groups a stereotype is pinned on. */
const GROUP_WORDS = [
  '农村',
  '乡下',
  '外地',
  '山里',
  '山区',
  '小地方',
  '城中村',
  '农民工',
  '打工的',
  '河南',
  '东北',
  '安徽',
  '四川',
  '贵州',
  '甘肃',
  '广西',
  '江西',
  '湖南',
  '少数民族',
  '女人',
  '女的',
  '男人',
  '老年人',
  '残疾人',
];
const GROUP = `(?:${GROUP_WORDS.join('|')})`;
const STEREOTYPE =
  '(?:就是|都是|都|一个个|天生|果然|总是|向来|素质|没有一个|没一个|就爱|就喜欢|最爱|最会|就没)';

/** Hours and minutes: contact that often is relentless (2025 standard: ≤3 a day). */
const EVERY = '每隔?(?:半|一|两|几|\\d+|[一二三四五六七八九十]+)?(?:个)?(?:小时|钟头|分钟)';

export const FAMILY_RULES_ZH: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: THIRD_WORDS,
    patterns: zh(
      `${TELL}(?:了|过|一下)?${YOUR}(?:的)?${GAP(3)}${THIRD}`,
      `${THIRD}${GAP(10)}(?:我们|我)(?:也|都|已经|已|刚|刚刚)?(?:联系|通知|告知|打过电话|找过|说过|沟通)(?:过|了)`,
      `${THIRD}${GAP(8)}(?:都|也|已经|已)?(?:知道|清楚|晓得)(?:了)?${YOU}(?:的)?(?:欠|逾期|拖欠|还不上|不还|赖账)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['曝光', '朋友圈', '网上', '微博', '抖音', '群里', '工作群', '家族群', '业主群', '公告栏'],
    patterns: zh(
      `曝光${YOU}|把${YOU}${GAP(10)}(?:曝光)`,
      `(?:发|挂|贴|传|公布|公开|公示|晒)(?:到|在|上)?${GAP(8)}(?:朋友圈|网上|微博|抖音|群里|工作群|家族群|业主群|公告栏)`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: [...POLICE_WORDS, '报案', '报了案'],
    patterns: zh(
      `${POLICE}(?:机关|部门|局|的人|大队|同志)?(?!不会|不|没有|没|并不|绝不|从不|从来不)${GAP(10)}${POLICE_ACT}`,
      `(?:移交|移送|报送|交给|转交|报给|报到|上报给?)${GAP(4)}${POLICE}`,
      `(?:我们|银行|本行|我)(?:已经|已|将|会|马上|就|准备|要)?(?!没|未|不|从未|并没|并未|从没)${GAP(2)}(?:报案|报了案)`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['构成', '涉嫌', '属于', '定性', '算是'],
    patterns: zh(
      `(?<![这那此])(?:构成|涉嫌|属于|定性为|算是)(?:了)?(?:恶意透支|信用卡诈骗|诈骗罪|诈骗|刑事犯罪|违法犯罪|犯罪|刑事案件)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: ['日子', '以后', '往后', '辈子', '将来', '保证', '保管', '看着办'],
    patterns: zh(
      `(?:日子|以后|往后|辈子|将来)${GAP(6)}(?:不会|别想|休想|甭想|没法)(?:再)?(?:好过|安生|太平|安宁|消停|舒坦)`,
      `(?:日子|以后|往后)${GAP(4)}(?:不好过|难过了|有得受|有${YOU}受的)`,
      `(?:保证|保管)${YOU}(?:(?![不没别])[^,;:!?。、\\n]){0,8}?(?:不好过|难受|后悔|吃亏|好看|倒霉)`,
      `${YOU}?自己看着办(?!理)`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['找到', '找上', '摸到', '杀到', '堵到', '蹲', '守在'],
    patterns: zh(
      `(?:找到|找上|摸到|杀到|堵到|蹲在|蹲到|守在)${YOUR}?(?:家(?![人属长里])|单位|公司|门口|老家|小区|楼下)`,
    ),
  },
  {
    id: 'defamation.label',
    lang: 'zh',
    triggers: ['脸', '良心', '人品'],
    patterns: zh(`(?:脸|脸皮|面子|良心|人品)(?:都|也|全)?(?:不要了|丢光了|丢尽了|被狗吃了|喂狗了)`),
  },
  {
    id: 'defamation.label',
    lang: 'zh',
    negatable: true,
    triggers: [
      '骗子',
      '诈骗犯',
      '小偷',
      '贼',
      '强盗',
      '罪犯',
      '无赖',
      '老赖',
      '赖子',
      '混蛋',
      '人渣',
      '废物',
      '垃圾',
      '败类',
      '流氓',
      '畜生',
      '寄生虫',
      '白眼狼',
      '窝囊废',
      '懒鬼',
      '穷鬼',
      '无耻之徒',
      '失败者',
      '蛀虫',
    ],
    patterns: zh(
      `${YOU}(?:就|真|简直|根本|分明|明明|这人)?(?:是|就是|真是|真够|算是)(?:个|一个|一|这种)?${LABEL_GAP}的?${LABELS}`,
    ),
  },
  {
    id: 'discrimination.region',
    lang: 'zh',
    triggers: GROUP_WORDS,
    patterns: zh(
      `(?:你们|您们|这些|那些|他们)?${GROUP}(?:来的|出来的|的)?(?:人|佬|家伙)?${GAP(2)}${STEREOTYPE}${GAP(8)}(?:没信用|不讲信用|信用观念|信用意识|不守信|赖账|欠钱|不还|没钱|穷|素质|骗|懒|乱花|不懂|没脑子|没文化)`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'zh',
    negatable: true,
    triggers: ['小时', '钟头', '分钟', '直到', '一直到'],
    patterns: zh(
      `${EVERY}${GAP(8)}(?:打|发|联系|催|轰炸|找)`,
      `(?:打|发|联系|催|电话|短信)[^。!?\\n]{0,16}?(?:直到|一直到)${YOU}?(?:还钱|还款|还清|还上|接|回)`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver', 'discount', 'settlement'],
    triggers: ['剩下', '剩余', '其余', '余下', '清零', '核销', '抹平', '勾销'],
    patterns: zh(
      `(?:剩下|剩余|其余|余下)(?:的)?(?:部分|欠款|金额|钱|利息)?${GAP(6)}(?:不追究|不要了|不用还|免了|不收了|算了|一笔勾销|不用管|不催|作废|清零|免除|减免|就当没有)`,
      `(?:欠款|债务|账|余额|欠的钱)${GAP(6)}(?:已经|已|都|就|给${YOU})?(?:清零|核销|抹平|勾销)`,
    ),
  },
  {
    id: 'unauthorized_commitment.discount',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['discount', 'settlement'],
    triggers: ['折', '半价'],
    patterns: zh(
      `打(?:个|了)?(?:对|半|[一二三四五六七八九]|\\d+)?折(?![腾叠])|(?:对折|半价)(?:处理|结清|优惠|还)`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: ['内部', '上头'],
    patterns: zh(
      `(?:内部|上头)(?:的)?(?:规定|规则|口径|指引|标准|政策|要求|底线)${GAP(16)}(?:减免|免除|折扣|打折|和解|让步|审批)`,
    ),
  },
  {
    id: 'privacy.unverified_disclosure',
    lang: 'zh',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['名下', '欠款', '欠了', '欠费', '应还', '待还', '最低还款', '账单金额'],
    patterns: zh(
      `${YOU}名下${GAP(8)}(?:逾期|欠款|欠费|拖欠|欠了|未还|没还)`,
      `(?:欠款|欠了|欠费|应还|待还|最低还款额?|账单金额)(?:金额)?(?:是|为|有|共|约|达到?|还有|已达)?${GAP(4)}(?:\\d|[一二两三四五六七八九十百千万]{2,})`,
    ),
  },
];
