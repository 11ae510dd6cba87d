import type { Locale } from '../../core/locale.js';

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]{2,}/gi;

/** One or more pinyin syllables, tones stripped ("ni", "hao", "zisha", "xiexie"). */
const SYLLABLES =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v))+$/;
/** Words that are pinyin and not English, so a run of them is Chinese typed without characters. */
const PINYIN_ONLY =
  /^(?:ni|nin|wo|hao|nihao|ninhao|shi|de|le|ma|ne|ba|zai|bu|mei|xiang|zhen|qian|huan|yao|gei|zhe|zhege|nage|shenme|zenme|weishenme|xie|xiexie|dui|duibuqi|keyi|meiyou|zhidao|women|nimen|tamen|jiu|hen|zhu|qing|wei|ren|gong|kan|shuo|jia|zisha|suan|huo|lei)$/;

/**
 * True when every Latin word of a message is pinyin and at least one is a pinyin-only word
 * ("ni hao", "wo zhen de xiang si"), so "a man", "me too" or "no" stay English.
 */
export function isPinyin(text: string): boolean {
  const words = text.toLowerCase().match(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+/g) ?? [];
  const plain = words.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ü/g, 'v'));
  if (plain.length === 0 || /\d/.test(text.replace(/\b\d{1,4}\b/g, ''))) return false;
  return plain.every((w) => SYLLABLES.test(w)) && plain.some((w) => PINYIN_ONLY.test(w));
}

/**
 * Both scripts in one message: English when its Latin words far outweigh its Chinese (two
 * characters count as one word): "sorry my english not so good. 我妈妈 has dementia…". Chinese
 * when the Chinese weighs as much as the English ("hello 你好"); between the two ("我真的好累 i just
 * want it to be over"), the conversation's language (the hint), else Chinese as before.
 */
function mixed(text: string, localeHint: Locale | undefined): Locale {
  const han = (text.match(HAN_ALL)?.length ?? 0) / 2;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  if (latin >= 3 * han + 3 && latin >= 8) return 'en';
  if (han >= latin) return 'zh-CN';
  return localeHint ?? 'zh-CN';
}

/**
 * The language a message is written in: zh-CN when it has a Chinese character (unless English
 * clearly outweighs it, see `mixed`) or is pinyin ("ni hao"); English when it has at least two Latin words ("I never made that purchase");
 * otherwise — digits, "ok", "STOP", "$300" — the conversation's `localeHint`, or English without one.
 *
 *   detectLanguage('我身份证后四位是1234')  // 'zh-CN'
 *   detectLanguage('ni hao')               // 'zh-CN'
 *   detectLanguage('ok', 'zh-CN')          // 'zh-CN'
 */
export function detectLanguage(text: string, localeHint?: Locale): Locale {
  if (HAN.test(text)) return mixed(text.slice(0, 2000), localeHint);
  if (isPinyin(text)) return 'zh-CN';
  const words = text.match(LATIN_WORD)?.length ?? 0;
  if (words >= 2) return 'en';
  return localeHint ?? 'en';
}
