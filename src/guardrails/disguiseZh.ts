import type { Finding } from './facts.js';
import { declared } from './rules/index.js';

/**
 * Chinese threat and legal-process words in disguise (guardzh24, issue 16), read on the original
 * text as masks.ts reads masked profanity: normalising drops a mask between Chinese characters
 * ("寿*吧" reads 寿吧) and leaves a syllable typed in pinyin as Latin ("花quan"). A listed word
 * is read when at least one of its characters stands as written and at least one is disguised:
 *   - a mask symbol in place of a character after the first ("寿*", "棺口", "立*", "冻〇结");
 *   - the character's pinyin syllable ("花quan", "社hui性si亡", "坐lao");
 *   - a homophone collectors type to slip past filters ("骗纸").
 * Also read here: a death or weapon emoji in a Chinese message (⚰️, 🪦, 🔪, 🕯️), which
 * normalising drops as decoration and which no bank notice carries.
 */

interface Word {
  readonly rule: string;
  /** Each character with its pinyin and homophones, e.g. ['花', 'hua'], ['圈', 'quan']. */
  readonly chars: readonly (readonly string[])[];
}

const w = (rule: string, spec: string): Word => ({
  rule,
  chars: spec.split(' ').map((c) => c.split('/')),
});

const THREAT = 'threat.intimidation';
const ARREST = 'false_legal.arrest';
const COURT = 'false_legal.court';
const LABEL = 'defamation.insult';

const WORDS: readonly Word[] = [
  w(THREAT, '花/hua 圈/quan'),
  w(THREAT, '寿/shou 衣/yi'),
  w(THREAT, '棺/guan 材/cai'),
  w(THREAT, '灵/ling 堂/tang'),
  w(THREAT, '遗/yi 照/zhao'),
  w(THREAT, '冥/ming 币/bi'),
  w(THREAT, '社/she 会/hui 性/xing 死/si 亡/wang'),
  w(THREAT, '社/she 死/si'),
  w(ARREST, '拘/ju 留/liu'),
  w(ARREST, '拘/ju 传/chuan'),
  w(ARREST, '坐/zuo 牢/lao'),
  w(ARREST, '逮/dai 捕/bu'),
  w(ARREST, '抓/zhua 捕/bu'),
  w(ARREST, '判/pan 刑/xing'),
  w(ARREST, '刑/xing 拘/ju'),
  w(ARREST, '通/tong 缉/ji'),
  w(COURT, '立/li 案/an'),
  w(COURT, '传/chuan 票/piao'),
  w(COURT, '起/qi 诉/su'),
  w(COURT, '冻/dong 结/jie'),
  w(COURT, '查/cha 封/feng'),
  w(LABEL, '骗/pian 子/zi/纸'),
];

const MASK = '[*＊×✕□○〇●■]';
/**
 * 口 stands in for a character too ("棺口，"), but only last, at the end of a word (not "宣传口号"),
 * and after a first character with which it makes no word of its own.
 */
const MOUTH_OK = /^(?:[棺寿冥拘逮坐立冻骗])$/;

function charAlternatives(word: Word, k: number): string {
  const [han, ...others] = word.chars[k] as readonly string[];
  const pinyin = others.filter((o) => /^[a-z]+$/.test(o));
  const homophones = others.filter((o) => !/^[a-z]+$/.test(o));
  const disguised = [...pinyin, ...homophones];
  if (k > 0) disguised.push(MASK);
  const last = k === word.chars.length - 1;
  const prev = word.chars[k - 1]?.[0];
  if (k > 0 && last && prev !== undefined && MOUTH_OK.test(prev)) disguised.push('口(?![\\u4e00-\\u9fff])');
  return `(?:(${han})|(?:${disguised.join('|')}))`;
}

interface Compiled {
  readonly rule: string;
  readonly re: RegExp;
  readonly size: number;
  /** The word's own characters: a word is read only where one of them stands in the text. */
  readonly han: readonly string[];
}

/** One regex per word; a capture group per character marks the characters left as written. */
const COMPILED: readonly Compiled[] = WORDS.map((word) => ({
  rule: word.rule,
  size: word.chars.length,
  han: word.chars.map((c) => c[0] as string),
  // Not inside a Latin word ("lihua quan…" is a name), not before a Latin letter that would extend the syllable.
  re: new RegExp(`(?<![a-z])${word.chars.map((_, k) => charAlternatives(word, k)).join('')}(?![a-z])`, 'giu'),
}));

/** Whole words typed in pinyin, long enough to be no English word or other reading. */
const PINYIN_WORDS: readonly (readonly [string, string])[] = [
  [LABEL, 'pianzi'],
  [ARREST, 'zuolao'],
  [ARREST, 'juliu'],
  [THREAT, 'guancai'],
  [THREAT, 'huaquan'],
  [THREAT, 'shehuixingsiwang'],
  [COURT, 'chuanpiao'],
];
const PINYIN_RE = new RegExp(`(?<![a-z])(?:${PINYIN_WORDS.map(([, p]) => p).join('|')})(?![a-z])`, 'gi');

/**
 * Cheap tests first (most replies have none): a mask, 口 or a listed homophone anywhere, or a Latin
 * letter right beside a Chinese character; a Latin run long enough for a whole pinyin word.
 */
const MASK_HINT = /[*＊×✕□○〇●■口纸]/;
const LATIN_BY_HAN = /[\u4e00-\u9fff][a-z]|[a-z][\u4e00-\u9fff]/i;
const LONG_LATIN = /[a-z]{5}/i;
// Without the u flag (faster): ⚰ 🪦 🔪 🗡 🕯 ☠ 🩸 as UTF-16.
const DEATH_EMOJI = /\u26b0|\u2620|\ud83e\udea6|\ud83d\udd2a|\ud83d\udde1|\ud83d\udd6f|\ud83e\ude78/g;
const HAN = /[\u4e00-\u9fff]/;

/** Disguised threat and legal words and death emoji in a Chinese message, with original offsets. */
export function disguisedFindings(text: string): Finding[] {
  if (!HAN.test(text)) return [];
  const out: Finding[] = [];
  const push = (rule: string, start: number, end: number): void => {
    const { category, severity } = declared(rule);
    out.push({ rule, category, severity, start, end });
  };
  if (MASK_HINT.test(text) || LATIN_BY_HAN.test(text)) {
    for (const { rule, re, size, han } of COMPILED) {
      if (!han.some((c) => text.includes(c))) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null && out.length < 16; m = re.exec(text)) {
        let plain = 0;
        for (let k = 1; k <= size; k++) if (m[k] !== undefined) plain++;
        if (plain > 0 && plain < size) push(rule, m.index, m.index + m[0].length);
      }
    }
  }
  PINYIN_RE.lastIndex = 0;
  for (
    let m = LONG_LATIN.test(text) ? PINYIN_RE.exec(text) : null;
    m !== null && out.length < 16;
    m = PINYIN_RE.exec(text)
  ) {
    const word = m[0].toLowerCase();
    const rule = PINYIN_WORDS.find(([, p]) => p === word)?.[0];
    if (rule) push(rule, m.index, m.index + m[0].length);
  }
  DEATH_EMOJI.lastIndex = 0;
  const emoji = DEATH_EMOJI.exec(text);
  if (emoji) push(THREAT, emoji.index, emoji.index + emoji[0].length);
  return out;
}
