import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { DEMAND_ZH, FAMILY, KIN_ZH, NO_NEG_GAP, NO_NEG_SPAN, SENTENCE } from '../shared/zh.js';

/**
 * Threats (Chinese): watching: the person's whereabouts, routine and surroundings known.
 * Each rule's place in the order of findings: ../order.ts.
 */

// Where the person lives, eats, parks and sends the child: named as known to the collector.
const PLACE_ZH =
  '(?:小区|楼下|早餐店|门口|楼道|单元楼|学校|幼儿园|放学|上学路上|补习班|停在|停车位|车牌|上班路上|下班路上|回家路上|每天几点|菜市场|常去的|驿站|快递站|高架|公交站|地铁站|小卖部|超市|停车场|门卫)';
const SEEN_ZH = `(?:我们|我哋|我|同事|兄弟们?|哥几个|我的人)${GAP(4)}(?:都|也|经常|天天|每天)?(?:挺|很|蛮|特别)?(?:清楚|知道|晓得|熟|常去|去过|见过|看到|看见|路过|经过|认得|盯着|蹲过|摸清)`;
const SEEN_BY_FOOT_ZH = `(?:我们|我哋|我|同事|兄弟们?|哥几个|我的人)${GAP(4)}(?:都|也|经常|天天|每天)?(?:常去|去过|见过|看到|看见|路过|经过|认得|盯着|蹲过)`;
const KNOW_ZH = '(?:我们|我哋|我|同事|兄弟们?|哥几个)(?:都|也)?(?:清楚|知道|晓得|摸清)(?:了)?';
const CREW = '(?:人|同事|外勤|外访|兄弟|哥们|组)';
const ZH_WHERE =
  '(?:小区|公告栏|楼道|电梯|村里|村口|单位|公司|朋友圈|微信群|家族群|群里|的群|联系人|通讯录|亲友|亲戚|邻居|同事|网上|抖音|微博|快手)';
const WORKPLACE = '(?:公司|单位|部门|办公室)';

export const THREAT_WATCHING_ZH: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '门牌',
      '住址',
      '地址',
      '那栋楼',
      '去过',
      '摸清',
      '踩过点',
      '知道',
      '清楚',
      '查到',
      '找到',
      '一清二楚',
    ],
    patterns: zh(
      `(?:知道|清楚|查到|找到)(?:了)?${YOUR}?(?:住(?:在)?哪|家(?:在|住)哪|${FAMILY}(?:在)?哪|单位在哪|在哪(?:上班|工作|上学)|住址|家庭住址)`,
      `(?:住址|住哪|家在哪)(?:我们)?(?:都)?(?:一清二楚|清清楚楚|知道得很清楚)`,
      `(?:门牌号?|住址|地址|你家(?:那栋楼|楼|小区))${GAP(8)}(?:记着|记下|知道|清楚|去过|摸清|有了)|(?:去过|摸清|踩过点)${GAP(4)}${YOU}家|你家(?:那栋楼|楼下|小区)我们`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '打听',
      '查清',
      '摸清',
      '查到',
      '问到',
      '摸到',
      '查出',
      '问清',
      '问出',
      '摸出',
      '查明',
      '问明',
      '摸明',
    ],
    patterns: zh(
      `(?:${FAMILY}|住址|住哪|家在哪|哪(?:个|所)?(?:学校|单位|公司|小区))${GAP(12)}(?:我们|我)?(?:都|全|早就|已经|早)?(?:打听|查|摸|问)(?:清楚|到了|出来|明白|得一清二楚|清了)`,
    ),
  },
  // dev-s5 classes: a child's school and hours, "accidents happen", being followed, places
  // already visited, taunts that the person cannot hide, things that "can't be undone".
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '上学',
      '放学',
      '小学',
      '中学',
      '幼儿园',
      '学校',
      '校门',
      '年级',
      '意外',
      '掂量',
      '挽回',
      '下去',
      '老小',
      '跟着',
      '盯着',
      '跟踪',
      '找不到',
      '躲',
      '跑得',
      '逃得',
      '去过',
      '看到我们',
      '见到我们',
    ],
    patterns: zh(
      `(?:孩子|儿子|女儿|闺女|小孩|娃)${GAP(12)}(?:小学|中学|幼儿园|学校|校门|年级)[^。!?\\n]{0,16}?(?:放学|上学|几点|接送|看到我们|见到我们|心里有数|清楚|知道)`,
      `(?:孩子|儿子|女儿|闺女|小孩)${GAP(12)}(?:上学|放学)[^。\\n]{0,16}?(?:注意|小心|当心)`,
      `(?:校门口?|学校门口|幼儿园门口)${GAP(6)}(?:看到|见到|碰到)我们|(?:不想|不希望)让${GAP(12)}(?:看到|见到|碰到)我们`,
      `意外${GAP(8)}(?:说不准|说不好|难说|不好说|难免|谁也)|(?:掂量掂量|自己掂量)`,
      `有些事${GAP(10)}(?:没法挽回|无法挽回|挽回不了|来不及)`,
      `还想不想${GAP(4)}(?:开|干|做|过|住|混)下去|(?:一家老小|全家老小)`,
      `(?:安排|派)(?:了)?${GAP(4)}(?:跟着|盯着|跟踪)${YOU}|(?:跟着|盯着|跟踪)${YOU}${GAP(10)}(?:去哪|在哪|都知道)`,
      `以为${GAP(10)}(?:找不到|躲得掉|躲得了|跑得了|跑得掉|逃得掉|逃得了)`,
      `(?:父母|爸妈|老人|家人|老家|村)${GAP(10)}(?:我们|我)${GAP(2)}(?:也)?(?:去过|见过|拜访过|看过|走过)`,
    ),
  },
  // probe-s5 classes (seen): being watched or looked up (打听到, 看得到, "we see you at…"), men
  // "I can't hold back", "what happens next" not promised, a home that might burn.
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '看得到',
      '看得见',
      '打听到',
      '打听清楚',
      '摸清',
      '管不住',
      '拦不住',
      '控制不住',
      '不保证',
      '万一哪天',
    ],
    patterns: zh(
      `(?:我们|我)(?:都|也)?(?:看得到|看得见|打听到|打听清楚|摸清)`,
      `(?:我|我们)(?:也)?(?:管不住|拦不住|控制不住)`,
      `(?:后面|接下来|之后|以后)的事${GAP(6)}(?:不保证|不好说|管不了|说不准)`,
      `万一哪天${GAP(8)}(?:着火|失火|出事|出点事|三长两短|塌)`,
    ),
  },
  {
    // Menace by the person's surroundings, joined to a demand in the same message.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '小区',
      '楼下',
      '早餐店',
      '门口',
      '楼道',
      '单元楼',
      '学校',
      '幼儿园',
      '放学',
      '上学',
      '补习班',
      '停在',
      '停车位',
      '车牌',
      '路上',
      '几点',
      '菜市场',
      '驿站',
      '快递站',
      '高架',
      '站',
      '小卖部',
      '超市',
      '停车场',
      '门卫',
      '常去',
      '边间',
      '边度',
      '哪',
    ],
    patterns: zh(
      `${PLACE_ZH}[^。\\n]{0,24}?${SEEN_ZH}[\\s\\S]{0,80}?${DEMAND_ZH}`,
      `${SEEN_BY_FOOT_ZH}${GAP(12)}${PLACE_ZH}[\\s\\S]{0,80}?${DEMAND_ZH}`,
      `${KNOW_ZH}${YOUR}?${KIN_ZH}?(?:的)?(?:住|在|读|上|停|喺|住喺|返工喺)?(?:在)?(?:哪|边间|边度|几点)${GAP(8)}[\\s\\S]{0,80}?${DEMAND_ZH}`,
      `${DEMAND_ZH}[\\s\\S]{0,60}?${PLACE_ZH}[^。\\n]{0,24}?${SEEN_ZH}`,
    ),
  },
  {
    // Followed, watched or waited for; field staff who "won't just talk".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '跟着',
      '跟住',
      '盯',
      '守住',
      '守着',
      '守了',
      '蹲',
      '陪着',
      '哪',
      '甩',
      '手重',
      '手黑',
      '下手',
      '脾气',
      '耐心',
      '不好惹',
      '就不是',
      '可不是',
      '不好看',
      '不好收场',
      '收不了场',
      '难看',
      '可爱',
      '乖',
      '漂亮',
      '聪明',
      '得意',
      '精灵',
      '小心',
      '注意',
    ],
    patterns: zh(
      `(?:派|安排|让|叫|通知)${NO_NEG_GAP(8)}${CREW}${NO_NEG_GAP(10)}(?:跟着|盯着?|守着|蹲|陪着)`,
      `(?:我们|我们的人|同事|外勤|兄弟|有人)${NO_NEG_GAP(6)}(?:一直|天天|每天|日日|每晚|轮流|24小时)${NO_NEG_GAP(6)}(?:跟着|盯着|守着|跟住|盯住|守住|蹲)`,
      `(?:走到|去)哪${NO_NEG_GAP(4)}(?:我们|他|就)${NO_NEG_GAP(2)}(?:跟到|跟去|去)哪|甩(?:都)?甩不掉`,
      `(?:楼下|门口|公司|单位|小区)${NO_NEG_GAP(4)}(?:蹲|守)(?:着|了)`,
      `(?:外勤|外访|上门|催收)(?:的)?${CREW}${NO_NEG_GAP(10)}(?:脾气|手重|手黑|下手|不好惹|没(?:什么)?耐心)`,
      `(?:他们|外勤|同事|我们的人)${NO_NEG_GAP(4)}(?:上了门|上门了|去了|到了)${NO_NEG_SPAN(6)}(?:就不是|可不是|不好看|不好收场|收不了场|难看)`,
      `(?:女儿|儿子|孩子|闺女|娃儿|你仔|个仔|个女)${NO_NEG_GAP(12)}(?:小学|中学|初中|高中|幼儿园|学校|年级|班|[初高][一二三]|[一二三四五六七八九十]中)${NO_NEG_SPAN(12)}(?:可爱|乖|漂亮|聪明|得意|精灵)`,
      `(?:一个人|独自|晚上|夜里|天黑)${NO_NEG_GAP(10)}(?:要|可得|得|最好)(?:小心|注意)(?:点|些)`,
    ),
  },
  {
    // "…就把你的欠款信息贴到小区公告栏", "…马上把你的照片发到联系人群里": exposure as a threat.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['把', '将'],
    patterns: zh(
      `(?:就|会|将会|要|马上|立刻|立即|直接)${GAP(4)}(?:把|将)${YOUR}${GAP(16)}(?:贴|发|挂|公布|曝光|传|印|做成|告诉)${GAP(14)}${ZH_WHERE}`,
    ),
  },
  {
    // "邻居也跟着遭殃", "把你的裸照发到村里的群".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['邻居', '街坊', '同事', '裸照', '裸体', '脱光', '扒光', '裸'],
    patterns: zh(
      `(?:邻居|街坊|左邻右舍|同事|亲戚)${SENTENCE(10)}(?:遭殃|倒霉|跟着(?:受罪|受苦|遭罪|倒霉)|不得安宁|连累)`,
      `(?:裸照|裸体|裸聊|裸贷|脱光|扒光)${SENTENCE(16)}(?:发|传|曝光|贴|公开|挂)`,
      `(?:发|传|曝光|贴|公开|挂)${SENTENCE(16)}(?:裸照|裸体照|裸聊视频)`,
    ),
  },
  {
    // "不还下周你们单位每个人都会知道你欠钱", "你全公司同事都会收到你的…".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['收到', '知道', '看到'],
    patterns: zh(
      `(?:全|整个|整|你们?|你全)${WORKPLACE}(?:的)?(?:同事|人|领导)?(?:每个人)?(?:都|全)(?:会|将|要)?(?:收到|知道|看到)${YOU}`,
    ),
  },
];
