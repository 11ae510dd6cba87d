import { configs } from 'opencc-js/preset/t2cn';

/**
 * Traditional → simplified, one character at a time. Converting whole phrases with opencc-js
 * costs ~90 µs per reply; a single-character map built once from its dictionaries costs one
 * Map lookup per character and is enough for matching our word lists (which are simplified).
 */
function buildMap(): Map<number, number> {
  const map = new Map<number, number>();
  const chain = configs['tw2s']?.conversionChain ?? configs['t2s']?.conversionChain ?? [];
  for (const group of chain) {
    const step = new Map<number, number>();
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const [from, to] = entry.split(' ');
        if (!from || !to) continue;
        const fromCp = from.codePointAt(0);
        const toCp = to.codePointAt(0);
        if (fromCp === undefined || toCp === undefined) continue;
        if (String.fromCodePoint(fromCp) !== from || String.fromCodePoint(toCp) !== to) continue;
        if (!step.has(fromCp)) step.set(fromCp, toCp);
      }
    }
    // Compose: earlier steps' outputs pass through this step too.
    for (const [k, v] of map) map.set(k, step.get(v) ?? v);
    for (const [k, v] of step) if (!map.has(k)) map.set(k, v);
  }
  // A character that is itself the simplified form of another is already simplified: keep it
  // (么 stays 么, although the dictionary also lists 么 → 幺 for traditional texts).
  const targets = new Set(map.values());
  for (const k of [...map.keys()]) if (targets.has(k)) map.delete(k);
  return map;
}

const T2S: ReadonlyMap<number, number> = buildMap();

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
