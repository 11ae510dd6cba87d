import { zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Public shaming in the Taiwan and Hong Kong register (guardrw14zh, issue 16), read on the
 * simplified fold of traditional characters, written by class from the helper's own training
 * lines (training/guardrails/rw14.zh.yaml): award certificates for not repaying (榮獲冠軍, 特頒此狀),
 * posters and notices that name a person as not repaying with a moral verdict (天理難容, 人神共憤),
 * calls on the public not to lend to them, and posters to be put up where they live or work.
 * 信用卡业务监督管理办法 Art. 69; 個人資料(私隱)條例 (Hong Kong); 債務催收作業要點 (Taiwan); §1692d.
 */
// A clause with no negation in it (不, 没, 未, 无, 非, 别, 勿, 唔).
const PLAIN = (n: number): string => `(?:(?![不没未无非别勿唔])[^,;:!?。、\\n]){0,${n}}?`;
// Within one sentence.
const SENTENCE = (n: number): string => `[^;!?。\\n]{0,${n}}?`;

const DEBT = '(?:欠钱|欠债|欠款|借钱|借款|赖账|赖债|老赖|欠)';
const NOT_PAID = `${DEBT}(?:不还|未还|不给|不付|跑路|逃跑)`;
const VERDICT =
  '(?:天理难容|天地不容|人神共愤|丧尽天良|天打雷劈|猪狗不如|没良心|没有良心|良心被狗吃|不得好死|可耻|无耻|不要脸|禽兽不如)';
const NAMED =
  '(?:此人|这个人|该人|该名|某某|某先生|某女士|某小姐|[〇○◯xX*＊]{2,}|[\\u4e00-\\u9fa5]某[\\u4e00-\\u9fa5]?)';

export const STRUCT_RW14_ZH_SHAME: PatternRuleSpec[] = [
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
    // "〇〇欠錢不還、天理難容", "黃先生欠錢不還，天地不容，特此公告".
    id: 'defamation.label',
    lang: 'zh',
    triggers: [
      '天理难容',
      '天地不容',
      '人神共愤',
      '丧尽天良',
      '天打雷劈',
      '猪狗不如',
      '良心',
      '不得好死',
      '可耻',
      '无耻',
      '不要脸',
      '禽兽不如',
    ],
    patterns: zh(`${NOT_PAID}${SENTENCE(12)}${VERDICT}`, `${VERDICT}${SENTENCE(8)}${NOT_PAID}`),
  },
  {
    // "某某欠錢不還，請街坊互相轉告", "〇〇不要再欠別人錢", "請大家不要再借錢給他".
    id: 'defamation.label',
    lang: 'zh',
    triggers: ['不还', '未还', '跑路', '欠别人', '欠人家', '借钱给', '借给', '转告', '公告', '周知'],
    patterns: zh(
      `${NAMED}${PLAIN(4)}${NOT_PAID}`,
      `不要再欠(?:别人|人家|大家)?(?:的)?钱`,
      `(?:大家|各位|街坊|邻居|亲友|朋友们)${PLAIN(8)}(?:不要|别|千万别|切勿)(?:再)?(?:借钱|借给|借款)${PLAIN(2)}(?:给)?(?:他|她|此人|这个人|这种人)`,
      `${NOT_PAID}${SENTENCE(24)}(?:互相转告|相互转告|广而告之|特此公告|公告周知|周知)`,
    ),
  },
  {
    // "你欠錢的海報會貼到你家樓下", "照片已經印好，明天貼到他公司樓下".
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: ['海报', '照片', '告示', '传单', '大字报', '横幅', '街招', '通告'],
    patterns: zh(
      `(?:海报|照片|告示|传单|大字报|横幅|街招|通告)${SENTENCE(16)}(?:贴|张贴|挂|派发|派|发)${PLAIN(8)}(?:楼下|门口|公司|单位|小区|大厦|屋苑|村|街|社区|学校|电梯)`,
    ),
  },
];
