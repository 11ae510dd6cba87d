import { toSimplified } from './t2s.js';
import type { Span } from './types.js';

/**
 * A reply folded once for matching, with a map back to the original offsets.
 *
 *   const n = normalise('你這個老 ❤ 賴');  // n.text === '你这个老赖'
 *   originalSpan(n, 3, 5)                 // { start: 3, end: 8 } in the original
 *
 * Folding: NFKC (full-width letters and digits, ligatures), lower case, accents stripped,
 * traditional → simplified, zero-width and other invisible characters dropped, spaces, symbols
 * and emoji between Chinese characters dropped (clause punctuation kept), emoji inside words
 * dropped, single letters spelled out with separators ("d.e.a.d.b.e.a.t") joined, and
 * leetspeak inside words ("l0ser", "sh1t", "$hit") read as letters.
 */
export interface NormalisedText {
  readonly text: string;
  /** starts[i]: original offset where normalised unit i begins. */
  readonly starts: readonly number[];
  /** ends[i]: original offset (exclusive) where normalised unit i ends. */
  readonly ends: readonly number[];
  /** Letters seen, by script: for the language-coverage check. */
  readonly letters: { readonly han: number; readonly latin: number; readonly other: number };
}

const enum C {
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

function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

const RE_MARK_OR_FORMAT = /^[\p{M}\p{Cf}\p{Cs}\p{Co}]$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_NUMBER = /^\p{N}$/u;
const RE_CONTROL = /^\p{Cc}$/u;
const RE_SYMBOL_KEPT = /^[\p{Sc}\p{Sm}]$/u;
const RE_SYMBOL_DROPPED = /^[\p{So}\p{Sk}]$/u;

function classify(cp: number): C {
  if (cp === 10) return C.Newline;
  if (cp === 32 || cp === 9 || cp === 13) return C.Space;
  if (cp >= 0x61 && cp <= 0x7a) return C.Latin;
  if (cp >= 0x30 && cp <= 0x39) return C.Digit;
  if (CLAUSE_CHARS.has(cp)) return C.Clause;
  if (cp < 0x80) return cp < 32 || cp === 127 ? C.Drop : C.Sep;
  if (isHan(cp)) return C.Han;
  const ch = String.fromCodePoint(cp);
  if (RE_MARK_OR_FORMAT.test(ch) || RE_CONTROL.test(ch)) return C.Drop;
  if (/^\s$/u.test(ch)) return C.Space;
  if (RE_LETTER.test(ch)) return C.OtherLetter;
  if (RE_NUMBER.test(ch)) return C.OtherLetter;
  if (RE_SYMBOL_KEPT.test(ch)) return C.Sep;
  if (RE_SYMBOL_DROPPED.test(ch) || /\p{Extended_Pictographic}/u.test(ch)) return C.Emoji;
  return C.Sep;
}

/** Folded form of one code point, as a string of code points with their classes. */
interface Folded {
  readonly cps: readonly number[];
  readonly classes: readonly C[];
}

const foldCache = new Map<number, Folded>();

function foldSlow(cp: number): Folded {
  let s = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
  // Strip accents from Latin letters ("fück" reads as "fuck").
  if (/[\u00c0-\u024f\u1e00-\u1eff]/.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '');
  const cps: number[] = [];
  const classes: C[] = [];
  for (const ch of s) {
    const c = toSimplified(ch.codePointAt(0) ?? 0);
    const cls = classify(c);
    if (cls === C.Drop) continue;
    cps.push(c);
    classes.push(cls);
  }
  return { cps, classes };
}

const ASCII: Folded[] = Array.from({ length: 128 }, (_, cp) => foldSlow(cp));

function fold(cp: number): Folded {
  if (cp < 128) return ASCII[cp] as Folded;
  let f = foldCache.get(cp);
  if (!f) {
    f = foldSlow(cp);
    foldCache.set(cp, f);
  }
  return f;
}

function isWord(cls: C): boolean {
  return cls === C.Han || cls === C.Latin || cls === C.Digit || cls === C.OtherLetter;
}

/** Mutable builder shared by the passes. */
class Builder {
  text = '';
  starts: number[] = [];
  ends: number[] = [];
  private pendCp: number[] = [];
  private pendCls: C[] = [];
  private pendStart: number[] = [];
  private pendEnd: number[] = [];
  private lastWord: C = C.Drop;

  emit(cp: number, start: number, end: number): void {
    const s = String.fromCodePoint(cp);
    this.text += s;
    for (let k = 0; k < s.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  add(cp: number, cls: C, start: number, end: number): void {
    if (isWord(cls)) {
      this.flush(cls);
      this.emit(cp, start, end);
      this.lastWord = cls;
      return;
    }
    this.pendCp.push(cp);
    this.pendCls.push(cls);
    this.pendStart.push(start);
    this.pendEnd.push(end);
  }

  /** Decides which buffered separators survive, knowing the word characters on both sides. */
  flush(next: C): void {
    const n = this.pendCp.length;
    if (n === 0) return;
    const inHan = this.lastWord === C.Han && next === C.Han;
    const inWord = isWord(this.lastWord) && isWord(next);
    for (let k = 0; k < n; k++) {
      const cls = this.pendCls[k] as C;
      const start = this.pendStart[k] as number;
      const end = this.pendEnd[k] as number;
      if (cls === C.Clause || cls === C.Newline) {
        this.emit(this.pendCp[k] as number, start, end);
      } else if (inHan || (cls === C.Emoji && inWord)) {
        continue;
      } else if (cls === C.Space || cls === C.Emoji) {
        // Runs of spaces survive until spelled-out words are joined ("w a t c h   y o u r").
        if (this.text.length > 0) this.emit(32, start, end);
      } else {
        this.emit(this.pendCp[k] as number, start, end);
      }
    }
    this.pendCp.length = 0;
    this.pendCls.length = 0;
    this.pendStart.length = 0;
    this.pendEnd.length = 0;
  }
}

/** Separated single letters: "d.e.a.d.b.e.a.t", "f u c k", "l-o-s-e-r". */
const RE_SPELLED = /(?<![\p{L}\p{N}])[a-z@$0-9]([ .\-_*·|/\\+~'"])(?:[a-z@$0-9]\1){1,}[a-z@$0-9](?![\p{L}\p{N}])/gu;
const RE_SPELLED_SEP = /[ .\-_*·|/\\+~'"]/;
/** Leetspeak inside a word: l0ser, sh1t, d3adb3at, $hit, @ss, sh!t. */
const RE_LEET = /(?<=[a-z])[013457@$!](?=[a-z])|(?<![\p{L}\p{N}])[@$](?=[a-z]{2})/gu;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i',
};

function joinSpelled(b: Builder): void {
  if (!/[a-z@$0-9][ .\-_*·|/\\+~'"]+[a-z@$0-9][ .\-_*·|/\\+~'"]/.test(b.text)) return;
  const keep: boolean[] = new Array<boolean>(b.text.length).fill(true);
  let changed = false;
  for (const m of b.text.matchAll(RE_SPELLED)) {
    if ((m[0].match(/[a-z]/g)?.length ?? 0) < 2) continue;
    for (let k = 0; k < m[0].length; k++) {
      if (RE_SPELLED_SEP.test(m[0][k] ?? '')) {
        keep[m.index + k] = false;
        changed = true;
      }
    }
  }
  if (!changed) return;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < b.text.length; k++) {
    if (!keep[k]) continue;
    text += b.text[k];
    starts.push(b.starts[k] as number);
    ends.push(b.ends[k] as number);
  }
  b.text = text;
  b.starts = starts;
  b.ends = ends;
}

/** Collapses runs of spaces (and spaces next to a newline) to one. */
function collapseSpaces(b: Builder): void {
  if (!/ {2}| \n|\n |^ | $/.test(b.text)) return;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < b.text.length; k++) {
    const c = b.text.charCodeAt(k);
    if (c === 32) {
      const prev = text.charCodeAt(text.length - 1);
      const next = b.text.charCodeAt(k + 1);
      if (text.length === 0 || prev === 32 || prev === 10 || next === 10 || Number.isNaN(next)) continue;
    }
    text += b.text[k];
    starts.push(b.starts[k] as number);
    ends.push(b.ends[k] as number);
  }
  b.text = text;
  b.starts = starts;
  b.ends = ends;
}

function readLeet(b: Builder): void {
  RE_LEET.lastIndex = 0;
  if (!RE_LEET.test(b.text)) return;
  RE_LEET.lastIndex = 0;
  b.text = b.text.replace(RE_LEET, (c) => LEET[c] ?? c);
}

/** Normalises a reply for matching. Linear in its length; see {@link NormalisedText}. */
export function normalise(input: string): NormalisedText {
  const b = new Builder();
  let han = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const f = fold(cp);
    for (let k = 0; k < f.cps.length; k++) {
      const cls = f.classes[k] as C;
      if (cls === C.Han) han++;
      else if (cls === C.Latin) latin++;
      else if (cls === C.OtherLetter) other++;
      b.add(f.cps[k] as number, cls, i, i + width);
    }
    i += width;
  }
  b.flush(C.Drop);
  joinSpelled(b);
  collapseSpaces(b);
  readLeet(b);
  return { text: b.text, starts: b.starts, ends: b.ends, letters: { han, latin, other } };
}

/** The original span of normalised units [start, end). */
export function originalSpan(n: NormalisedText, start: number, end: number): Span {
  if (n.starts.length === 0) return { start: 0, end: 0 };
  const s = n.starts[Math.min(start, n.starts.length - 1)] ?? 0;
  const e = n.ends[Math.max(Math.min(end, n.ends.length) - 1, 0)] ?? s;
  return { start: s, end: Math.max(e, s) };
}

/**
 * Letters and Chinese characters only (no spaces, punctuation or digits), with each unit's
 * index in the normalised text: catches words split by punctuation ("老，赖", "dead-beat").
 */
export interface CompactText {
  readonly text: string;
  /** index[i]: normalised-text index of compact unit i. */
  readonly index: readonly number[];
}

export function compact(n: NormalisedText): CompactText {
  let text = '';
  const index: number[] = [];
  const src = n.text;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    const keep = (c >= 0x61 && c <= 0x7a) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xd800 && c <= 0xdfff);
    if (!keep) continue;
    text += src[i];
    index.push(i);
  }
  return { text, index };
}
