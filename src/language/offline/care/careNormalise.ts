import { normalise } from '../normalise.js';

/**
 * The forms the care detectors read. `text` is the ordinary normalised text (NFKC, simplified,
 * lower case) with emoji of self-harm methods spelled out and common pinyin written in Chinese;
 * `compact` also drops spaces and punctuation between Chinese characters ("不 想 活 了",
 * "自.杀"), and squeezes letters typed three or more times ("diiiie" → "diie").
 */
export interface CareText {
  text: string;
  compact: string;
}

/** Emoji people use for a method or for death; spelled out so the word rules see them. */
export const EMOJI: readonly [RegExp, string][] = [
  [/🔪|🗡️?/gu, ' knife '],
  [/💊/gu, ' pills '],
  [/🪢/gu, ' rope '],
  [/⚰️?|🪦/gu, ' coffin '],
  [/🔫/gu, ' gun '],
  [/🌉/gu, ' bridge '],
  [/🌊/gu, ' water '],
  [/🩸/gu, ' blood '],
];

/**
 * A character every EMOJI match starts with: a high surrogate (the emoji above U+FFFF) or ⚰.
 * Text without one skips the emoji pass (careNormalise.skips.test.ts checks every EMOJI alternative).
 */
export const EMOJI_START = /[\u26B0\uD800-\uDBFF]/;

/**
 * Pinyin (with or without spaces or tones) of the phrases the Chinese rules look for, matched on
 * letters only. Each needs at least two syllables so it cannot hide inside an English word.
 */
const PINYIN: readonly [RegExp, string][] = [
  [/buxianghuo/g, '不想活'],
  [/huobuxiaqu/g, '活不下去'],
  [/(?:wo)?xiang(?:qu)?si(?:le|a|suanle)?\b/g, '想死'],
  [/zisha/g, '自杀'],
  [/qingsheng/g, '轻生'],
  [/tiaolou/g, '跳楼'],
  [/tiaohe/g, '跳河'],
  [/yi(?:liao|le)bai(?:liao|le)/g, '一了百了'],
  [/silesuanle/g, '死了算了'],
  [/shengwukelian/g, '生无可恋'],
  // Said negated in pinyin ("wo bu shi xiang bu kai, jiu shi qiong"): written with its negation.
  [/(?:bushi|buhui|meiyou|bu)xiangbukai/g, '不是想不开'],
  [/(?<!bushi|buhui|meiyou|bu)xiangbukai/g, '想不开'],
  [/jieshuziji/g, '结束自己'],
  [/jieshushengming/g, '结束生命'],
  [/jieshu(?:zhe)?yiqie/g, '结束一切'],
  [/likai(?:zhege)?shijie/g, '离开这个世界'],
  [/buxiang(?:zai)?xing(?:guo)?lai/g, '不想再醒来'],
  [/jueshu|yishu/g, '遗书'],
  [/zoutouwulu/g, '走投无路'],
  [/jietuo/g, '解脱'],
  [/chengbuxiaqu/g, '撑不下去'],
  [/buxiangzaihuo/g, '不想再活'],
  [/huozhemeiyisi/g, '活着没意思'],
  [/xiangqusi/g, '想去死'],
  [/shaotan/g, '烧炭'],
  [/anmianyao/g, '安眠药'],
  [/tiaojiang/g, '跳江'],
  [/shangdiao/g, '上吊'],
  [/xiaosi(?:wo|ren)?(?:le|la)?/g, '笑死'],
  [/leisi(?:wo|ren)?(?:le|la)/g, '累死'],
  [/(?:zenme|zenyang|ruhe)(?:cai(?:neng)?)?si(?:bijiao|zui)?(?:butong|buteng|kuai)/g, '怎么死不疼'],
  // Hardship in pinyin ("wo bei cai yuan le", "shi ye le", "mei you gong zuo").
  [/beicai(?:yuan|diao)?/g, '被裁'],
  [/shiyele/g, '失业了'],
  [/mei(?:you)?gongzuo/g, '没工作'],
  [/zhuyuan(?:le)?/g, '住院'],
  [/qushile|guoshile/g, '去世了'],
  [/bushikaiwanxiao/g, '不是开玩笑'],
  [/buyong(?:zai)?zhaowo/g, '不用找我了'],
  [/wobuzaile/g, '我不在了'],
  // A threat to die together, and death preferred to the debt (round 24).
  [/tongguiyujin/g, '同归于尽'],
  [
    /ning(?:yuan|ke)si(?:le)?(?:ye|dou)bu(?:xiang|yao)?(?:zai)?(?:miandui|huan|kang|bei)(?:zhexie|zhege|zhebi|zhe)?(?:zhai|qian|zhang|daikuan)/g,
    '宁愿死也不想再面对这些债',
  ],
  [/(?:wo)?kuaisile/g, '我快死了'],
];

/**
 * Cantonese forms written as the Mandarin the rules read: "唔想再捱落去" → "不想再熬下去",
 * "老豆走咗" → "老爸走了". Only when a Cantonese character is in the text.
 */
const CANTONESE_MARK = /[嘅咗唔冇佢係捱噉啲嘢喺哋嚟諗谂搵揾]|落去|老豆|听日|聽日/u;
const CANTONESE: readonly [RegExp, string][] = [
  [/(?:捱|挨)(?:落去|下去)/gu, '熬下去'],
  [/落去/gu, '下去'],
  // "頂唔順 / 頂唔住" (can't hold on), "唔使" (no need), "唔好" (don't), "唔喺度" (not here).
  [/顶唔(?:顺|住)/gu, '撑不住'],
  [/唔(?:使|驶)/gu, '不用'],
  [/唔好/gu, '不要'],
  [/唔(?:喺|在)度/gu, '不在这里'],
  [/唔该/gu, '麻烦'],
  [/唔(?=想|要|会|係|系|得|够|知|开心|捱|熬|活|再|喺|在|是|能|可以|觉|理|接|听|覆|还|识|见)/gu, '不'],
  [/听日/gu, '明天'],
  [/听朝/gu, '明天早上'],
  [/寻日/gu, '昨天'],
  [/(?<=[我你佢他])哋/gu, '们'],
  [/嚟/gu, '来'],
  [/(?:諗|谂)住/gu, '打算'],
  [/諗|谂/gu, '想'],
  [/搵|揾/gu, '找'],
  [/屋企/gu, '家'],
  [/攰/gu, '累'],
  [/(?<=[真就都唔不我你佢他])系/gu, '是'],
  [/喇(?=$|[\s,.!?，。！？])/gu, '了'],
  [/咗/gu, '了'],
  [/嘅/gu, '的'],
  [/冇/gu, '没有'],
  [/佢/gu, '他'],
  [/係/gu, '是'],
  [/喺/gu, '在'],
  [/老豆/gu, '老爸'],
  [/老母/gu, '老妈'],
  [/玩完(?:啦|喇|了)/gu, '完了'],
];

/** Cantonese forms written as Mandarin (see CANTONESE). */
function mandarinOf(text: string): string {
  if (!CANTONESE_MARK.test(text)) return text;
  let out = text;
  for (const [form, mandarin] of CANTONESE) out = out.replace(form, mandarin);
  return out;
}

/**
 * Chat spellings of English, written out so one rule reads them all: "dont wanna" → "don't want
 * to", "im gonna" → "i'm going to", "cant" → "can't". Whole words only.
 */
const EN_SPELLING: readonly [RegExp, string][] = [
  [/\bwann?a\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\bim\b/g, "i'm"],
  [/\bive\b/g, "i've"],
  // "ill pay it all": "I'll" without its apostrophe before a verb of doing, not illness.
  [
    /\bill(?= (?:just |probably |definitely |prob |try (?:and |to )|be able to |have to )?(?:pay|send|transfer|settle|clear|make|call|do|get|be|try|give|set|sort|wire|deposit|put|take|talk|check|see|let|come|go|need|find|borrow|ask)\b)/g,
    "i'll",
  ],
  [/\b(don|won|can|isn|wasn|weren|didn|doesn|wouldn|shouldn|couldn|aren|haven)t\b/g, "$1't"],
  [/\b(what|there|that|it|he|she)s\b/g, "$1's"],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bcuz\b|\bcos\b|\bcoz\b/g, 'because'],
  [/\bmyslef\b|\bmysefl\b|\bmyselff?\b/g, 'myself'],
  [/\bany ?more\b/g, 'anymore'],
  [/\bkil ?(my ?self)\b/g, 'kill $1'],
  [/\blfie\b|\blief\b/g, 'life'],
  [/\banymor\b|\banymoer\b/g, 'anymore'],
  [/\btonite\b|\btonigth\b/g, 'tonight'],
  [/\bw(?:na|nt|atn)t?\b/g, 'want'],
  [/\bw(?:na|nt|atn)t?\b/g, 'want'],
  [/\bsuicdie\b|\bsucide\b|\bsuiside\b/g, 'suicide'],
  [/\bsewer ?slide\b/g, 'suicide'],
  // Digits for letters ("d1e", "k1ll", "su1c1de").
  [/\bd[1!]e\b/g, 'die'],
  [/\bk[1!]ll\b/g, 'kill'],
  [/\bsu[1!]c[1!]de\b/g, 'suicide'],
  [/\bunal[1!]ve\b/g, 'unalive'],
];

/**
 * A syllable typed in pinyin in the middle of Chinese ("死了算le", "想si", "不想活la") is written as
 * the character people mean there.
 */
function mixedPinyin(text: string): string {
  if (!/\p{Script=Han}/u.test(text) || !/[a-z]/.test(text)) return text;
  return text
    .replace(/(?<=[想要去该])\s?si(?![a-z])/gu, '死')
    .replace(/(?<=想)\s?(?:s|4)(?=[了啊啦。！!,，\s]|$)/gu, '死')
    .replace(/(?<=\p{Script=Han})\s?(le|la|a|ba|ne)(?![a-z])/gu, (_m, s: string) => MIXED[s] ?? s);
}
const MIXED: Readonly<Record<string, string>> = { le: '了', la: '啦', a: '啊', ba: '吧', ne: '呢' };

/** English chat spellings written out (see EN_SPELLING). */
function englishSpelling(text: string): string {
  if (!/[a-z]/.test(text)) return text;
  let out = text;
  for (const [pattern, word] of EN_SPELLING) out = out.replace(pattern, word);
  return out;
}

const TONES = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/g;
const TONELESS: Readonly<Record<string, string>> = {
  ā: 'a',
  á: 'a',
  ǎ: 'a',
  à: 'a',
  ē: 'e',
  é: 'e',
  ě: 'e',
  è: 'e',
  ī: 'i',
  í: 'i',
  ǐ: 'i',
  ì: 'i',
  ō: 'o',
  ó: 'o',
  ǒ: 'o',
  ò: 'o',
  ū: 'u',
  ú: 'u',
  ǔ: 'u',
  ù: 'u',
  ǖ: 'v',
  ǘ: 'v',
  ǚ: 'v',
  ǜ: 'v',
  ü: 'v',
};

/** Pinyin runs ("wo bu xiang huo le") become Chinese; English words are left alone. */
function pinyinToHan(text: string): string {
  if (!/[a-z]/.test(text)) return text;
  const letters = text.replace(TONES, (c) => TONELESS[c] ?? c).replace(/[\s\d-]+/g, '');
  let han = '';
  for (const [pattern, word] of PINYIN) {
    pattern.lastIndex = 0;
    if (pattern.test(letters)) han += ` ${word}`;
  }
  return han === '' ? text : `${text} |${han}`;
}

const MAX_CARE_CHARS = 4000;
const TAIL_CHARS = 1000;

/**
 * The part of a message the care detectors read: all of it up to 4,000 characters; of a longer
 * one, its beginning and its last 1,000 characters (people often say the worst thing last).
 */
function bounded(raw: string): string {
  if (raw.length <= MAX_CARE_CHARS) return raw;
  return `${raw.slice(0, MAX_CARE_CHARS - TAIL_CHARS)} | ${raw.slice(-TAIL_CHARS)}`;
}

/** True when a message with no Chinese characters holds pinyin of a phrase the care rules know. */
export function hasCarePinyin(raw: string): boolean {
  const text = normalise(bounded(raw));
  return !/\p{Script=Han}/u.test(text) && pinyinToHan(text) !== text;
}

/** Normalises one message for the care detectors (bounded: see `bounded`). */
export function careText(raw: string): CareText {
  let text = normalise(bounded(raw));
  if (EMOJI_START.test(text)) for (const [emoji, word] of EMOJI) text = text.replace(emoji, word);
  text = englishSpelling(mixedPinyin(pinyinToHan(mandarinOf(text.replace(/\s+/g, ' ').trim()))));
  // A character held down ("好想死啊啊啊啊", "nooooo") says the same as two of it.
  text = text.replace(/(\p{Script=Han})\1{2,}/gu, '$1$1');
  // Traditional "著" after a verb is the particle "着" ("活著真的沒意思"); the converter keeps it.
  if (text.includes('著')) text = text.replace(/(?<=[活睡等看想随跟])著/gu, '着');
  return { text, compact: compactOf(text) };
}

/** The compact form of a normalised care text (see `careText`): Han runs joined, letter runs cut. */
export function compactOf(text: string): string {
  const joined = text.replace(/(?<=\p{Script=Han})[\s\p{P}\p{S}]+(?=\p{Script=Han})/gu, '');
  return /[a-z]/.test(joined) ? joined.replace(/([a-z])\1{2,}/g, '$1$1') : joined;
}
