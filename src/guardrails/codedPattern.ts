/**
 * A rule pattern read by code instead of by V8's regex engine. Its `source` is the regex it is
 * equivalent to, so the engine's readers of sources (reach.ts, literals.ts, firstChars.ts) treat
 * it like any pattern and a copy made from the source (`new RegExp(p.source, p.flags)`, or the
 * copy `matchAll` and `split` make) matches the same; but `exec` — and `test`, `match` and
 * `replace`, which call it — runs `find`, and the source is never compiled. A long word list
 * written as a regex (every split of every word) costs V8 tens of milliseconds to compile on the
 * first reply of a process; `find` reads the same words from a table built in well under one.
 *
 * `find(text, from)` returns the leftmost match starting at or after `from` exactly as the
 * source would (the same start and end), or undefined.
 */
export type Find = (text: string, from: number) => { start: number; end: number } | undefined;

export class CodedPattern extends RegExp {
  /** Copies made by the built-ins (`matchAll`, `split`) are plain regexes of the source. */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  constructor(
    source: string,
    flags: string,
    private readonly find: Find,
  ) {
    super(source, flags);
  }

  override exec(text: string): RegExpExecArray | null {
    const advancing = this.global || this.sticky;
    const from = advancing ? this.lastIndex : 0;
    const hit = from > text.length ? undefined : this.find(text, from);
    if (hit === undefined || (this.sticky && hit.start !== from)) {
      if (advancing) this.lastIndex = 0;
      return null;
    }
    if (advancing) this.lastIndex = hit.end;
    const m = [text.slice(hit.start, hit.end)] as unknown as RegExpExecArray;
    m.index = hit.start;
    m.input = text;
    m.groups = undefined;
    return m;
  }
}

/** JavaScript's `\s` outside unicode mode: white space and line terminators. */
export function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** a–z: `[a-z]` without the i flag. */
export function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
