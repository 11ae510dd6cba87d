import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';

/**
 * Discrimination (Chinese): age.
 */

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
];
