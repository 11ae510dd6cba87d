import { conceptFeatures } from './distressConcepts.js';

/**
 * The features of the care scorers, read from the `careText` compact form (simplified, lower
 * case, pinyin and chat spellings written out): Chinese characters and their runs of 2 and 3;
 * English words, word pairs and letter trigrams of each word (with its boundaries); and the word
 * classes of `distressConcepts.ts` with their pairs (so "安定" scores like "安眠药").
 * `learnedFeatures` hashes them (FNV-1a) into `LEARNED_BUCKETS` slots for the committed model.
 *
 * A richer set (Han runs of 1 to 4, letter runs of 3 to 5 across words) was measured on the same
 * 5-fold split and caught no more at 1 % false alarms, at twice the cost; training/care/DATA.md.
 *
 *   careFeatures('药攒够了') // ['h:药', 'hh:药攒', 'hhh:药攒够', ..., 'k:READY']
 */
export const LEARNED_BUCKETS = 1 << 18;
const MASK = LEARNED_BUCKETS - 1;

/** The features of one compact care text, as strings, without repeats. */
export function careFeatures(compact: string): string[] {
  const out: string[] = [];
  const han = compact.match(/\p{Script=Han}+/gu) ?? [];
  for (const run of han) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i += 1) {
      out.push(`h:${chars[i]}`);
      if (i + 1 < chars.length) out.push(`hh:${chars[i]}${chars[i + 1]}`);
      if (i + 2 < chars.length) out.push(`hhh:${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
    }
  }
  const words = (compact.match(/[a-z']+/g) ?? []).map((w) => w.replace(/'/g, ''));
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] ?? '';
    out.push(`w:${w}`);
    if (i + 1 < words.length) out.push(`ww:${w} ${words[i + 1] ?? ''}`);
    const padded = `^${w}$`;
    for (let j = 0; j + 3 <= padded.length; j += 1) out.push(`c:${padded.slice(j, j + 3)}`);
  }
  return [...new Set([...out, ...conceptFeatures(compact)])];
}

/**
 * Whether the text has at least `min` different features: `careFeatures(compact).length >= min`,
 * stopping as soon as it knows (the concern band asks for a few, most texts have them early).
 */
export function hasFeatures(compact: string, min: number): boolean {
  const seen = new Set<string>();
  const enough = (name: string): boolean => seen.add(name).size >= min;
  if (min <= 0) return true;
  for (const run of compact.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i += 1) {
      if (enough(`h:${chars[i]}`)) return true;
      if (i + 1 < chars.length && enough(`hh:${chars[i]}${chars[i + 1]}`)) return true;
      if (i + 2 < chars.length && enough(`hhh:${chars[i]}${chars[i + 1]}${chars[i + 2]}`)) return true;
    }
  }
  const words = (compact.match(/[a-z']+/g) ?? []).map((w) => w.replace(/'/g, ''));
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] ?? '';
    if (enough(`w:${w}`)) return true;
    if (i + 1 < words.length && enough(`ww:${w} ${words[i + 1] ?? ''}`)) return true;
    const padded = `^${w}$`;
    for (let j = 0; j + 3 <= padded.length; j += 1) if (enough(`c:${padded.slice(j, j + 3)}`)) return true;
  }
  return conceptFeatures(compact).some(enough);
}

/** FNV-1a of one feature string, folded into the buckets. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & MASK;
}

/** Marks the slots already taken while one text is hashed (cleared after; single-threaded). */
const taken = new Uint8Array(LEARNED_BUCKETS);
/** The slots of one text in order of first use (never more than the buckets). */
const scratch = new Int32Array(LEARNED_BUCKETS);

const FNV_BASIS = 0x811c9dc5;
/** FNV-1a continued over a string: `more(more(BASIS, 'h:'), '药')` is `hashFeature('h:药')` before folding. */
function more(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i += 1) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
  return x;
}
const H1 = more(FNV_BASIS, 'h:');
const H2 = more(FNV_BASIS, 'hh:');
const H3 = more(FNV_BASIS, 'hhh:');
const W1 = more(FNV_BASIS, 'w:');
const W2 = more(FNV_BASIS, 'ww:');
const C3 = more(FNV_BASIS, 'c:');

/**
 * The hashed features of one compact care text, without repeats, in the order `careFeatures`
 * names them: the same slots as hashing each of its names, without building the names
 * (learnedFeatures.test.ts compares the two).
 */
export function learnedFeatures(compact: string): Int32Array {
  used = 0;
  for (const run of compact.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i += 1) {
      const a = chars[i] ?? '';
      add(more(H1, a));
      if (i + 1 < chars.length) add(more(more(H2, a), chars[i + 1] ?? ''));
      if (i + 2 < chars.length) add(more(more(more(H3, a), chars[i + 1] ?? ''), chars[i + 2] ?? ''));
    }
  }
  const words = (compact.match(/[a-z']+/g) ?? []).map((w) => w.replace(/'/g, ''));
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] ?? '';
    add(more(W1, w));
    if (i + 1 < words.length) add(more(more(more(W2, w), ' '), words[i + 1] ?? ''));
    const padded = `^${w}$`;
    for (let j = 0; j + 3 <= padded.length; j += 1) {
      let h = C3;
      for (let k = j; k < j + 3; k += 1) h = Math.imul(h ^ padded.charCodeAt(k), 0x01000193);
      add(h);
    }
  }
  for (const name of conceptFeatures(compact)) add(more(FNV_BASIS, name));
  const result = scratch.slice(0, used);
  for (const slot of result) taken[slot] = 0;
  return result;
}

/** How many slots of `scratch` the text being hashed has taken (reset by each `learnedFeatures`). */
let used = 0;

/**
 * Takes the slot of one feature hash unless taken already. Module-level rather than a closure
 * made per call (issue 19: one fewer function object, and under tsx its naming, a text).
 */
function add(h: number): void {
  const slot = (h >>> 0) & MASK;
  if (taken[slot] === 1) return;
  taken[slot] = 1;
  scratch[used] = slot;
  used += 1;
}

/** `learnedFeatures` by hashing each name of `careFeatures` (the reference it is tested against). */
export function learnedFeaturesByName(compact: string): Int32Array {
  const names = careFeatures(compact);
  const out = new Int32Array(names.length);
  let n = 0;
  for (const name of names) {
    const slot = hashFeature(name);
    if (taken[slot] === 1) continue;
    taken[slot] = 1;
    out[n] = slot;
    n += 1;
  }
  const result = out.subarray(0, n);
  for (const slot of result) taken[slot] = 0;
  return result;
}
