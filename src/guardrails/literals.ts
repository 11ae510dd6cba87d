/**
 * The literals a regular expression cannot match without: read from its source, so a rule
 * added later gets its prefilter without declaring anything (and a rule whose regex this reader
 * does not understand simply runs always).
 *
 *   requiredLiterals(/(?:你们|您)的?(?:家人|单位)/g)
 *   // [['你们家人', '你们的家人', '你们单位', …, '您的单位']]: every match contains one of them
 *
 * The answer is a conjunction of any-of sets: a match contains at least one literal of every
 * set. It is conservative: lookarounds, optional parts, classes of more than a few characters and
 * anything unusual contribute nothing, and a flag that changes what a literal matches (i, v)
 * gives no requirement at all. test/guardrails/literals.test.ts checks the claim on every
 * labelled reply a regex matches.
 */
export type Requirement = readonly (readonly string[])[];

/** What a piece of a regex matches: the exact strings when few, and what every match contains. */
interface Info {
  /** Every string the piece can match, when there are at most MAX_EXACT of them. */
  readonly exact?: readonly string[];
  /** Any-of sets every match satisfies. */
  readonly req: Requirement;
}

/** Cross products of exact pieces stop at this many strings; a set of more literals is dropped. */
const MAX_EXACT = 16;
const MAX_ALTERNATIVES = 48;
const MAX_CLASS = 6;
const MAX_HAN = 4;
const MAX_LATIN = 8;
const MAX_SETS = 4;
const NOTHING: Info = { req: [] };

class Unsupported extends Error {}

const SPECIAL = new Set([...'\\()[]{}|.^$*+?']);
const QUANTIFIER = new Set([...'?*+{']);

/**
 * A set is worth checking when every literal in it is rare enough to be absent from most
 * replies: two Chinese characters or three other characters at least ("的", "in" are everywhere).
 */
function useful(set: readonly string[]): boolean {
  return (
    set.length > 0 &&
    set.length <= MAX_ALTERNATIVES &&
    set.every((s) => s.length >= (s.charCodeAt(0) >= 0x3400 ? 2 : 3))
  );
}

/** Keeps literals that are not implied by a shorter one in the same set ("你的家人" by "家人"). */
function minimal(set: readonly string[]): string[] {
  const sorted = [...new Set(set)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

function selectivity(set: readonly string[]): number {
  return Math.min(...set.map((s) => s.length)) * 4 - set.length / 8;
}

/**
 * A literal's first few characters (a match containing it contains them too): enough to be
 * rare in a reply, and they keep the automaton small.
 */
function head(s: string): string {
  const t = s.trim();
  return t.slice(0, t.charCodeAt(0) >= 0x3400 ? MAX_HAN : MAX_LATIN);
}

function best(req: Requirement): Requirement {
  const sets = req.map((set) => minimal(set.map(head))).filter(useful);
  const seen = new Set<string>();
  const unique = sets.filter((s) => {
    const key = s.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => selectivity(b) - selectivity(a)).slice(0, MAX_SETS);
}

function exactInfo(strings: readonly string[]): Info {
  return { exact: strings, req: [] };
}

/** What every match of a piece contains (for an exact piece: one of its strings). */
function reqOf(info: Info): Requirement {
  return info.exact ? best([info.exact]) : info.req;
}

function product(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

/**
 * A sequence: runs of adjacent exact pieces are multiplied out ("你" "的"? "家人" gives "你家人",
 * "你的家人"), each run is a set; the other pieces add their own sets.
 */
function concat(parts: readonly Info[]): Info {
  const req: (readonly string[])[] = [];
  let run: readonly string[] = [''];
  let whole: readonly string[] | undefined = [''];
  for (const p of parts) {
    const exact = p.exact;
    if (!exact) {
      req.push(...p.req);
      req.push(run);
      run = [''];
      whole = undefined;
      continue;
    }
    if (run.length * exact.length <= MAX_EXACT) run = product(run, exact);
    else {
      req.push(run);
      run = exact;
    }
    whole = whole && whole.length * exact.length <= MAX_EXACT ? product(whole, exact) : undefined;
  }
  req.push(run);
  if (whole) return exactInfo(whole);
  return { req: best(req) };
}

function alternation(branches: readonly Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const all = new Set(branches.flatMap((b) => b.exact ?? []));
    if (all.size <= MAX_ALTERNATIVES) return exactInfo([...all]);
  }
  const picks: string[] = [];
  for (const b of branches) {
    const first = reqOf(b)[0];
    if (!first) return NOTHING;
    picks.push(...first);
  }
  return { req: best([picks]) };
}

function repeat(atom: Info, min: number, max: number): Info {
  if (min === 0) {
    if (max === 1 && atom.exact && atom.exact.length < MAX_EXACT) return exactInfo(['', ...atom.exact]);
    return NOTHING;
  }
  if (min === 1 && max === 1) return atom;
  return { req: reqOf(atom) };
}

/** A small recursive-descent reader of JavaScript regex syntax (without the v flag). */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Requirement {
    const info = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported('trailing input');
    return reqOf(info);
  }

  private peek(k = 0): string {
    return this.src[this.i + k] ?? '';
  }

  private disjunction(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Info) : alternation(branches);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      parts.push(this.quantified(atom));
    }
    return concat(parts);
  }

  private quantified(atom: Info): Info {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('brace that is not a quantifier');
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return atom;
    }
    if (this.peek() === '?') this.i++;
    return repeat(atom, min, max);
  }

  private atom(): Info {
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
        return NOTHING;
      case '^':
      case '$':
        return { exact: [''], req: [] };
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unsupported(`unexpected ${c}`);
      default:
        return exactInfo([this.plainRun(c)]);
    }
  }

  /** Plain characters in a row read as one string (the last one a quantifier follows stays alone). */
  private plainRun(first: string): string {
    const src = this.src;
    let j = this.i;
    while (j < src.length && !SPECIAL.has(src[j] as string) && !QUANTIFIER.has(src[j + 1] ?? '')) j++;
    if (QUANTIFIER.has(src[this.i] ?? '')) return first;
    const run = first + src.slice(this.i, j);
    this.i = j;
    return run;
  }

  private group(): Info {
    let kind = 'capture';
    if (this.peek() === '?') {
      const head = this.src.slice(this.i, this.i + 3);
      if (head.startsWith('?:')) [kind, this.i] = ['plain', this.i + 2];
      else if (head === '?<=' || head === '?<!') [kind, this.i] = ['around', this.i + 3];
      else if (head.startsWith('?=') || head.startsWith('?!')) [kind, this.i] = ['around', this.i + 2];
      else if (head.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported('group name');
        this.i = close + 1;
      } else throw new Unsupported('group modifier');
    }
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Unsupported('unclosed group');
    this.i++;
    // A lookaround matches nothing of its own; the text around it is read as not adjacent.
    return kind === 'around' ? NOTHING : inner;
  }

  private escape(): Info {
    const c = this.peek();
    this.i++;
    if (/[dDwWsS]/.test(c)) return NOTHING;
    if (c === 'b' || c === 'B') return NOTHING;
    if (c === 'p' || c === 'P') {
      const close = this.src.indexOf('}', this.i);
      if (this.peek() !== '{' || close < 0) throw new Unsupported('property escape');
      this.i = close + 1;
      return NOTHING;
    }
    const char = this.escapedChar(c);
    return char === undefined ? NOTHING : exactInfo([char]);
  }

  /** The character an escape stands for, undefined for a class, a reference or anything unusual. */
  private escapedChar(c: string): string | undefined {
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '\r';
    if (c === 'f') return '\f';
    if (c === 'v') return '\v';
    if (c === 'u' || c === 'x') {
      const m = (c === 'u' ? /^[0-9a-fA-F]{4}/ : /^[0-9a-fA-F]{2}/).exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('hex escape');
      this.i += m[0].length;
      return String.fromCharCode(parseInt(m[0], 16));
    }
    if (/[0-9]/.test(c) || c === 'k') throw new Unsupported('back reference');
    if (/[A-Za-z]/.test(c)) throw new Unsupported(`escape \\${c}`);
    return c;
  }

  private charClass(): Info {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let simple = !negated;
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Unsupported('unclosed class');
      let c = this.peek();
      this.i++;
      if (c === '\\') {
        const e = this.peek();
        this.i++;
        if (/[dDwWsSbB]/.test(e)) simple = false;
        else if (e === 'p' || e === 'P') {
          const close = this.src.indexOf('}', this.i);
          if (close < 0) throw new Unsupported('property escape');
          this.i = close + 1;
          simple = false;
        } else c = this.escapedChar(e) ?? '';
      }
      if (this.peek() === '-' && this.peek(1) !== ']') simple = false;
      chars.push(c);
    }
    this.i++;
    if (!simple || chars.length === 0 || chars.length > MAX_CLASS) return NOTHING;
    return exactInfo([...new Set(chars)]);
  }
}

/** A regex's requirement, or [] (no requirement) when its flags or syntax are not read here. */
export function requiredLiterals(re: RegExp): Requirement {
  if (/[iv]/.test(re.flags)) return [];
  try {
    return best(new Reader(re.source).parse());
  } catch (e) {
    if (e instanceof Unsupported) return [];
    throw e;
  }
}
