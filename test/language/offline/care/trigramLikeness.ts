/** Character trigrams of a text, and the Jaccard likeness of two trigram sets (decontamination checks). */
export function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i += 1) out.add(s.slice(i, i + 3));
  return out;
}

export function likeness(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return shared / Math.max(a.size + b.size - shared, 1);
}
