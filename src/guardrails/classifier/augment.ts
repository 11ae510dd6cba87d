import { HAN_T2S } from '../t2s.js';
import type { Random } from './random.js';

/**
 * Honest compositional augmentation: each variant keeps its label and is applied to lawful and
 * violating items alike, so no wrapper or spelling becomes a cue for a label. Registers (SMS,
 * chat, voicemail transcript, agent shorthand), masked letters, traditional characters,
 * Cantonese particles and pinyin for common words. See DATA.md.
 */
export type Lang = 'zh' | 'en';

const S2T: Map<string, string> = (() => {
  const m = new Map<string, string>();
  HAN_T2S.forEach((to, i) => {
    const simp = String.fromCodePoint(to);
    if (to !== 0 && !m.has(simp)) m.set(simp, String.fromCodePoint(0x4e00 + i));
  });
  return m;
})();

const ZH_WRAP = [
  (t: string): string => `【本行信用卡中心】${t}`,
  (t: string): string => `${t}（本短信由系统发送）`,
  (t: string): string => `喂，您好，${t}听到请回电。`,
  (t: string): string => `坐席备注：${t}`,
  (t: string): string => `${t}~`,
  (t: string): string => `${t}！！`,
  (t: string): string => `客户您好 ${t}`,
];

const EN_WRAP = [
  (t: string): string => `BANK ALERT: ${t}`,
  (t: string): string => `Hi, this message is for Chris. ${t} Please call us back.`,
  (t: string): string => `${t} Reply STOP to opt out.`,
  (t: string): string => `agent note: ${t}`,
  (t: string): string => t.toUpperCase(),
  (t: string): string => t.toLowerCase().replace(/[.,!?]/g, ''),
  (t: string): string => `${t} thx`,
];

const CANTONESE: readonly [RegExp, string][] = [
  [/没有/g, '冇'],
  [/的/g, '嘅'],
  [/是/g, '系'],
  [/他/g, '佢'],
  [/了/g, '咗'],
  [/不/g, '唔'],
];

const PINYIN: readonly [string, string][] = [
  ['还钱', 'huan qian'],
  ['欠款', 'qian kuan'],
  ['逾期', 'yu qi'],
  ['家人', 'jia ren'],
  ['法院', 'fa yuan'],
  ['还款', 'huan kuan'],
  ['联系', 'lian xi'],
  ['征信', 'zheng xin'],
  ['上门', 'shang men'],
  ['警察', 'jing cha'],
  ['单位', 'dan wei'],
  ['分期', 'fen qi'],
];

const SHORTHAND: readonly [RegExp, string][] = [
  [/\byou\b/gi, 'u'],
  [/\byour\b/gi, 'ur'],
  [/\bplease\b/gi, 'pls'],
  [/\baccount\b/gi, 'acct'],
  [/\btomorrow\b/gi, 'tmrw'],
  [/\bare\b/gi, 'r'],
  [/\bbecause\b/gi, 'bc'],
];

function traditional(t: string): string {
  return [...t].map((c) => S2T.get(c) ?? c).join('');
}

function maskZh(t: string, rnd: Random): string {
  const chars = [...t];
  const hanAt = chars.map((c, i) => (/[\u4e00-\u9fff]/.test(c) ? i : -1)).filter((i) => i >= 0);
  if (hanAt.length < 4) return t;
  const at = rnd.pick(hanAt);
  chars[at] = rnd.pick(['*', '×', ' ', `${chars[at] ?? ''} `]);
  return chars.join('');
}

function maskEn(t: string, rnd: Random): string {
  const words = t.split(' ');
  const long = words.map((w, i) => (/^[a-z]{4,}$/i.test(w) ? i : -1)).filter((i) => i >= 0);
  if (long.length === 0) return t;
  const at = rnd.pick(long);
  const w = words[at] ?? '';
  words[at] = w[0] + w.slice(1, -1).replace(/[aeiou]/gi, rnd.pick(['*', '-', '_'])) + w.slice(-1);
  return words.join(' ');
}

function pinyin(t: string): string {
  let out = t;
  for (const [han, py] of PINYIN) out = out.replaceAll(han, ` ${py} `);
  return out.replace(/\s+/g, ' ').trim();
}

/** One augmented variant of a text, chosen at random, with the name of the augmentation. */
export function augment(text: string, lang: Lang, rnd: Random): { text: string; how: string } {
  const r = rnd.int(lang === 'zh' ? 6 : 4);
  if (lang === 'zh') {
    if (r === 0) return { text: rnd.pick(ZH_WRAP)(text), how: 'register' };
    if (r === 1) return { text: traditional(text), how: 'traditional' };
    if (r === 2) return { text: maskZh(text, rnd), how: 'masked' };
    if (r === 3) return { text: CANTONESE.reduce((t, [re, s]) => t.replace(re, s), text), how: 'dialect' };
    if (r === 4) return { text: pinyin(text), how: 'pinyin' };
    return { text: rnd.pick(ZH_WRAP)(maskZh(text, rnd)), how: 'register+masked' };
  }
  if (r === 0) return { text: rnd.pick(EN_WRAP)(text), how: 'register' };
  if (r === 1) return { text: maskEn(text, rnd), how: 'masked' };
  if (r === 2) return { text: SHORTHAND.reduce((t, [re, s]) => t.replace(re, s), text), how: 'shorthand' };
  return { text: rnd.pick(EN_WRAP)(maskEn(text, rnd)), how: 'register+masked' };
}
