import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';
import { NO_NEG_ZH, SENTENCE } from '../shared/zh.js';

/**
 * Discrimination (Chinese): origin or region.
 */

const REGION_ZH =
  '(?:河南|河北|东北|安徽|江西|湖南|湖北|四川|广西|贵州|甘肃|新疆|西藏|云南|山东|福建|广东|温州|潮汕|农村|乡下|外地|山里|山区|北方|南方)';
/** A share of a group swept into one verdict: "十个里面八个这样", "有几个靠谱的" (guardzh26). */
export const SWEEP_COUNT =
  '(?:十个(?:里面|里头|里|有)?[一二三四五六七八九]个|没几个|有几个(?:是)?(?:靠谱|好人|老实|正经|还钱|讲信用|守信)|没一个(?:靠谱|好东西|老实|还钱))';
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
const GROUP_ZH =
  '(?:新移民|新来嘅移民|新来的移民|移民|大陆仔|大陆妹|大陆佬|大陆人|内地仔|内地人|外省仔|外省佬|外省人|乡下仔|乡下佬|乡下人|北佬|捞松|蝗虫|外来户|外来人|外地佬|外地仔|外劳)';
const SWEEP_ZH =
  '(?:就系|就是|都系|都是|个个|全部|通通|一向|天生|冇一个|没一个|边个唔|哪个不|最钟意|就钟意|就会|成日)';

export const DISCRIMINATION_REGION_ZH: PatternRuleSpec[] = [
  {
    id: 'discrimination.region',
    lang: 'zh',
    triggers: [
      '你们',
      '您们',
      '河南',
      '河北',
      '东北',
      '安徽',
      '江西',
      '湖南',
      '湖北',
      '四川',
      '广西',
      '贵州',
      '甘肃',
      '新疆',
      '西藏',
      '云南',
      '山东',
      '福建',
      '广东',
      '温州',
      '潮汕',
      '农村',
      '乡下',
      '外地',
      '山里',
      '穷地方',
      '小地方',
      '乡巴佬',
      '土包子',
      '山炮',
      '土鳖',
      '穷山恶水',
    ],
    patterns: zh(
      `(?:你们|您们)(?:那|那儿|那边|那里|那个地方|那地方|那种地方|那种小地方|当地|老家)(?:出来)?(?:的人|人|的)?(?:就|都|总|总是|果然|全是|一个个|从来|信用)`,
      `你们这(?:些|种|帮|群)[^。!?\\n]{0,12}?(?:没一个|都是|全是|就是|一个个|没有一个)`,
      `(?:河南|河北|东北|安徽|江西|湖南|湖北|四川|广西|贵州|甘肃|新疆|西藏|云南|山东|福建|广东|温州|潮汕|农村|乡下|外地|山里|穷地方|小地方)(?:人|佬|来的人|的人|出来的)(?:就|都|果然|总|总是|就是|一个样|素质|没)`,
      `乡巴佬|土包子|外地佬|山炮|土鳖|穷山恶水|(?:你们|您们)那种(?:小)?地方(?:出来)?的人`,
    ),
  },
  {
    id: 'discrimination.region',
    lang: 'zh',
    triggers: ['你们'],
    patterns: zh(
      `你们(?:河南|河北|东北|安徽|江西|湖南|湖北|四川|广西|贵州|甘肃|新疆|西藏|云南|山东|福建|广东|温州|潮汕|农村|乡下|外地|山里)(?:人|的)`,
    ),
  },
  // dev-s5 classes: a group named and generalised about (东北人嘛都…, 信那个教的是不是都…,
  // "single moms are always…"), contempt for an occupation (送外卖的也敢…), gender and age
  // put-downs without a listed word (一个女人家的…, 五十多岁的人了还…).
  {
    id: 'discrimination.region',
    lang: 'zh',
    negatable: true,
    triggers: ['人嘛', '人啊', '人就是', '人都', '人就爱', '人就会', '人本来', '来的', '出来的'],
    patterns: zh(`${REGION_ZH}(?:人|的人|来的|出来的)(?:嘛|啊|呀|就是|都|就爱|就会|本来就|没见过|一个样)`),
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
    id: 'discrimination.region',
    lang: 'zh',
    negatable: true,
    triggers: ['的人', '出来的'],
    patterns: zh(
      `(?:你们|你这种|那边|那个)${GAP(6)}(?:的人|出来的)${GAP(2)}(?:都|就是|全是|十个有九个|没一个|总是|最)${GAP(6)}(?:赖|不讲|不还|骗|没素质|懒|穷|不守信|没信用)`,
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
  {
    id: 'discrimination.region',
    lang: 'zh',
    triggers: ['移民', '大陆', '内地', '外省', '乡下', '北佬', '捞松', '蝗虫', '外来', '外地', '外劳'],
    patterns: zh(
      `${GROUP_ZH}${NO_NEG_ZH(4)}${SWEEP_ZH}${NO_NEG_ZH(8)}(?:走数|赖账|赖数|借钱唔还|借钱不还|欠钱|冇信用|没信用|不讲信用|骗|跑路|走佬|唔还钱|不还钱)`,
      `(?:你哋|你们|您们|啲)${GROUP_ZH}${NO_NEG_ZH(10)}(?:走数|赖账|赖数|唔还|不还|冇信用|没信用|跑路|走佬|玩失踪|搞失踪)`,
    ),
  },
  {
    // "你们河南过来打工的，十个里面八个这样": a region's people swept into a share (guardzh26).
    id: 'discrimination.region',
    lang: 'zh',
    triggers: ['十个', '几个', '一个'],
    patterns: zh(`${REGION_ZH}(?:过来|来|出来)?(?:打工)?(?:的人|人|的|佬)${SENTENCE(6)}${SWEEP_COUNT}`),
  },
  {
    // "您的身份证显示为某州户籍，该地区客户暂不适用任何分期方案": origin made the reason to refuse terms.
    id: 'discrimination.region',
    lang: 'zh',
    triggers: ['地区', '地方', '民族', '户籍', '籍贯'],
    patterns: zh(
      `(?:(?:该|这个|那个|这类|此类|你们那个?|当地)(?:地区|地方|民族|户籍)(?:的)?(?:客户|人)|(?:户籍|籍贯|民族)(?:为|是|在)[^,;:!?。\\n]{1,6}?的(?:客户|人))${SENTENCE(12)}(?:暂不|不|无法|不能|不予)(?:适用|享受|办理|受理|申请|参与|提供)${GAP(6)}(?:分期|协商|减免|延期|方案|政策|业务)`,
    ),
  },
];
