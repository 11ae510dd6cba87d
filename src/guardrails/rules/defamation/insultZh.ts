import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { KIN_ZH } from '../shared/zh.js';

/**
 * Defamation (Chinese): insults.
 */

const FAMILY_ZH =
  '(?:老婆|老公|妻子|丈夫|媳妇|你妈|你爸|你妹|你姐|你女儿|你闺女|你家里人|你全家|你们家|你家)';
const PARTNER = '(?:老婆|媳妇|老公|男人|女人|对象|男朋友|女朋友)';
const FAMILY =
  '(?:你们家|你家|您家|你家里|一家子|全家|你们全家|祖上|祖坟|家里人|你爸|你妈|你爹|你娘|你老子|你哥|你姐|你弟|你妹妹|你妹|你老公|你老婆|你媳妇|你儿子|你女儿)';
const SMEAR =
  '(?:好赌|烂赌|赌博|赌鬼|赌棍|赌徒|沾毒|吸毒|吸过毒|毒鬼|毒虫|毒贩|嗑药|溜冰|卖淫|卖身|嫖娼|嫖|夜总会|坐台|做鸡|当鸡|蹲过|坐过牢|劳改|号子|没一个(?:好|干净|正经)|冒黑烟|缺德|没积德|好不到哪)';

export const DEFAMATION_INSULT_ZH: PatternRuleSpec[] = [
  {
    id: 'defamation.insult',
    lang: 'zh',
    triggers: [
      '不干净',
      '偷人',
      '出轨',
      '乱搞',
      '野男人',
      '野女人',
      '野种',
      '绿帽',
      '卖的',
      '婊',
      '鸡',
      '德性',
      '一家子',
      '全家都是',
      '一家人都是',
      '遗传',
    ],
    patterns: zh(
      `${FAMILY_ZH}${GAP(12)}(?:不干净|偷人|出轨|乱搞|野男人|野女人|卖的|婊|做鸡|当鸡|是鸡|绿帽|野种)`,
      `(?:一家子|全家都是|一家人都是|全家人都是|一家都是)${GAP(6)}(?:骗子|老赖|赖子|这个德性|这德性|一路货|没一个好|垃圾|穷鬼)`,
      `(?:德性|赖账|骗人|不要脸)${GAP(6)}(?:遗传|随你妈|随你爸|家传)|(?:随|像)(?:你妈|你爸)${GAP(4)}(?:赖账|骗|德性)`,
    ),
  },
  // dev-s5 classes: character attacks with no listed word (人品有问题, 就你这德行, 脑子有问题); calls
  // that hop numbers when blocked; contempt for depression or distress.
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['人品', '德行', '德性', '熊样', '脑子', '蛀虫', '人渣', '败类'],
    patterns: zh(
      `人品${GAP(4)}(?:有问题|太差|真差|低劣|不行|败坏)`,
      `(?:你这|就你这|瞧你这|看你这)(?:副|个)?(?:德行|德性|熊样|样子)`,
      `${YOU}(?:是不是)?脑子(?:有问题|有病|进水|坏了|不好使|被驴踢)`,
      `蛀虫|人渣|败类`,
    ),
  },
  // check-s5 classes (seen): contempt for the person's existence, insults with an adjective in
  // front ("an ungrateful leech"), sneers at distress, "son of a…", minced oaths, minute-by-minute calls.
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['浪费空气', '浪费粮食', '没脸没皮', '白眼狼', '脸皮'],
    patterns: zh(`浪费空气|浪费粮食|没脸没皮|白眼狼|脸皮(?:真|太|比城墙)?厚`),
  },
  // probe-s5 classes (seen): compared with animals, "then don't" said to someone who can't go on.
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['区别', '不如', '狗', '猪'],
    patterns: zh(`跟(?:狗|猪|畜生|禽兽)(?:有什么|没什么|没啥)区别|猪狗不如|(?:连)?狗都不如`),
  },
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['卖', '陪', '小白脸', '偷人', '出轨', '鸡', '野男人', '野女人', '靠骗'],
    patterns: zh(
      `(?:老婆|老公|女儿|媳妇|女朋友|妈|妻子|爱人)${GAP(10)}(?:(?:在外面卖|出去卖)(?!菜|东西|货|水果|早餐|房|车)|卖的(?!东西)|卖身|卖淫|陪睡|陪酒|养小白脸|偷人|出轨|当鸡|野男人|野女人)`,
      `靠骗${GAP(2)}(?:吃饭|过日子|活着)`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['吃软饭', '货色', '德性', '德行', '养小白脸', '跑了', '跟人跑', '不要你', '难怪'],
    patterns: zh(
      `吃软饭|货色|(?:什么|这副|那副)(?:德性|德行)|养小白脸`,
      `(?:老婆|老公|媳妇|对象|男人|女人)${GAP(6)}(?:跟别人跑|跟人跑|跑了|不要你)|难怪${GAP(10)}(?:老婆|老公|媳妇|对象)`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'zh',
    triggers: ['跑了', '不要你', '跟人跑', '甩了你', '踹了你'],
    patterns: zh(
      `跑了的${PARTNER}|${PARTNER}(?:都|早就|早)?(?:跟(?:别)?人)?跑了|${PARTNER}(?:都|早就|才|会)?(?:不要${YOU}|甩了${YOU}|踹了${YOU})`,
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
    // "你家是不是有人赌博", "有其父必有其子", "一家子老赖": the family's morals smeared.
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: [
      '赌',
      '毒',
      '嗑药',
      '溜冰',
      '卖',
      '嫖',
      '夜总会',
      '坐台',
      '鸡',
      '蹲',
      '牢',
      '号子',
      '劳改',
      '没一个',
      '黑烟',
      '缺德',
      '积德',
      '好不到',
      '有其父',
      '有其母',
      '上梁',
      '一家子',
    ],
    patterns: zh(
      `${FAMILY}${GAP(12)}${SMEAR}`,
      `${SMEAR}${GAP(4)}(?:家庭|人家|家里|家)(?:出来|出身|长大|养大)`,
      `有其父必有其子|有其母必有其女|上梁不正下梁歪|一家子(?:都是)?(?:老赖|骗子|无赖|赖子|白眼狼)`,
    ),
  },
];
