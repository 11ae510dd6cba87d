import { GAP, YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';
import { STRUCT_ROUND15_EN_RULES } from './structRound15En.js';

/**
 * Classes outside round 15 (issue 16) showed uncovered, written by class from guardfix's own
 * phrasings, never from the round's items: relief "guaranteed" for a fee, menace by knowing the
 * person's surroundings or by "caring about their safety" next to a demand, a contacts list and
 * an owners' group used against the person, invented nationwide freezes, lifelong records,
 * daily rates and ballooned debts, smears to a spouse, police slang, poverty mocked, origin
 * put-downs. DOMAIN.md; 信用卡业务监督管理办法 Art. 70; FDCPA §1692d, §1692e.
 */
const DEMAND_ZH =
  '(?:把账|清一下|清掉|早点还|快点还|尽快还|赶紧还|早点处理|还款|还钱|还上|结清|处理一下|处理掉|处理好|搞定|搞掂|筆數|笔数|还清|最低还款|把钱|这笔账|款项)';
// Where the person lives, eats, parks and sends the child: named as known to the collector.
const PLACE_ZH =
  '(?:小区|楼下|早餐店|门口|楼道|单元楼|学校|幼儿园|放学|上学路上|补习班|停在|停车位|车牌|上班路上|下班路上|回家路上|每天几点|菜市场|常去的|驿站|快递站|高架|公交站|地铁站|小卖部|超市|停车场|门卫)';
const SEEN_ZH = `(?:我们|我哋|我|同事|兄弟们?|哥几个|我的人)${GAP(4)}(?:都|也|经常|天天|每天)?(?:挺|很|蛮|特别)?(?:清楚|知道|晓得|熟|常去|去过|见过|看到|看见|路过|经过|认得|盯着|蹲过|摸清)`;
const KNOW_ZH = '(?:我们|我哋|我|同事|兄弟们?|哥几个)(?:都|也)?(?:清楚|知道|晓得|摸清)(?:了)?';
const SEEN_BY_FOOT_ZH = `(?:我们|我哋|我|同事|兄弟们?|哥几个|我的人)${GAP(4)}(?:都|也|经常|天天|每天)?(?:常去|去过|见过|看到|看见|路过|经过|认得|盯着|蹲过)`;
const NUM_ZH = '[\\d一二三四五六七八九十两百千万]';
const BALLOON_ONLY = '(?:才|只有|只是|只欠|不过)';
const BALLOON_NOW = `(?:现在|已经|目前|如今)${GAP(8)}(?:到|涨到|变成|滚到|翻到|成了)(?:了)?${GAP(2)}${NUM_ZH}`;
const KIN_ZH = '(?:老婆|老公|男人|女人|媳妇|丈夫|妻子|儿子|女儿|孩子|个仔|个女)';

export const STRUCT_ROUND15_RULES: PatternRuleSpec[] = [
  {
    // Relief "guaranteed" or sold for a fee: only the bank's policy grants relief, never for money.
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    triggers: [
      '100%',
      '百分百',
      '百分之百',
      '通过',
      '下款',
      '批下来',
      '通道',
      '名额',
      '费',
      '保证金',
      '押金',
    ],
    patterns: zh(
      `(?:100%|百分百|百分之百)(?:审核|审批|申请)?(?:通过|下款|批下来)|(?:包|稳|必|保证)(?:审核|审批)?(?:通过|下款|批下来)`,
      `(?:减免|停息|挂账|减息|免息)${GAP(4)}(?:通道|名额)`,
      `(?:缴纳|交|付|支付)${GAP(8)}(?:工本费|手续费|服务费|审核费|加急费|保证金|押金)${GAP(6)}(?:即可|就能|就可以|马上)${GAP(4)}(?:全额|全部)?(?:减免|免除|结清|停息|免息)`,
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
    // "关心您及家人的人身安全", "不想有什么三长两短", "车被人划了多可惜": a demand dressed as care.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: false,
    triggers: [
      '安全',
      '安危',
      '平安',
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
      `(?:希望|但愿|盼着)${GAP(8)}平(?:平)?安(?:安)?[^。\\n]{0,8}?(?:所以|那就|就|才|的话)${GAP(10)}${DEMAND_ZH}`,
      `(?:车|房子|店面|门|玻璃|窗|车胎|轮胎)[^。\\n]{0,30}?被人?(?:划花|划了|刮花|砸了|砸烂|扎了|扎破|泼油漆|泼了|烧了|卸了)${GAP(8)}(?:可惜|心疼|麻烦|不好|难受|别怪)`,
      `(?:不理|不接|装死|拖着不还|不还钱)${GAP(4)}的人[^。\\n]{0,12}?(?:都|总会|往往|容易)?(?:倒霉|出事|出点事|出点状况|出状况|出岔子|遇到麻烦|碰到意外)`,
    ),
  },
  {
    // The contacts list held over the person; the debt posted in the owners' or building group.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '通讯录',
      '联系人',
      '手机里',
      '好友',
      '业主群',
      '小区群',
      '楼栋群',
      '邻居群',
      '物业群',
      '居民群',
      '家长群',
      '同学群',
      '单位群',
      '工作群',
    ],
    patterns: zh(
      `(?:通讯录|联系人|手机里的人|微信好友|好友列表|手机里的号码)${GAP(10)}(?:(?:我们|我这边|我们这边)(?:都|全|已经)?(?:有|拿到|导出)|都有|全有|全都有|已经拿到|都拿到|导出来|导出了|都在|一清二楚|一个不少)`,
      `(?:通讯录|联系人)[\\s\\S]{0,40}?(?:挨个|逐个|一个个|一个一个|群发|都)(?:发|打|联系|通知|问)`,
      `(?<!(?:不会|绝不|从不|决不|不|没有)(?:在|到|往)?[^。!?\\n]{0,16})(?:业主群|小区群|楼栋群|邻居群|物业群|居民群|家长群|同学群|单位群|工作群)${GAP(16)}(?:公示|曝光|通报|公布|公开|发布|挂出|提醒|发一下|发个|发条|说一声)`,
      `(?:公示|曝光|通报|公布|公开|挂|发)${GAP(8)}(?:到|在|进)${GAP(6)}(?:业主群|小区群|楼栋群|邻居群|物业群|居民群|家长群|同学群|单位群|工作群)`,
    ),
  },
  {
    // Invented nationwide freezes, lifelong records, daily rates above the law, ballooned debts.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '银行',
      '只有',
      '终身',
      '辈子',
      '永久',
      '永远',
      '万分之',
      '千分之',
      '百分之',
      '原本',
      '本来',
      '原来',
      '当初',
      '奔着',
      '倍',
    ],
    patterns: zh(
      `(?:全国|所有|各大|各家|全部)(?:的)?(?:所有|各大|各家)?银行${GAP(10)}(?:冻结|拉黑|黑名单|封|限制|停用)`,
      `只有(?:我行|我们|本行|我这边)(?:才)?(?:有权限?|能|可以)(?:解冻|解除|撤销|消除|解封)`,
      `征信${GAP(12)}(?<!不是|并非|不会|不|没有|并不)(?:终身|永久|一辈子|这辈子|永远)|(?:终身|永久)(?:的)?(?:记录|留底|污点|不良)`,
      `(?:终身|永久|一辈子|这辈子|永远)${GAP(6)}(?:留在|挂在|记在|在)征信|(?:一辈子|这辈子|永远)(?:都)?(?:消不掉|删不掉|洗不掉|去不掉|抹不掉)`,
      `(?:这辈子|一辈子|终身|永远|下半辈子)(?:都)?(?:别想|不能|没法|无法|贷不了|办不了|休想)(?:再)?(?:贷款|借钱|办卡|买房|买车|借贷|申请)`,
      `(?:(?:每|按)(?:日|天)|一天|日(?:利率|违约金|罚息))${GAP(8)}(?:万分之(?:[6-9]|[1-9]\\d+|六|七|八|九|十|二十|三十|五十|一百)|千分之|百分之)`,
      `(?:原本|本来|原来|当初)${BALLOON_ONLY}${GAP(3)}${NUM_ZH}[\\s\\S]{0,30}?${BALLOON_NOW}`,
      `${BALLOON_NOW}[^。\\n]{0,16}?(?:原本|本来|原来|当初)${BALLOON_ONLY}`,
      `奔着${GAP(2)}(?:\\d|[一二三四五六七八九十两]+万)|翻了?(?:好几|几|[二三四五六七八九十两]|\\d)倍`,
    ),
  },
  {
    // Smears told to a spouse or relative: other women, "a liar and a cheat", "这种烂人".
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: [
      '女人',
      '男人',
      '小三',
      '情人',
      '烂人',
      '人渣',
      '渣男',
      '渣女',
      '外面',
      '包养',
      '出轨',
      '外遇',
      '偷腥',
    ],
    patterns: zh(
      `(?:花在|花到|花给|砸在)(?:了)?(?:(?:别的|其他|外面的?|野)(?:女人|男人)|小三|情人)`,
      `(?:这种|这样的|这个|那种|你这)(?:烂人|人渣|渣男|渣女)`,
      `(?:${KIN_ZH}|他|她)${GAP(10)}(?:包养|养小三|养情人|出轨|搞外遇|偷腥)`,
      `(?:她|他|你|${YOUR})(?:的)?${KIN_ZH}在外面(?:养(?!家)|鬼混|乱搞|偷人|有人|有女人|有男人|有小三)`,
    ),
  },
  {
    // Police slang and pinyin: jc (警察), lian (立案), "直接带走", "打过招呼".
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: [
      'jc',
      'lian',
      '带走',
      '抓走',
      '拘走',
      '铐走',
      '拘留',
      '关进去',
      '打过招呼',
      '在路上',
      '出发了',
      '过来了',
      '马上到',
      '上门',
      '就拘',
      '就抓',
      '打好招呼',
      '打了招呼',
      '通过气',
    ],
    patterns: zh(
      `(?:jc|警察|公安|派出所|所里|局里|经侦)${GAP(6)}(?:已经)?(?:打过招呼|打好招呼|打了招呼|通过气)`,
      `(?:lian|立案|报案)${GAP(8)}(?:直接)?(?:被)?(?:带走|抓走|拘走|铐走|拘留)`,
      `(?:jc|警察|公安|民警)${GAP(4)}(?:已经)?(?:在路上|出发了|过来了|马上到|上门)`,
      `(?:lian|立案)${GAP(4)}就(?:拘|抓)(?!泥|束|紧)`,
      `直接(?:被)?(?:抓走|拘走|铐走|关进去)|(?:把|将)?${YOU}?(?:直接)?(?:被)?(?:jc|警察)${GAP(4)}(?:带走|抓走)`,
    ),
  },
  {
    // Poverty mocked: "穷到连…都凑不出来", a crowdfunding offered as a jeer.
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: false,
    triggers: ['穷到', '凑不出', '拿不出', '掏不出', '众筹', '水滴筹', '轻松筹', '筹款', '要饭', '讨饭'],
    patterns: zh(
      `穷到(?:连)?|连${GAP(12)}(?:都|也)(?:凑不出|拿不出|掏不出)${GAP(4)}(?:啊|吧|吗|呀)?(?:\\?|？|🤡|哈|笑)`,
      `(?:帮${YOU}|给${YOU}|替${YOU})${GAP(8)}(?:众筹|水滴筹|轻松筹|筹款)`,
      `(?:去|出去|上街)${GAP(3)}(?:要饭|讨饭)`,
      `(?:块|元|块钱|百|千)(?:钱)?(?:都|也)(?:凑不出|拿不出|掏不出|还不上)(?:来)?(?:啊|吧|吗|呀)?(?:\\?|🤡|哈|笑)`,
    ),
  },
  {
    id: 'discrimination.region',
    lang: 'zh',
    negatable: true,
    triggers: ['你们那', '你们老家', '你们那边', '你们那里', '你们国家'],
    patterns: zh(
      `(?:在)?(?:你们那(?:边|里|儿)?|你们老家|你们国家)(?:的人)?${GAP(10)}(?:很正常|是常事|习以为常|不算什么|都这样|习惯了)`,
    ),
  },
  ...STRUCT_ROUND15_EN_RULES,
];
