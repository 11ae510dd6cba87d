import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';
import { NO_NEG_SPAN, SENTENCE } from '../shared/zh.js';

/**
 * Harassment (Chinese): a suicide threat taunted.
 */

const CARE_GAP = '(?:(?!念头|想法|倾向|热线|援助|求助|帮助|倾诉|拨打)[^,;:!?。、\\n]){0,12}?';

export const HARASSMENT_SUICIDE_TAUNT_ZH: PatternRuleSpec[] = [
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    triggers: ['跳楼', '跳河', '跳江', '自杀', '去死', '寻死', '喝药', '上吊', '死了'],
    patterns: zh(
      `(?:跳楼|跳河|跳江|自杀|去死|寻死|喝药|上吊)(?:啊|吧|呗|去呀|去啊|好了)`,
      `(?:跳楼|跳河|跳江|自杀|去死|寻死|喝药|上吊|死了)${GAP(6)}(?:债|钱)${GAP(4)}(?:也|照样|还是)(?:不会|得|要|没)`,
      `不是(?:说)?(?:要|想)(?:跳楼|跳河|自杀|去死|寻死|喝药|上吊)(?:吗|么|嘛)`,
      `(?:有本事|敢)(?:就)?(?:去)?(?:跳楼|跳河|自杀|死)`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    negatable: true,
    triggers: ['可怜', '卖惨', '就能'],
    patterns: zh(
      `装(?:什么)?可怜|卖惨`,
      `(?:抑郁|生病|有病|残疾|想不开|自杀)${GAP(6)}就能(?:不还|不用还|赖掉)`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    triggers: ['别活了', '去死', '活不下去'],
    patterns: zh(`那(?:就|你就)?别活了|那(?:你)?就去死|活不下去${GAP(8)}(?:那就|就去)`),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    triggers: ['想死', '要死', '死之前', '死了也', '去死'],
    patterns: zh(
      `(?:想死|要死|想跳)就(?:快点|赶紧|去)`,
      `死之前${GAP(6)}(?:还|把钱|结清)`,
      `(?:死了|没了)${GAP(4)}(?:也得|也要|照样)还`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    negatable: true,
    triggers: ['跳楼', '跳河', '上吊', '喝药', '寻死', '自杀'],
    patterns: zh(
      `(?:跳楼|跳河|上吊|喝药|寻死|自杀)${CARE_GAP}(?:挑个|记得|找个|高点|快点|赶紧|别连累|随便|请便|去吧|白跑)`,
    ),
  },
  {
    // A suicide statement echoed back and waved away ("不想活了？行啊").
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    triggers: ['不想活', '想死', '活不下去', '寻短见', '轻生'],
    patterns: zh(
      `(?:不想活|想死|活不下去|寻短见|轻生)(?:了)?${NO_NEG_SPAN(4)}(?:行啊|好啊|随便你?|那就去|那你就|请便|关我什么事|跟我们没关系)`,
    ),
  },
  {
    // "这桥高吧？还不上就给我们表演一下跳水", "从楼顶跳下去算了", "不如喝农药死了算了".
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    negatable: true,
    triggers: ['跳', '农药', '上吊', '死了算了', '死了得了', '去死'],
    patterns: zh(
      `表演${SENTENCE(10)}跳`,
      `(?:桥|楼顶|楼上|天台|高台|河)${SENTENCE(16)}跳(?:下去|下来|水|楼|河|桥)`,
      `跳(?:下去|楼|河|桥|江|海)(?:算了|得了|吧|好了)`,
      `(?:喝|吃)(?:农药|安眠药|老鼠药)|上吊|死了算了|死了得了|(?:怎么|咋)不去死|去死吧`,
    ),
  },
  {
    // Ending one's life put as the way out (guardzh26): "去你家阳台那儿好好想想办法呗，一了百了".
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    negatable: true,
    triggers: ['一了百了', '阳台', '楼顶', '天台', '河边', '桥上'],
    patterns: zh(`一了百了`, `(?:阳台|楼顶|天台|河边|桥上)${GAP(8)}(?:想想办法|想办法|想清楚|解决|走一趟)`),
  },
];
