import type { Finding } from './facts.js';
import { declared } from './rules/index.js';

/**
 * Chinese profanity and insults with a character masked by a symbol ("他*的", "傻*", "老*").
 * The normalised text drops symbols between Chinese characters (so "老*赖" reads 老赖), which
 * also erases a mask that replaces a character: "他*的" would read as the harmless "他的". This
 * reads the original text instead, and only when it holds a mask symbol at all. Offsets are
 * the original text's.
 */
const MASK = '[*＊×✕□○〇●■]';
const SPACE = '[\\s\\u200b]*';
const HAS_MASK = /[*＊×✕□○〇●■]/;

interface MaskRule {
  readonly rule: string;
  readonly re: RegExp;
}

const RULES: readonly MaskRule[] = [
  {
    rule: 'harassment.profanity',
    re: new RegExp(
      [
        `[他她你]${SPACE}${MASK}{1,2}${SPACE}[的地]`,
        `傻${SPACE}${MASK}{1,2}`,
        `(?:卧|我)${SPACE}${MASK}{1,2}(?![\\u4e00-\\u9fff])`,
        `(?:操|草|艹|日)${SPACE}${MASK}{1,2}${SPACE}(?:你|妈|的)`,
        `(?:尼|你)${SPACE}${MASK}{1,2}${SPACE}(?:的|死)`,
      ].join('|'),
      'gu',
    ),
  },
  {
    rule: 'defamation.insult',
    re: new RegExp(
      [
        `老${SPACE}${MASK}{1,2}(?![\\u4e00-\\u9fff])`,
        `(?:骗|无|混|垃)${SPACE}${MASK}{1,2}(?:(?![\\u4e00-\\u9fff])|(?=一个|一枚))`,
        `${MASK}{1,2}${SPACE}赖(?![\\u4e00-\\u9fff])`,
      ].join('|'),
      'gu',
    ),
  },
];

export function maskedFindings(text: string): Finding[] {
  if (!HAS_MASK.test(text)) return [];
  const out: Finding[] = [];
  for (const { rule, re } of RULES) {
    const { category, severity } = declared(rule);
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && out.length < 16; m = re.exec(text))
      out.push({ rule, category, severity, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
