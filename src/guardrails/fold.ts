import { toSimplified } from './t2s.js';

/**
 * Per-character folding for normalisation: NFKC, lower case, accents stripped, traditional →
 * simplified, and a class that decides how separators between words are treated.
 */
export const enum C {
  Drop = 0,
  Han = 1,
  Latin = 2,
  Digit = 3,
  OtherLetter = 4,
  Space = 5,
  Newline = 6,
  Clause = 7,
  Sep = 8,
  Emoji = 9,
}

const CLAUSE_CHARS = new Set([...',!?;:、。'].map((c) => c.codePointAt(0) ?? 0));

export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

export function isWord(cls: C): boolean {
  return cls === C.Han || cls === C.Latin || cls === C.Digit || cls === C.OtherLetter;
}

const RE_MARK_OR_FORMAT = /^[\p{M}\p{Cf}\p{Cs}\p{Co}\p{Cc}]$/u;
const RE_LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const RE_SYMBOL_KEPT = /^[\p{Sc}\p{Sm}]$/u;
const RE_SYMBOL_DROPPED = /^[\p{So}\p{Sk}\p{Extended_Pictographic}]$/u;

export function classify(cp: number): C {
  if (cp === 10) return C.Newline;
  if (cp === 32 || cp === 9 || cp === 13) return C.Space;
  if (cp >= 0x61 && cp <= 0x7a) return C.Latin;
  if (cp >= 0x30 && cp <= 0x39) return C.Digit;
  if (CLAUSE_CHARS.has(cp)) return C.Clause;
  if (cp < 0x80) return cp < 32 || cp === 127 ? C.Drop : C.Sep;
  if (isHan(cp)) return C.Han;
  const ch = String.fromCodePoint(cp);
  if (RE_MARK_OR_FORMAT.test(ch)) return C.Drop;
  if (/^\s$/u.test(ch)) return C.Space;
  if (RE_LETTER_OR_NUMBER.test(ch)) return C.OtherLetter;
  if (RE_SYMBOL_KEPT.test(ch)) return C.Sep;
  if (RE_SYMBOL_DROPPED.test(ch)) return C.Emoji;
  return C.Sep;
}

/** A folded code point: the UTF-16 units it becomes, with their classes. */
export interface Folded {
  readonly units: readonly number[];
  readonly classes: readonly C[];
}

const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
};

function foldSlow(cp: number): Folded {
  let s = String.fromCodePoint(cp);
  s = QUOTES[s] ?? s.normalize('NFKC').toLowerCase();
  // Strip accents from Latin letters ("fück" reads as "fuck").
  if (/[\u00c0-\u024f\u1e00-\u1eff]/.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '');
  const units: number[] = [];
  const classes: C[] = [];
  for (const ch of s) {
    const c = toSimplified(ch.codePointAt(0) ?? 0);
    const cls = classify(c);
    if (cls === C.Drop) continue;
    const out = String.fromCodePoint(c);
    for (let k = 0; k < out.length; k++) {
      units.push(out.charCodeAt(k));
      classes.push(cls);
    }
  }
  return { units, classes };
}

const cache = new Map<number, Folded>();

/** Folds a code point outside the fast paths (ASCII and the main CJK block). */
export function fold(cp: number): Folded {
  let f = cache.get(cp);
  if (!f) {
    f = foldSlow(cp);
    cache.set(cp, f);
  }
  return f;
}

/** ASCII: lower-case code and class per code unit. */
export const ASCII_CODE = new Uint16Array(128);
export const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = c >= 0x41 && c <= 0x5a ? c + 32 : c;
  ASCII_CODE[c] = lower;
  ASCII_CLASS[c] = classify(lower);
}
