/**
 * Hashed n-gram features for the guardrail classifier, read from the normalised text (lower
 * case, simplified characters): Chinese character bigrams and trigrams inside runs of Han
 * characters; English words, word bigrams and character trigrams of each word (with its
 * boundaries, so "f---ing" and "a--" keep their shape). Every feature is hashed (FNV-1a) into
 * `BUCKETS` slots; a feature set is returned sorted and without repeats.
 */
export const BUCKETS = 1 << 16;
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

function isHan(c: number): boolean {
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

function hanFeatures(text: string, from: number, to: number, out: number[]): void {
  for (let i = from; i < to; i++) {
    if (i + 2 <= to) out.push(hashCodes(2, text, i, i + 2));
    if (i + 3 <= to) out.push(hashCodes(3, text, i, i + 3));
  }
  if (to - from === 1) out.push(hashCodes(1, text, from, to));
}

function wordFeatures(word: string, out: number[]): void {
  out.push(hashCodes(11, word, 0, word.length));
  const padded = `<${word}>`;
  for (let i = 0; i + 3 <= padded.length; i++) out.push(hashCodes(13, padded, i, i + 3));
}

/** The sorted, distinct feature indices of a normalised text. */
export function features(text: string): Int32Array {
  const out: number[] = [];
  let prevWord = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      let j = i + 1;
      while (j < n && isHan(text.charCodeAt(j))) j++;
      hanFeatures(text, i, j, out);
      prevWord = '';
      i = j;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      wordFeatures(word, out);
      if (prevWord !== '')
        out.push(hashCodes(17, `${prevWord} ${word}`, 0, prevWord.length + word.length + 1));
      prevWord = word;
      i = j;
    } else {
      if (c !== 0x20) prevWord = '';
      i++;
    }
  }
  const arr = Int32Array.from(out).sort();
  let k = 0;
  for (let m = 0; m < arr.length; m++) if (m === 0 || arr[m] !== arr[m - 1]) arr[k++] = arr[m] as number;
  return arr.subarray(0, k);
}
