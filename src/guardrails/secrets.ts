/**
 * Leaked instructions: does the reply repeat a long enough stretch of a secret (the system
 * prompt)? Compared on the compact view (letters and Chinese characters only), in shingles.
 */
const SHINGLE = 16;
const CACHE_LIMIT = 32;
const cache = new Map<string, Set<string>>();

function shinglesOf(compactSecret: string): Set<string> {
  let set = cache.get(compactSecret);
  if (set) return set;
  set = new Set<string>();
  for (let i = 0; i + SHINGLE <= compactSecret.length; i++) set.add(compactSecret.slice(i, i + SHINGLE));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(compactSecret, set);
  return set;
}

/** [start, end) ranges of the compact reply that repeat a secret, merged. */
export function findLeaks(compactReply: string, compactSecrets: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  if (compactReply.length < SHINGLE) return ranges;
  for (const secret of compactSecrets) {
    if (secret.length < SHINGLE) continue;
    const set = shinglesOf(secret);
    for (let i = 0; i + SHINGLE <= compactReply.length; i++) {
      if (!set.has(compactReply.slice(i, i + SHINGLE))) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] >= i) last[1] = i + SHINGLE;
      else ranges.push([i, i + SHINGLE]);
    }
  }
  return ranges;
}
