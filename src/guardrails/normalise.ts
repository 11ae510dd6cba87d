import { ASCII_CLASS, ASCII_CODE, C, fold } from './fold.js';
import { HAN_T2S } from './t2s.js';
import type { Span } from './types.js';

// Module-local copies: imported bindings are read through accessors on every use, which the
// per-character loop cannot afford.
const A_CODE = ASCII_CODE;
const A_CLASS = ASCII_CLASS;
const T2S_TABLE = HAN_T2S;
const foldCp = fold;
const DROP: number = C.Drop;
const HAN: number = C.Han;
const LATIN: number = C.Latin;
const DIGIT: number = C.Digit;
const OTHER: number = C.OtherLetter;
const SPACE: number = C.Space;
const NEWLINE: number = C.Newline;
const CLAUSE: number = C.Clause;
const EMOJI: number = C.Emoji;
const AT = 0x40;

function isWordClass(cls: number): boolean {
  return cls === HAN || cls === LATIN || cls === DIGIT || cls === OTHER;
}

/**
 * A reply folded once for matching, with a map back to the original offsets.
 *
 *   const n = normalise('你這個老 ❤ 賴');  // n.text === '你这个老赖'
 *   originalSpan(n, 3, 5)                 // { start: 3, end: 8 } in the original
 *
 * Folding: NFKC (full-width letters and digits, ligatures), lower case, accents stripped,
 * traditional → simplified, zero-width and other invisible characters dropped, spaces, symbols
 * and emoji between Chinese characters dropped (clause punctuation and an @ before a name kept),
 * emoji inside words dropped, single letters spelled out with separators ("d.e.a.d.b.e.a.t") joined, runs of
 * spaces collapsed, and leetspeak inside words ("l0ser", "sh1t", "$hit") read as letters.
 */
export interface NormalisedText {
  readonly text: string;
  /** starts[i]: original offset where normalised unit i begins. */
  readonly starts: ArrayLike<number>;
  /** ends[i]: original offset (exclusive) where normalised unit i ends. */
  readonly ends: ArrayLike<number>;
  /** Letters seen, by script: for the language-coverage check. */
  readonly letters: { readonly han: number; readonly latin: number; readonly other: number };
}

const UTF16 = new TextDecoder('utf-16le');

function unitsToString(codes: Uint16Array, n: number): string {
  return UTF16.decode(codes.subarray(0, n));
}

/** Output units with their original offsets, in typed buffers reused between calls. */
class Units {
  codes = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  n = 0;
  reset(capacity: number): void {
    this.n = 0;
    if (this.codes.length < capacity) {
      this.codes = new Uint16Array(capacity);
      this.starts = new Int32Array(capacity);
      this.ends = new Int32Array(capacity);
    }
  }
  push(code: number, start: number, end: number): void {
    if (this.n === this.codes.length) this.grow();
    this.codes[this.n] = code;
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.n++;
  }
  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    [this.codes, this.starts, this.ends] = [codes, starts, ends];
  }
}

/**
 * The single-pass folder. Separators wait in `pend` until the next word character decides
 * whether they survive: between Chinese characters only clause punctuation does, emoji inside
 * words go, spaces stay (collapsed later, after spelled-out words are joined).
 */
class Builder {
  readonly out = new Units();
  private readonly pend = new Units();
  private readonly pendClass = new Uint8Array(256);
  private lastWord = DROP;
  han = 0;
  latin = 0;
  other = 0;

  reset(capacity: number): void {
    this.out.reset(capacity);
    this.pend.reset(0);
    this.lastWord = DROP;
    this.han = this.latin = this.other = 0;
  }

  add(code: number, cls: number, start: number, end: number): void {
    if (cls === DROP) return;
    if (!isWordClass(cls)) {
      const k = this.pend.n;
      if (k < this.pendClass.length) {
        this.pendClass[k] = cls;
        this.pend.push(code, start, end);
      }
      return;
    }
    if (this.pend.n > 0) this.flush(cls);
    if (cls === HAN) this.han++;
    else if (cls === LATIN) this.latin++;
    else if (cls === OTHER) this.other++;
    this.out.push(code, start, end);
    this.lastWord = cls;
  }

  flush(next: number): void {
    const p = this.pend;
    const inHan = this.lastWord === HAN && next === HAN;
    const inWord = isWordClass(this.lastWord) && isWordClass(next);
    for (let k = 0; k < p.n; k++) {
      const cls = this.pendClass[k] as number;
      const start = p.starts[k] as number;
      const end = p.ends[k] as number;
      // An @ before a Chinese name is a mention ("群里各位好，@赵敏 的欠款…"): kept for the rules that read it.
      if (cls === CLAUSE || cls === NEWLINE || (next === HAN && p.codes[k] === AT))
        this.out.push(p.codes[k] as number, start, end);
      else if (inHan || (cls === EMOJI && inWord)) continue;
      else if (cls === SPACE || cls === EMOJI) {
        if (this.out.n > 0) this.out.push(32, start, end);
      } else this.out.push(p.codes[k] as number, start, end);
    }
    p.n = 0;
  }
}

const BUILDER = new Builder();

function foldInto(b: Builder, input: string): void {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 128) {
      b.add(A_CODE[c] as number, A_CLASS[c] as number, i, i + 1);
      continue;
    }
    if (c >= 0x4e00 && c < 0xa000) {
      b.add(T2S_TABLE[c - 0x4e00] || c, HAN, i, i + 1);
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < input.length) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const f = foldCp(cp);
    for (let k = 0; k < f.units.length; k++)
      b.add(f.units[k] as number, f.classes[k] as number, i, i + width);
    i += width - 1;
  }
  b.flush(DROP);
}

interface Mapped {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** Keeps the units whose flag is set. */
function keepUnits(m: Mapped, keep: Uint8Array): Mapped {
  const len = m.text.length;
  const codes = new Uint16Array(len);
  const starts = new Int32Array(len);
  const ends = new Int32Array(len);
  let n = 0;
  for (let k = 0; k < len; k++) {
    if (keep[k] !== 1) continue;
    codes[n] = m.text.charCodeAt(k);
    starts[n] = m.starts[k] as number;
    ends[n] = m.ends[k] as number;
    n++;
  }
  return { text: unitsToString(codes, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Separated single letters: "d.e.a.d.b.e.a.t", "f u c k", "l-o-s-e-r" (one separator kind). */
const RE_SPELLED =
  /(?<![\p{L}\p{N}])[a-z@$0-9]([ .\-_*·|/\\+~'"])(?:[a-z@$0-9]\1){1,}[a-z@$0-9](?![\p{L}\p{N}])/gu;
const RE_SPELLED_QUICK = /[a-z@$0-9][ .\-_*·|/\\+~'"][a-z@$0-9][ .\-_*·|/\\+~'"][a-z@$0-9]/;

function joinSpelled(m: Mapped): Mapped {
  if (!RE_SPELLED_QUICK.test(m.text)) return m;
  const keep = new Uint8Array(m.text.length).fill(1);
  let changed = false;
  for (const match of m.text.matchAll(RE_SPELLED)) {
    if ((match[0].match(/[a-z]/g)?.length ?? 0) < 2) continue;
    for (let k = 1; k < match[0].length; k += 2) keep[match.index + k] = 0;
    changed = true;
  }
  return changed ? keepUnits(m, keep) : m;
}

/** Runs of spaces (and spaces next to a newline or at the ends) collapse to one or none. */
function collapseSpaces(m: Mapped): Mapped {
  if (!/ {2}| \n|\n |^ | $/.test(m.text)) return m;
  const keep = new Uint8Array(m.text.length).fill(1);
  for (let k = 0; k < m.text.length; k++) {
    if (m.text.charCodeAt(k) !== 32) continue;
    const next = m.text.charCodeAt(k + 1);
    const prev = m.text.charCodeAt(k - 1);
    if (k === 0 || Number.isNaN(next) || next === 32 || next === 10 || prev === 10) keep[k] = 0;
  }
  return keepUnits(m, keep);
}

/** Leetspeak inside a word: l0ser, sh1t, d3adb3at, $hit, @ss, sh!t. */
const RE_LEET = /(?<=[a-z])[013457@$!](?=[a-z])|(?<![\p{L}\p{N}])[@$](?=[a-z]{2})/gu;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

const RE_LEET_QUICK = /[a-z][013457@$!][a-z]|[@$][a-z][a-z]/;

function readLeet(m: Mapped): Mapped {
  if (!RE_LEET_QUICK.test(m.text)) return m;
  RE_LEET.lastIndex = 0;
  if (!RE_LEET.test(m.text)) return m;
  RE_LEET.lastIndex = 0;
  return { ...m, text: m.text.replace(RE_LEET, (c) => LEET[c] ?? c) };
}

/**
 * Normalises into shared buffers: the offsets are views that the next call overwrites. For the
 * checker, which is synchronous and done with them before it returns; everyone else uses
 * {@link normalise}.
 */
export function normaliseShared(input: string): NormalisedText {
  const b = BUILDER;
  b.reset(input.length * 2 + 16);
  foldInto(b, input);
  const o = b.out;
  let m: Mapped = {
    text: unitsToString(o.codes, o.n),
    starts: o.starts.subarray(0, o.n),
    ends: o.ends.subarray(0, o.n),
  };
  m = readLeet(collapseSpaces(joinSpelled(m)));
  return {
    text: m.text,
    starts: m.starts,
    ends: m.ends,
    letters: { han: b.han, latin: b.latin, other: b.other },
  };
}

/** Normalises a reply for matching. Linear in its length; see {@link NormalisedText}. */
export function normalise(input: string): NormalisedText {
  const n = normaliseShared(input);
  return { ...n, starts: Int32Array.from(n.starts), ends: Int32Array.from(n.ends) };
}

/** The original span of normalised units [start, end). */
export function originalSpan(n: NormalisedText, start: number, end: number): Span {
  const len = n.starts.length;
  if (len === 0) return { start: 0, end: 0 };
  const s = n.starts[Math.min(Math.max(start, 0), len - 1)] ?? 0;
  const e = n.ends[Math.max(Math.min(end, len) - 1, 0)] ?? s;
  return { start: s, end: Math.max(e, s) };
}

/**
 * Letters and Chinese characters only (no spaces, punctuation or digits), with each unit's
 * index in the normalised text: catches words split by punctuation ("老，赖", "dead-beat").
 */
export interface CompactText {
  readonly text: string;
  /** index[i]: normalised-text index of compact unit i. */
  readonly index: ArrayLike<number>;
}

export function compact(n: NormalisedText): CompactText {
  const src = n.text;
  const index = new Int32Array(src.length);
  const codes = new Uint16Array(src.length);
  let k = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xd800 && c <= 0xdfff)) {
      codes[k] = c;
      index[k++] = i;
    }
  }
  return { text: unitsToString(codes, k), index: index.subarray(0, k) };
}
