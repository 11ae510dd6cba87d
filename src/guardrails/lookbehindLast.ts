/**
 * A rule pattern whose alternative opens on a look-behind, copied so that the look-behind is
 * read only where the rest of the alternative matches. V8 tries a pattern's pieces in order, so
 * `(?<!\b(?:id theft|you reported)\b[^.!?\n]{0,80})\breferred\b…` reads up to 80 characters
 * backwards at every position before it looks for "referred"; a negative look-behind nearly
 * always holds, so that reading is wasted wherever "referred" is absent (~130 µs a call on a
 * 300-character window). The copy looks ahead for the rest first:
 *
 *   lookbehindLast(/(?<!\bif\b[^.!?]{0,40})\bwipe\b/g)   // /(?=\bwipe\b)(?<!\bif\b[^.!?]{0,40})\bwipe\b/g
 *
 * The look-ahead is a necessary condition of the match, and what follows it is the original
 * alternative, so the copy matches exactly what the original matches, where it matches, with the
 * same end. Only its numbered groups shift (the engine reads the whole match only). A pattern
 * with back references or named groups, or the u or v flag, is returned unchanged, and so is a
 * look-behind of a few words or characters (`(?<![a-z])`), which costs less than the look-ahead.
 */

/** The end (exclusive) of the group opening at `open`, or -1; classes and escapes skipped. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The top-level alternatives of a source. */
function alternatives(src: string): string[] | undefined {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') {
      const end = groupEnd(src, i);
      if (end < 0) return undefined;
      i = end - 1;
    } else if (c === '|') {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/**
 * A look-behind worth moving: one that reads a stretch of text backwards (a repeat of 20 or
 * more, or an unbounded one; classes aside). A look-behind of a few words or characters costs V8
 * less than the look-ahead (measured on the bench replies' windows: 1.3-10x slower moved).
 */
function costly(lookbehind: string): boolean {
  const bare = lookbehind.replace(/\\.|\[(?:\\.|[^\]\\])*\]/g, '');
  if (/[*+]/.test(bare)) return true;
  for (const m of bare.matchAll(/\{\d*,(\d+)\}/g)) if (Number(m[1]) >= 20) return true;
  return false;
}

/** A rest that opens on `\b`, perhaps inside groups: `\bsue\b`, `(?:\b(?:sue|suing)\b|\blawsuit\b)`. */
const OPENS_ON_WORD = /^(?:\(\?:)*\\b/;

/**
 * The alternative with its leading look-behinds read after a look-ahead for the rest, when the
 * rest opens on a Latin word (`\b`, perhaps inside its first groups): its first letters are
 * common, so V8 would read the look-behind at many positions. A Chinese rest opens on a few
 * rarer characters; moved, those ran up to 1.5x slower.
 */
function rewrite(alt: string): string | undefined {
  if (!alt.startsWith('(?<')) return undefined;
  let i = 0;
  let moved = false;
  while (alt.startsWith('(?', i) && /^\(\?(?:=|!|<=|<!)/.test(alt.slice(i, i + 4))) {
    const end = groupEnd(alt, i);
    if (end < 0 || /^[*+?{]/.test(alt.slice(end, end + 1))) return undefined;
    if (alt[i + 2] === '<' && costly(alt.slice(i, end))) moved = true;
    i = end;
  }
  const rest = alt.slice(i);
  if (!moved || !OPENS_ON_WORD.test(rest)) return undefined;
  return `(?=${rest})${alt}`;
}

/**
 * Whether an alternative of the source opens (after `\b` and opening groups) on a look-behind
 * V8's own start scan cannot see past: a positive one (the match's first characters are read
 * backwards from each position) or a costly negative one. A Chinese pattern hinted without one
 * ran 2-4x slower: V8 skips to its words better than a look-ahead class lets it (firstChars.ts).
 */
export function opensOnLookbehind(src: string): boolean {
  for (const alt of alternatives(src) ?? []) {
    let i = /^(?:\\b|\(\?:)*/.exec(alt)?.[0].length ?? 0;
    while (/^\(\?(?:=|!|<=|<!)/.test(alt.slice(i, i + 4))) {
      const end = groupEnd(alt, i);
      if (end < 0) return false;
      if (alt.startsWith('(?<=', i) || (alt.startsWith('(?<!', i) && costly(alt.slice(i, end)))) return true;
      i = end;
    }
  }
  return false;
}

export function lookbehindLast(re: RegExp): RegExp {
  if (Object.getPrototypeOf(re) !== RegExp.prototype || /[uv]/.test(re.flags)) return re;
  const src = re.source;
  if (/\\[1-9]|\\k<|\(\?<[A-Za-z_$]/.test(src)) return re;
  const alts = alternatives(src);
  if (alts === undefined) return re;
  let changed = false;
  const out = alts.map((alt) => {
    const r = rewrite(alt);
    if (r === undefined) return alt;
    changed = true;
    return r;
  });
  return changed ? new RegExp(out.join('|'), re.flags) : re;
}
