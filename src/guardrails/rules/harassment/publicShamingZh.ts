import { type PatternRuleSpec, zh } from '../ruleTypes.js';
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
];
