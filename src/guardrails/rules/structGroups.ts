import { GAP, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Discrimination by class (check-s5, seen): a listener addressed as a member of a religion or
 * group ("你们信佛的", "you Buddhists", "all you Texans"), an occupation sneered at for
 * having credit (一个开出租的…, "a cab driver with this many cards"), age and gender together
 * (三十好几的女人了还…, "a woman in her thirties and still…"). DOMAIN "respect"; FDCPA §1692d.
 */
export const STRUCT_GROUP_RULES: PatternRuleSpec[] = [
  {
    id: 'discrimination.identity',
    lang: 'zh',
    negatable: true,
    triggers: [
      '你们信',
      '佛教徒',
      '基督徒',
      '穆斯林',
      '回民',
      '开出租',
      '开车的',
      '开网约车',
      '司机',
      '女人了',
      '男人了',
    ],
    patterns: zh(
      `你们(?:信${GAP(3)}的|佛教徒|基督徒|穆斯林|回民)`,
      `(?:一个|个)(?:开出租的|开车的|开网约车的|跑出租的|司机)[^。!?\\n]{0,12}?(?:胆子|也敢|也配|还想|这么多)`,
      `(?:[二三四五六七]十(?:好几|多)?(?:岁)?的)(?:女人|男人|老女人|老男人)了?,?${GAP(6)}还`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: ['driver', 'thirties', 'forties', 'fifties', 'twenties', 'sixties'],
    patterns: en(
      `\\b(?:a|some) (?:cab|taxi|uber|lyft|delivery|bus|truck) driver\\b[^.!?]{0,30}\\b(?:this many|so many|that many|this much|that much)\\b`,
      `\\b(?:woman|man|guy|lady) in (?:her|his) (?:twenties|thirties|forties|fifties|sixties)\\b[^.!?]{0,15}\\bstill\\b`,
    ),
  },
  {
    // "Aren't you Buddhists…": a group named as the listener; a negation nearby does not excuse it.
    id: 'discrimination.identity',
    lang: 'en',
    triggers: [
      'you buddhists',
      'you muslims',
      'you christians',
      'you catholics',
      'you jews',
      'you hindus',
      'you mormons',
      'you atheists',
      'you immigrants',
      'you foreigners',
      'you texans',
      'you southerners',
      'you northerners',
      'you city folk',
      'you country folk',
    ],
    patterns: en(
      `\\b(?:all )?you (?:buddhists|muslims|christians|catholics|jews|hindus|mormons|atheists|immigrants|foreigners|texans|southerners|northerners|city folks?|country folks?)\\b`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'zh',
    negatable: true,
    triggers: ['残疾人', '残障'],
    patterns: zh(`(?:残疾人|残障人士?)${GAP(4)}(?:还|也)(?:办|用|要|敢|想)`),
  },
  {
    id: 'discrimination.disability',
    lang: 'en',
    triggers: ['disabled', 'handicapped', 'blind', 'deaf'],
    patterns: en(
      `\\b(?:disabled|handicapped|blind|deaf) (?:person|people|man|woman|guy)\\b[^.!?]{0,25}\\b(?:even need|shouldn't|should not|why would|doesn't need)`,
    ),
  },
  {
    id: 'discrimination.region',
    lang: 'en',
    triggers: ['like you'],
    patterns: en(
      `\\b(?:out-of-towners|outsiders|foreigners|immigrants|country folks?|city folks?|northerners|southerners|people from \\w+) like you\\b`,
    ),
  },
];
