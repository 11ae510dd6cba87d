/**
 * How far from a character of its match a regular expression can read, from its source: the
 * longest match plus every lookaround's longest reach, plus one for a \b at either end. A rule
 * whose patterns reach less than the engine's REACH runs on a narrower window around its trigger
 * words (a match contains a trigger, so it and everything it reads lie within this distance of
 * one). Undefined when unbounded (*, +, {n,}) or not understood (a back-reference, an anchor, an
 * unusual escape): such a pattern keeps the engine's fixed reach.
 *
 *   patternReach(/(?<!不)上门(?:催收|拜访)/g)   // 1 + 4 (match) + 1 (look-behind) = 6
 *   patternReach(/\bsue\s+you\b/g)             // undefined (\s+)
 */

class Unbounded extends Error {}

/** Escapes that stand for one character (a class, a control or a code). */
const ONE_CHAR_ESCAPE = new Set([...'dDwWsStnrvf0.\\/-^$*+?()[]{}|']);

class Reader {
  private i = 0;
  /** Sum of the longest reach of every lookaround met. */
  looks = 0;

  constructor(
    private readonly src: string,
    /** Code units per character: 2 with the u or v flag (an astral character is two). */
    private readonly unit: number,
  ) {}

  /** Longest match of the whole source. */
  all(): number {
    const n = this.disjunction();
    if (this.i < this.src.length) throw new Unbounded('unbalanced');
    return n;
  }

  private disjunction(): number {
    let best = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      best = Math.max(best, this.sequence());
    }
    return best;
  }

  private sequence(): number {
    let total = 0;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      total += this.quantified(atom);
    }
    return total;
  }

  /** Applies a quantifier after an atom, if any. */
  private quantified(atom: number): number {
    const c = this.src[this.i];
    let max: number;
    if (c === '*' || c === '+') throw new Unbounded('unbounded');
    if (c === '?') {
      this.i++;
      max = 1;
    } else if (c === '{') {
      const close = this.src.indexOf('}', this.i);
      const m = close < 0 ? null : /^\{(\d+)(,(\d*))?\}$/.exec(this.src.slice(this.i, close + 1));
      if (!m) throw new Unbounded('brace');
      if (m[2] !== undefined && (m[3] ?? '') === '') throw new Unbounded('unbounded');
      max = Number(m[3] ?? m[1]);
      this.i = close + 1;
    } else return atom;
    if (this.src[this.i] === '?') this.i++; // lazy
    return atom * max;
  }

  private atom(): number {
    const c = this.src[this.i] as string;
    if (c === '(') return this.group();
    if (c === '[') return this.klass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') throw new Unbounded('anchor');
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Unbounded('quantifier');
    this.i++;
    if (c === '.') return this.unit;
    // With u, a character written as its two surrogates is one atom (a quantifier repeats both).
    const code = c.charCodeAt(0);
    if (this.unit === 2 && code >= 0xd800 && code <= 0xdbff) {
      this.i++;
      return 2;
    }
    return 1;
  }

  private group(): number {
    const rest = this.src.slice(this.i, this.i + 4);
    let look = false;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.i += 3;
      look = true;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.i += 4;
      look = true;
    } else if (rest.startsWith('(?<')) {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new Unbounded('group name');
      this.i = close + 1;
    } else if (rest.startsWith('(?')) throw new Unbounded('group modifier');
    else this.i += 1;
    const inner = this.disjunction();
    if (this.src[this.i] !== ')') throw new Unbounded('unclosed group');
    this.i++;
    if (look) {
      this.looks += inner;
      return 0;
    }
    return inner;
  }

  private klass(): number {
    this.i++;
    if (this.src[this.i] === '^') this.i++;
    if (this.src[this.i] === ']') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      if (this.src[this.i] === '[') throw new Unbounded('nested class');
      this.i += this.src[this.i] === '\\' ? 2 : 1;
    }
    if (this.src[this.i] !== ']') throw new Unbounded('unclosed class');
    this.i++;
    return this.unit;
  }

  private escape(): number {
    const e = this.src[this.i + 1] ?? '';
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return 0;
    }
    if (e === 'u') {
      const m = /^\\u(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(this.src.slice(this.i, this.i + 16));
      if (!m) throw new Unbounded('escape');
      this.i += m[0].length;
      return this.unit;
    }
    if (e === 'x') {
      this.i += 4;
      return 1;
    }
    if (e === 'p' || e === 'P') {
      const close = this.src.indexOf('}', this.i);
      if (close < 0) throw new Unbounded('property');
      this.i = close + 1;
      return this.unit;
    }
    if (ONE_CHAR_ESCAPE.has(e) && e !== '0') {
      this.i += 2;
      return 1;
    }
    throw new Unbounded(`escape \\${e}`);
  }
}

export function patternReach(re: RegExp): number | undefined {
  if (re.flags.includes('m') || re.flags.includes('y')) return undefined;
  try {
    const reader = new Reader(re.source, re.unicode || re.flags.includes('v') ? 2 : 1);
    const longest = reader.all();
    return longest + reader.looks + 1;
  } catch (err) {
    if (err instanceof Unbounded) return undefined;
    throw err;
  }
}
