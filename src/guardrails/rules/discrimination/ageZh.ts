import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { SENTENCE } from '../shared/zh.js';

/**
 * Discrimination (Chinese): age.
 */

/** An age named as old: "年过六十", "七十岁以上", "高龄". */
const OLD_AGE =
  '(?:(?:年过|年满|已满|超过)(?:[五六七八]十|\\d0)|(?:[五六七八]十|\\d0)岁以上|高龄|年纪大|岁数大|年龄(?:偏大|太大|过大))';

const GROUPS_ZH = [
  '年轻人',
  '老年人',
  '老人家',
  '90后',
  '00后',
  '女人',
  '女的',
  '外地人',
  '农村人',
  '穷人',
  '残疾人',
];

export const DISCRIMINATION_AGE_ZH: PatternRuleSpec[] = [
  {
    id: 'discrimination.age',
    lang: 'zh',
    triggers: [
      '老不死',
      '老东西',
      '老糊涂',
      '老头子',
      '老太婆',
      '年纪',
      '岁数',
      '老年人',
      '老人',
      '年轻人',
      '90后',
      '00后',
      '80后',
    ],
    patterns: zh(
      `老不死|老东西|老糊涂|老头子|老太婆|${YOU}(?:这个|这把|这么大)(?:年纪|岁数)`,
      `(?:老年人|老人|年轻人|你们年轻人|你们这些年轻人|你们老年人|90后|00后|80后)(?:就|都|果然|总|总是|就是|一个个|没一个)`,
    ),
  },
  {
    id: 'discrimination.age',
    lang: 'zh',
    triggers: ['年纪', '岁数'],
    patterns: zh(`(?:这么大|这把|一把)(?:年纪|岁数)(?:了)?(?:还|也)`),
  },
  {
    id: 'discrimination.age',
    lang: 'zh',
    negatable: true,
    triggers: ['岁的人了', '岁了', '老头子', '老太婆'],
    patterns: zh(`(?:[四五六七八]十|\\d0)多?岁(?:的人)?了,?${GAP(6)}还`, `老头子|老太婆`),
  },
  {
    id: 'discrimination.age',
    lang: 'zh',
    triggers: GROUPS_ZH,
    patterns: zh(`(?:${GROUPS_ZH.join('|')})[^。!?\\n]{0,24}?(?:难怪|怪不得|活该|没救)`),
  },
  {
    id: 'discrimination.age',
    lang: 'zh',
    triggers: ['活几年', '活不了', '没几年', '老糊涂', '黄土', '棺材', '一把年纪'],
    patterns: zh(
      `还能活几年|活不了几年|没几年(?:活头|好活)?了?|老糊涂|黄土埋|(?:进|入)棺材|一把年纪${GAP(10)}(?:还|欠)`,
    ),
  },
  {
    // "都快六十的人了，还在网上借钱", "这把年纪活到哪去了", Cantonese 老嘢 (guardzh26).
    id: 'discrimination.age',
    lang: 'zh',
    negatable: true,
    triggers: ['的人了', '年纪', '岁数', '老嘢'],
    patterns: zh(
      `(?:[四五六七八]十|\\d0)(?:多|好几)?的人了,?${GAP(6)}还(?!款|钱)${GAP(6)}(?:借|欠|刷|贷|消费|花|买|赖|拖|不还|玩|学|装|好意思)`,
      `(?:这把|这么大|一把)(?:年纪|岁数)${GAP(4)}(?:活到|白活|活哪|活狗)`,
      `老嘢`,
    ),
  },
  {
    // "考虑到您已年过六十，本公司认为您不具备任何协商资格": age made the reason to refuse terms.
    id: 'discrimination.age',
    lang: 'zh',
    triggers: ['年过', '年满', '已满', '超过', '岁以上', '高龄', '年纪大', '岁数大', '年龄'],
    patterns: zh(
      `${OLD_AGE}${SENTENCE(24)}(?:不具备|不符合|不适用|不予|无权|没有)(?:任何)?${GAP(2)}(?:协商|分期|减免|延期|资格|方案)`,
    ),
  },
];
