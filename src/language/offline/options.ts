import type { Span } from './normalise.js';
import { ENGLISH_ORDINAL_SOURCE, parseOrdinal } from './numerals.js';
import { matchesOf, probeOf } from './probe.js';

/**
 * Which offered option a person picks: "第二个", "方案2", "选1", "2号方案", "option 2",
 * "the first one", "I'll take the second", "Plan B", or a lone digit "2" / "ok 2" / "就2吧" (only
 * 1–9: a bare small number answers "which option?", never an amount).
 */

const MAX_OPTION = 20;
const LETTER: Readonly<Record<string, number>> = { a: 1, b: 2, c: 3, d: 4, e: 5 };
const CN = '(\\d{1,2}|[一二三四五六七八九十两]{1,2})';
const EN_CARDINAL = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)';
const EN_ORD = `(${ENGLISH_ORDINAL_SOURCE}|\\d{1,2}(?:st|nd|rd|th))`;

/** A rule and something every match of it contains (a text without it skips the rule). */
interface OptionRule {
  re: RegExp;
  gate?: RegExp;
}

const RAW_RULES: readonly OptionRule[] = [
  {
    re: new RegExp(
      `第\\s*${CN}\\s*(?:个|种|项|套|条|档)?\\s*(?:方案|选项|计划)?(?![\\d次天期月年周名位遍笔号日个])`,
      'g',
    ),
    gate: /第/,
  },
  { re: new RegExp(`(?:方案|选项|计划)\\s*${CN}(?![\\d期个月年天])`, 'g'), gate: /方案|选项|计划/ },
  { re: new RegExp(`选(?:择)?\\s*(?:第)?\\s*${CN}\\s*(?:个|种|号)?(?![\\d期月年天块元])`, 'g'), gate: /选/ },
  { re: new RegExp(`${CN}\\s*号(?:方案|选项)`, 'g'), gate: /号/ },
  {
    re: new RegExp(`\\b(?:option|plan|choice|number|no\\.|#)\\s*${EN_CARDINAL}\\b(?![.,]\\d)`, 'g'),
    gate: /option|plan|choice|number|no\.|#/,
  },
  { re: /(?:\b(?:option|plan|choice)\s*|方案|选项)([a-e])\b/g, gate: /option|plan|choice|方案|选项/ },
  {
    re: new RegExp(`\\b(?:the\\s+)?${EN_ORD}\\s+(?:one|option|plan|choice)\\b`, 'g'),
    gate: /one|option|plan|choice/,
  },
  {
    re: new RegExp(
      `\\b(?:take|choose|pick|go\\s+with|select|want)\\s+(?:the\\s+)?(${ENGLISH_ORDINAL_SOURCE})\\b`,
      'g',
    ),
    gate: /take|choose|pick|go|select|want/,
  },
  { re: new RegExp(`^[\\s\\p{P}]*(?:the\\s+)?(${ENGLISH_ORDINAL_SOURCE})(?:\\s+one)?[\\s\\p{P}]*$`, 'gu') },
  {
    // "ok the 1 then", "fine, 1 pls" (conv18): a lone digit between filler words.
    re: /^[\s\p{P}]*(?:(?:ok|okay|fine|好的?|就|那就?|要|选|嗯|number|the)[\s\p{P}]*)*([1-9]|[一二三四五六七八九])[\s\p{P}]*(?:(?:吧|please|pls|plz|thanks|then|one)[\s\p{P}]*)*$/gu,
    gate: /[1-9一二三四五六七八九]/,
  },
];

const RULES = RAW_RULES.map((rule) => ({ ...rule, probe: probeOf(rule.re) }));

/** The first option choice in already-normalised text, with its span. */
export function findOption(norm: string): { optionIndex: number; span: Span } | undefined {
  const found: { optionIndex: number; span: Span }[] = [];
  for (const { re, gate, probe } of RULES) {
    if (gate !== undefined && !gate.test(norm)) continue;
    for (const m of matchesOf(norm, re, probe)) {
      const optionIndex = LETTER[m[1] ?? ''] ?? parseOrdinal(m[1] ?? '');
      if (optionIndex === undefined || optionIndex < 1 || optionIndex > MAX_OPTION) continue;
      found.push({ optionIndex, span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return found[0];
}
