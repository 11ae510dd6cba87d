/** Support for the masked-word tests: random texts of masked shapes, and every match of a pattern. */

/** Every match of a global pattern as the engine reads them: [start, end] pairs. */
export function everyMatch(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** `count` texts of 1 to `most` pieces, drawn by a seeded generator (the same texts every run). */
export function shapedTexts(pieces: readonly string[], count: number, most: number): string[] {
  let seed = 0x2545f491;
  const next = (n: number): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let k = 1 + next(most); k > 0; k--) text += pieces[next(pieces.length)] ?? '';
    out.push(text);
  }
  return out;
}

const CONTEXT = [
  '',
  '',
  ' ',
  ' ',
  'a',
  'zz',
  '1',
  '-',
  '*',
  '_',
  '#',
  '—',
  ' - ',
  'x ',
  ' ab',
  '\u00a0',
  '.',
  'F',
  "'",
];

/**
 * `count` texts around listed words with letters replaced: a random stretch of a random word
 * becomes 0–5 pieces of `masks`, with random context on either side (seeded, the same every run).
 */
export function maskedTexts(words: readonly string[], masks: readonly string[], count: number): string[] {
  let seed = 0x1b873593;
  const next = (n: number): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)] as T;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    for (let k = 1 + next(3); k > 0; k--) {
      const w = pick(words);
      const i = next(w.length + 1);
      const j = i + next(w.length + 1 - i);
      let mask = '';
      for (let m = next(6); m > 0; m--) mask += pick(masks);
      text += pick(CONTEXT) + w.slice(0, i) + mask + w.slice(j) + pick(CONTEXT);
    }
    out.push(text);
  }
  return out;
}
