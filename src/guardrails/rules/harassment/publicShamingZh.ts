import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';
import { DEBT, PLAIN, SENTENCE } from '../shared/zh.js';

/**
 * Harassment (Chinese): public shaming.
 */

export const HARASSMENT_PUBLIC_SHAMING_ZH: PatternRuleSpec[] = [
  {
    // "借錢不還榮獲冠軍，特頒此狀", "恭喜你獲得年度老賴獎", "獎狀：某某欠債第一名".
    id: 'harassment.public_shaming',
    lang: 'zh',
    triggers: [
      '特颁',
      '颁发',
      '颁给',
      '荣获',
      '荣膺',
      '授予',
      '获得',
      '奖状',
      '冠军',
      '第一名',
      '金奖',
      '锦旗',
    ],
    patterns: zh(
      `特颁此(?:状|证)|特此颁发|颁发此(?:状|证)`,
      `${DEBT}${SENTENCE(20)}(?:荣获|荣膺|颁发|颁给|授予)${PLAIN(10)}(?:冠军|金奖|奖状|第一名|大奖|奖项|证书|称号|锦旗|奖(?!励|金|品))`,
      `(?:荣获|获得|荣膺|颁发|颁给|授予)${PLAIN(10)}(?:老赖|欠债|欠钱|赖账)${PLAIN(4)}(?:奖|冠军|第一名|称号|证书)`,
      `奖状${PLAIN(2)}[:：]${SENTENCE(20)}${DEBT}`,
      `${DEBT}${PLAIN(4)}(?:第一名|冠军|金奖)`,
    ),
  },
  {
    // The public called to look at or pass on the person (guardzh26): "大家来看看这位的精致生活",
    // "#寻人启事#…借了钱就人间蒸发，朋友们认出来的帮忙转发一下".
    id: 'harassment.public_shaming',
    lang: 'zh',
    negatable: true,
    triggers: ['大家', '各位', '朋友们', '网友', '家人们', '寻人启事', '转发', '扩散'],
    patterns: zh(
      `(?:大家|各位|朋友们|网友们?|家人们)${GAP(4)}(?:来|都来|快来)?(?:看看|瞧瞧|评评理|认识一下)(?:这位|这个人|此人|他|她)`,
      `寻人启事${SENTENCE(60)}(?:借|欠|钱)|(?:借|欠)${SENTENCE(30)}(?:帮忙转发|转发一下|扩散|帮忙扩散)`,
    ),
  },
];
