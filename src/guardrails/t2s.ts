import { T2S_PAIRS } from './t2sTable.js';

/**
 * Traditional → simplified, one character at a time. Converting whole phrases with opencc-js
 * costs ~90 µs per reply; a single-character map (generated once from its dictionaries into
 * `t2sTable.ts`) costs one lookup per character and is enough for matching our word lists
 * (which are simplified).
 */
function readPairs(pairs: string): Map<number, number> {
  const map = new Map<number, number>();
  let from: number | undefined;
  for (const ch of pairs) {
    const cp = ch.codePointAt(0) ?? 0;
    if (from === undefined) from = cp;
    else {
      map.set(from, cp);
      from = undefined;
    }
  }
  return map;
}

const T2S: ReadonlyMap<number, number> = readPairs(T2S_PAIRS);

/** The simplified form of one code point (itself when it has none). */
export function toSimplified(cp: number): number {
  return T2S.get(cp) ?? cp;
}

/** The same map for the main CJK block as a dense table (0: unchanged), for the hot loop. */
export const HAN_T2S: Uint16Array = (() => {
  const table = new Uint16Array(0xa000 - 0x4e00);
  for (const [from, to] of T2S) {
    if (from >= 0x4e00 && from < 0xa000 && to <= 0xffff) table[from - 0x4e00] = to;
  }
  return table;
})();
