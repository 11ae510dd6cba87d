/**
 * Hashed n-gram features for the guardrail classifier, read from the normalised text (lower
 * case, simplified characters): Chinese character 1- to 4-grams inside runs of Han characters;
 * English words, word bigrams and character 3- and 4-grams of each word (with its boundaries, so
 * "f---ing" and "a--" keep their shape); and, inside a clause after a negation (不/没/别/勿/未/无/
 * 非/莫, "not", "never", "won't"…), a second copy of each Chinese bigram and English word, so "we
 * will never visit your home" and "we will visit your home" differ in more than one feature.
 * Every feature is hashed (FNV-1a) into `BUCKETS` slots; a feature set is returned without repeats.
 */
export const BUCKETS = 1 << 18;
const MASK = BUCKETS - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashCodes(seed: number, s: string, from: number, to: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0) & MASK;
}

export function isHan(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** Latin word characters, including the marks people mask words with. */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2a || // *
    c === 0x2d || // -
    c === 0x5f || // _
    c === 0x24 || // $
    c === 0x40 || // @
    c === 0x23 || // #
    c === 0x27 || // '
    c === 0x5b || // [
    c === 0x5d || // ]
    c === 0xd7 // ×
  );
}

const out = new Int32Array(1 << 14);
/** One bit per bucket (32 KB, where a byte per bucket took 256 KB): the features seen in this text. */
const seen = new Uint32Array(BUCKETS >>> 5);
let count = 0;

function add(f: number): void {
  const word = f >>> 5;
  const bit = 1 << (f & 31);
  const was = seen[word] as number;
  if ((was & bit) !== 0 || count >= out.length) return;
  seen[word] = was | bit;
  out[count++] = f;
}

/** Han characters that open a negation scope (to the end of the clause): 不没别勿未无非莫. */
function isHanNegation(c: number): boolean {
  return (
    c === 0x4e0d ||
    c === 0x6ca1 ||
    c === 0x522b ||
    c === 0x52ff ||
    c === 0x672a ||
    c === 0x65e0 ||
    c === 0x975e ||
    c === 0x83ab
  );
}
/** Latin words that open a negation scope. */
const LATIN_NEGATION = new Set([
  'not',
  'no',
  'never',
  "don't",
  "won't",
  "can't",
  'cannot',
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  'nobody',
  'nothing',
  'without',
  "wouldn't",
  "shouldn't",
  'nor',
  'dont',
  'wont',
  'cant',
]);
const LATIN_NEGATION_LONGEST = Math.max(...[...LATIN_NEGATION].map((w) => w.length));
/** Clause ends: a negation scope stops here. */
function endsClause(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x3002 ||
    c === 0x3001 ||
    c === 0x0a
  );
}
let negated = false;

/** FNV-1a of one to four codes under a seed, the same value hashCodes gives for them. */
function step(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

function start(seed: number): number {
  return (FNV_OFFSET ^ seed) >>> 0;
}

/**
 * Each position's 1- to 4-grams (and its negated bigram), hashed from codes read once: the same
 * values as hashCodes over text[i, i + n), in the same order of `add`.
 */
function hanFeatures(text: string, from: number, to: number): void {
  let c0 = text.charCodeAt(from);
  let c1 = from + 1 < to ? text.charCodeAt(from + 1) : 0;
  let c2 = from + 2 < to ? text.charCodeAt(from + 2) : 0;
  for (let i = from; i < to; i++) {
    const c3 = i + 3 < to ? text.charCodeAt(i + 3) : 0;
    const two = i + 2 <= to;
    if (negated && two) add(step(step(start(21), c0), c1) & MASK);
    if (isHanNegation(c0)) negated = true;
    if (two) add(step(step(start(2), c0), c1) & MASK);
    if (i + 3 <= to) add(step(step(step(start(3), c0), c1), c2) & MASK);
    if (i + 4 <= to) add(step(step(step(step(start(4), c0), c1), c2), c3) & MASK);
    add(step(start(1), c0) & MASK);
    c0 = c1;
    c1 = c2;
    c2 = c3;
  }
}

/** The codes of "<word>" for the current word: read once, then hashed as 3- and 4-grams. */
let padded = new Int32Array(64);

function wordFeatures(text: string, from: number, to: number): void {
  add(hashCodes(11, text, from, to));
  const len = to - from + 2;
  if (len > padded.length) padded = new Int32Array(2 * len);
  const p = padded;
  p[0] = 0x3c;
  for (let k = 1; k < len - 1; k++) p[k] = text.charCodeAt(from + k - 1);
  p[len - 1] = 0x3e;
  for (let k = 0; k + 3 <= len; k++)
    add(step(step(step(start(13), p[k] as number), p[k + 1] as number), p[k + 2] as number) & MASK);
  for (let k = 0; k + 4 <= len; k++) {
    const h = step(step(step(start(14), p[k] as number), p[k + 1] as number), p[k + 2] as number);
    add(step(h, p[k + 3] as number) & MASK);
  }
}

/** "previous word" + " " + "word", hashed without building the string. */
function bigram(text: string, p0: number, p1: number, w0: number, w1: number): number {
  let h = (FNV_OFFSET ^ 17) >>> 0;
  for (let i = p0; i < p1; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  h ^= 0x20;
  h = Math.imul(h, FNV_PRIME);
  for (let i = w0; i < w1; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0) & MASK;
}

/**
 * The distinct feature indices of a normalised text (in order of first appearance). The
 * result is a fresh copy; the scratch buffers are reused between calls.
 */
export function features(text: string): Int32Array {
  const n = collect(text);
  return out.slice(0, n);
}

/**
 * The same features as `features`, in a scratch buffer: its first `count` entries, valid until
 * the next call (the classifier's scoring reads them at once and keeps nothing).
 */
export function scratchFeatures(
  text: string,
  from = 0,
  to = text.length,
): { indices: Int32Array; count: number } {
  return { indices: out, count: collect(text, from, to) };
}

/** The features of text[from, to) as if it were the whole text (a segment: see segments.ts). */
export function rangeFeatures(text: string, from: number, to: number): Int32Array {
  const n = collect(text, from, to);
  return out.slice(0, n);
}

/** The most features one text (or segment) gives; later ones are dropped. */
export const MAX_FEATURES = out.length;

function collect(text: string, from = 0, to = text.length): number {
  count = 0;
  negated = false;
  let prevFrom = -1;
  let prevTo = -1;
  let i = from;
  const n = to;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      let j = i + 1;
      while (j < n && isHan(text.charCodeAt(j))) j++;
      hanFeatures(text, i, j);
      prevFrom = -1;
      i = j;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      wordFeatures(text, i, j);
      if (prevFrom >= 0) add(bigram(text, prevFrom, prevTo, i, j));
      if (negated) add(hashCodes(23, text, i, j));
      else if (j - i <= LATIN_NEGATION_LONGEST && LATIN_NEGATION.has(text.slice(i, j))) negated = true;
      prevFrom = i;
      prevTo = j;
      i = j;
    } else {
      if (c !== 0x20) prevFrom = -1;
      if (endsClause(c)) negated = false;
      i++;
    }
  }
  for (let k = 0; k < count; k++) seen[(out[k] as number) >>> 5] = 0;
  return count;
}

/**
 * Whether a normalised text is mostly Latin script (more Latin words than Han characters): the
 * classifier keeps one threshold per category for each script, so English hard negatives do not
 * set the bar for Chinese text and the other way round.
 */
export function latinScript(text: string): boolean {
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const latin = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (isHan(c)) han++;
    if (latin && !inWord) words++;
    inWord = latin;
  }
  return words > han;
}
