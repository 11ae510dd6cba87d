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

/** FNV-1a of one feature string, folded into the buckets. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & MASK;
}

/** Marks the slots already taken while one text is hashed (cleared after; single-threaded). */
const taken = new Uint8Array(LEARNED_BUCKETS);

/** The hashed features of one compact care text, without repeats. */
export function learnedFeatures(compact: string): Int32Array {
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
