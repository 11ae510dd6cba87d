import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';

/**
 * Discrimination (Chinese): disability or illness.
 */

export const DISCRIMINATION_DISABILITY_ZH: PatternRuleSpec[] = [
  {
    id: 'discrimination.disability',
    lang: 'zh',
    triggers: [
      '残废',
      '瘸子',
      '瞎子',
      '聋子',
      '哑巴',
      '傻子',
      '疯子',
      '神经病',
      '精神病',
      '有病',
      '弱智',
      '智障',
      '低能',
      '残疾人',
    ],
    patterns: zh(
      `残废|瘸子|瞎子|聋子|哑巴|傻子|疯子|神经病|精神病(?![院医科])|脑子有病|有病吧|弱智|智障|低能儿|残疾人(?:就|都|果然)`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'zh',
    triggers: ['借口', '理由'],
    patterns: zh(
      `(?:残疾|残废|有病|生病|病了|抑郁|精神病|住院|老了|年纪大|岁数大)${GAP(8)}(?:不是|别拿|别当|少拿|不能当|当)${GAP(6)}(?:借口|理由)`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'zh',
    triggers: ['瘸', '瞎子', '聋子', '哑巴', '残废', '智障', '弱智', '脑残', '傻子', '拐子', '残疾'],
    patterns: zh(
      `瘸子|瘸腿|瞎子|聋子|哑巴|残废|智障|弱智|脑残|傻子|拐子`,
      `(?:别|不要|少)(?:拿|用)${GAP(2)}残疾${GAP(4)}(?:当|做)?(?:借口|挡箭牌)`,
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
    lang: 'zh',
    triggers: ['病秧子', '药罐子', '病痨', '病鬼', '得了病就', '有病就'],
    patterns: zh(`病秧子|药罐子|病痨鬼?|病鬼|(?:得了病|有病|生病)就(?:能|可以)?(?:不还|赖|不用还)`),
  },
  {
    // "你这腿脚不方便的，本来就挣不了几个钱": a body's limit made the person's worth (guardzh26).
    id: 'discrimination.disability',
    lang: 'zh',
    triggers: ['不方便', '不好使', '不灵', '残了', '有残疾', '有毛病'],
    patterns: zh(
      `(?:腿脚|手脚|身体|眼睛|耳朵|脑子|腿|手)(?:又|都|也)?(?:不方便|不好使|不灵|残了|有残疾|有毛病)(?:的)?,?${GAP(6)}(?:本来就|还敢|还想|还借|也配|能干什么|有什么用|挣不了|赚不了|干不了)`,
    ),
  },
];
