/**
 * The characters a regex match can start with, read from its source, and a copy of the regex
 * that says so up front. V8 runs a pattern that opens with a look-behind it cannot see past, or an
 * English pattern that opens on an optional part, in full at every position of the text; a
 * leading class of the possible first characters lets it skip the other positions in a tight
 * loop (worthHinting says where that helps). The copy matches exactly what the original matches:
 *
 *   withFirstChars(/(?<=欠[^。]{0,20})(?:联系|通知)你/g)   // /(?=[联通])(?:(?<=欠[^。]{0,20})(?:联系|通知)你)/g
 *
 * Only what the reader is sure of gives a class: a pattern that may match the empty string, may
 * start with almost anything (., \s, a negated class), uses a back reference or a flag that
 * changes what characters match (i, u, v, y) is returned unchanged.
 */

import { lookbehindLast, opensOnLookbehind } from './lookbehindLast.js';

/** Inclusive ranges of UTF-16 code units. */
type Ranges = [number, number][];

interface First {
  /** What the match's first character may be; undefined: anything. */
  readonly set: Ranges | undefined;
  /** Whether the piece may match the empty string. */
  readonly nullable: boolean;
  /**
   * Whether its first character is hidden from V8's own start scan: behind a lookaround or an
   * optional piece, in some alternative.
   */
  readonly hidden?: boolean;
  /** A lookaround: consumes nothing and hides what follows. */
  readonly around?: boolean;
}

class Unsupported extends Error {}

const BRACE = /\{(\d+)(?:,\d*)?\}/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const HEX2 = /[0-9a-fA-F]{2}/y;

const ANY: First = { set: undefined, nullable: false };
const EMPTY: First = { set: [], nullable: true };
const AROUND: First = { set: [], nullable: true, around: true };
const DIGITS: Ranges = [[0x30, 0x39]];
const WORD: Ranges = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];

function union(a: Ranges | undefined, b: Ranges | undefined): Ranges | undefined {
  return a === undefined || b === undefined ? undefined : [...a, ...b];
}

function one(c: number): First {
  return { set: [[c, c]], nullable: false };
}

/** Sorted, merged ranges. */
function merged(set: Ranges): Ranges {
  const sorted = [...set].sort((x, y) => x[0] - y[0]);
  const out: Ranges = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** A recursive-descent reader of JavaScript regex syntax (no u or v flag). */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): First {
    const f = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported('trailing input');
    return f;
  }

  /** A match of a sticky regex at the reading position (no copy of the rest of the source). */
  private sticky(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    return re.exec(this.src);
  }

  private peek(k = 0): string {
    return this.src[this.i + k] ?? '';
  }

  private disjunction(): First {
    let f = this.sequence();
    while (this.peek() === '|') {
      this.i++;
      const g = this.sequence();
      f = {
        set: union(f.set, g.set),
        nullable: f.nullable || g.nullable,
        hidden: f.hidden === true || g.hidden === true,
      };
    }
    return f;
  }

  private sequence(): First {
    let set: Ranges | undefined = [];
    let nullable = true;
    let hidden = false;
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      if (!nullable) {
        this.skipSequence();
        break;
      }
      const term = this.quantified(this.atom());
      set = union(set, term.set);
      // \b and ^ (nullable, no set, not a lookaround) leave the start in view.
      const boundary = term.nullable && term.set?.length === 0 && term.around !== true;
      hidden = hidden || term.hidden === true || (term.nullable && !boundary);
      nullable = term.nullable;
    }
    return { set, nullable, hidden };
  }

  /**
   * Once a piece must consume a character, later pieces cannot supply the first one: reads past
   * them (the regex compiled, so its syntax is sound) to this sequence's '|' or ')'.
   */
  private skipSequence(): void {
    const src = this.src;
    let depth = 0;
    let i = this.i;
    for (; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 0x5c)
        i++; // \
      else if (c === 0x5b) {
        // [ … ]: a class, where ( ) | are plain
        for (i++; i < src.length && src.charCodeAt(i) !== 0x5d; i++) if (src.charCodeAt(i) === 0x5c) i++;
      } else if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (depth === 0) break;
        depth--;
      } else if (c === 0x7c && depth === 0) break;
    }
    this.i = i;
  }

  private quantified(atom: First): First {
    const c = this.peek();
    let min: number;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
    } else if (c === '{') {
      const m = this.sticky(BRACE);
      if (!m) throw new Unsupported('brace that is not a quantifier');
      this.i += m[0].length;
      min = Number(m[1]);
    } else {
      return atom;
    }
    if (this.peek() === '?') this.i++;
    return min === 0 ? { set: atom.set, nullable: true, hidden: true } : atom;
  }

  private atom(): First {
    const c = this.peek();
    this.i++;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY;
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
      case '':
        throw new Unsupported(`unexpected ${c}`);
      default:
        return one(c.charCodeAt(0));
    }
  }

  private group(): First {
    let around = false;
    if (this.peek() === '?') {
      const head = this.src.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) this.i += 2;
      else if (head === '?<=' || head === '?<!') [around, this.i] = [true, this.i + 3];
      else if (head.startsWith('?=') || head.startsWith('?!')) [around, this.i] = [true, this.i + 2];
      else if (head.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported('group name');
        this.i = close + 1;
      } else throw new Unsupported('group modifier');
    }
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.i++;
    // A lookaround consumes nothing: the first character comes from what follows it.
    return around ? AROUND : inner;
  }

  private escape(): First {
    const c = this.peek();
    this.i++;
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'd') return { set: DIGITS, nullable: false };
    if (c === 'w') return { set: WORD, nullable: false };
    if (c === 'D' || c === 'W' || c === 's' || c === 'S') return ANY;
    return one(this.escapedChar(c));
  }

  /** The code unit an escape stands for (outside or inside a class, \b aside). */
  private escapedChar(c: string): number {
    const simple: Record<string, number> = { n: 0x0a, t: 0x09, r: 0x0d, f: 0x0c, v: 0x0b };
    const known = simple[c];
    if (known !== undefined) return known;
    if (c === 'u' || c === 'x') {
      const m = this.sticky(c === 'u' ? HEX4 : HEX2);
      if (!m) throw new Unsupported('hex escape');
      this.i += m[0].length;
      return parseInt(m[0], 16);
    }
    if (c === '0' && !/[0-9]/.test(this.peek())) return 0;
    if (/[0-9A-Za-z]/.test(c) || c === '') throw new Unsupported(`escape \\${c}`);
    return c.charCodeAt(0);
  }

  /** One class member: a code unit, or a class escape's ranges (undefined: too wide to list). */
  private classMember(): number | Ranges | undefined {
    const c = this.peek();
    this.i++;
    if (c === '') throw new Unsupported('unclosed class');
    if (c !== '\\') return c.charCodeAt(0);
    const e = this.peek();
    this.i++;
    if (e === 'd') return DIGITS;
    if (e === 'w') return WORD;
    if (e === 'b') return 0x08;
    if (/[DWsS]/.test(e)) return undefined;
    if (e === 'p' || e === 'P') throw new Unsupported('property escape');
    return this.escapedChar(e);
  }

  private charClass(): First {
    if (this.peek() === '^') {
      // A negated class may start with almost anything: read past it, give no set.
      this.i++;
      while (this.peek() !== ']') this.skipClassMember();
      this.i++;
      return ANY;
    }
    const set: Ranges = [];
    let wide = false;
    while (this.peek() !== ']') {
      const lo = this.classMember();
      if (lo === undefined) wide = true;
      if (typeof lo !== 'number') {
        if (lo !== undefined) set.push(...lo);
        continue;
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++;
        const hi = this.classMember();
        if (typeof hi !== 'number' || hi < lo) throw new Unsupported('class range');
        set.push([lo, hi]);
      } else set.push([lo, lo]);
    }
    this.i++;
    if (wide) return ANY;
    if (set.length === 0) throw new Unsupported('empty class');
    return { set, nullable: false };
  }

  private skipClassMember(): void {
    const c = this.peek();
    this.i++;
    if (c === '') throw new Unsupported('unclosed class');
    if (c !== '\\') return;
    const e = this.peek();
    this.i++;
    if (e === 'u' || e === 'x') this.escapedChar(e);
  }
}

/**
 * The code units a match of the regex can start with, as sorted merged ranges, or undefined when
 * the reader cannot say (any character, an empty match, syntax or flags it does not read).
 */
export function firstChars(re: RegExp): { set: [number, number][]; hidden: boolean } | undefined {
  if (/[iuvy]/.test(re.flags)) return undefined;
  try {
    const f = new Reader(re.source).read();
    if (f.nullable || f.set === undefined || f.set.length === 0) return undefined;
    return { set: merged(f.set), hidden: f.hidden === true };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * Whether V8 finds the start of a match poorly by itself. A Latin first character hidden behind a
 * lookaround or an optional part: such patterns ran 2-5x faster with the class in front (the
 * bench replies' windows), while a pattern opening on a few plain characters ran 1.1-2.4x slower.
 * A Chinese first character only behind a positive or a long negative look-behind
 * (opensOnLookbehind): there the class made a pattern up to 100x faster, while elsewhere V8's own
 * scan for its words beat it (2-4x slower with the class on the bench replies, the kin-word
 * alternations and patterns behind a short look-behind among them; guardtail27).
 */
function worthHinting(first: { set: [number, number][]; hidden: boolean }, source: string): boolean {
  if (first.set.some(([, hi]) => hi >= 0x2e80)) return opensOnLookbehind(source);
  return first.hidden;
}

/**
 * The regex behind a look-ahead of its possible first characters, when that helps V8 (see
 * worthHinting), its long leading look-behinds read last (lookbehindLast.ts); otherwise, and for
 * a subclass of RegExp, the regex itself.
 */
export function withFirstChars(re: RegExp): RegExp {
  // A pattern read in code (codedPattern.ts) finds its own starts: a copy would be a plain regex.
  if (Object.getPrototypeOf(re) !== RegExp.prototype) return re;
  const moved = lookbehindLast(re);
  const first = firstChars(moved);
  if (first === undefined || !worthHinting(first, moved.source)) return moved;
  const cls = first.set.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('');
  return new RegExp(`(?=[${cls}])(?:${moved.source})`, re.flags);
}
