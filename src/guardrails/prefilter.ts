import { requiredLiterals, type Requirement } from './literals.js';

const BITS = 1 << 16;
const MASK = BITS - 1;

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
}

function tripleHash(a: number, b: number, c: number): number {
  return ((Math.imul(a, 0xc2b2ae35) ^ Math.imul(b, 0x27d4eb2f) ^ Math.imul(c, 0x165667b1)) >>> 13) & MASK;
}

/** The bits a literal needs: its triples, or its pair when it has two characters. */
function gramsOf(literal: string): Int32Array {
  const c = (i: number): number => literal.charCodeAt(i);
  if (literal.length === 2) return Int32Array.of(pairHash(c(0), c(1)) & MASK);
  const out: number[] = [];
  for (let i = 0; i + 3 <= literal.length; i++) out.push(tripleHash(c(i), c(i + 1), c(i + 2)));
  return Int32Array.from(new Set(out));
}

/**
 * The text's character pairs and triples, hashed into 2^16 bits, into `bits`. Every gate reads
 * the same bits for the same text (the pattern rules' and the structural checks' gates both read
 * the normalised reply): the last bits computed are copied, not computed again. They stay valid
 * while `lastText` names them, as only their own gate's next scan changes them, and that scan
 * names its own text.
 */
let lastText: string | undefined;
let lastBits: Uint32Array | undefined;

function gramBits(text: string, bits: Uint32Array): void {
  if (text === lastText && lastBits !== undefined) {
    if (lastBits !== bits) bits.set(lastBits);
    return;
  }
  bits.fill(0);
  let a = -1;
  let b = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (b >= 0) {
      const p = pairHash(b, c) & MASK;
      bits[p >>> 5] = (bits[p >>> 5] as number) | (1 << (p & 31));
    }
    if (a >= 0) {
      const t = tripleHash(a, b, c);
      bits[t >>> 5] = (bits[t >>> 5] as number) | (1 << (t & 31));
    }
    a = b;
    b = c;
  }
  lastText = text;
  lastBits = bits;
}

/**
 * A prefilter for many regexes at once. One pass over the text sets a bit for each of its
 * character pairs and triples (hashed into 2^16 bits); a literal may be present only if all
 * its triples (a two-character literal: its pair) are, and a regex runs only when each of its
 * required sets (literals.ts) has such a literal. The answer can be a false "may match" (a hash
 * collision, or the pieces present apart), never a false "cannot match". A regex with no
 * readable requirement always passes, so rules added later keep working.
 *
 *   const gate = new LiteralGate([/上门(?:催收|拜访)/g, /\bsue\b/g]);
 *   gate.scan('我们会上门催收');
 *   gate.passes(0) // true; gate.passes(1) // false: "sue" is absent
 */
export class LiteralGate {
  /**
   * Flat layout (one typed array per level, no array of arrays): regex k's sets are
   * setOf[setsFrom[k] … setsFrom[k + 1]); set s's literals are litFrom[s] … litFrom[s + 1]; literal
   * l's grams are grams[gramFrom[l] … gramFrom[l + 1]).
   */
  private readonly setsFrom: Int32Array;
  private readonly setOf: Int32Array;
  private readonly litFrom: Int32Array;
  private readonly gramFrom: Int32Array;
  private readonly grams: Int32Array;
  private readonly bits = new Uint32Array(BITS >>> 5);
  /** Per set: the generation its answer was computed in, and the answer. */
  private readonly answeredIn: Int32Array;
  private readonly answer: Uint8Array;
  private generation = 0;

  constructor(regexes: readonly RegExp[], requirements?: readonly Requirement[]) {
    const setIds = new Map<string, number>();
    const sets: Int32Array[][] = [];
    const setsOfRegex = regexes.map((re, k) => {
      const req = requirements?.[k] ?? requiredLiterals(re);
      return req.map((set) => {
        const key = [...set].sort().join('\u0000');
        let id = setIds.get(key);
        if (id === undefined) {
          id = sets.push(set.map(gramsOf)) - 1;
          setIds.set(key, id);
        }
        return id;
      });
    });
    this.setsFrom = Int32Array.from([0, ...prefixSums(setsOfRegex.map((s) => s.length))]);
    this.setOf = Int32Array.from(setsOfRegex.flat());
    const literals = sets.flat();
    this.litFrom = Int32Array.from([0, ...prefixSums(sets.map((s) => s.length))]);
    this.gramFrom = Int32Array.from([0, ...prefixSums(literals.map((l) => l.length))]);
    this.grams = Int32Array.from(literals.flatMap((l) => [...l]));
    this.answeredIn = new Int32Array(sets.length);
    this.answer = new Uint8Array(sets.length);
  }

  /** Reads a text: afterwards `passes` answers for it. */
  scan(text: string): void {
    this.generation = this.generation === 0x7fffffff ? 1 : this.generation + 1;
    if (this.generation === 1) this.answeredIn.fill(0);
    gramBits(text, this.bits);
  }

  /** Whether set s has a literal all of whose grams are in the text (answered once per scan). */
  private holds(s: number): boolean {
    if (this.answeredIn[s] === this.generation) return this.answer[s] === 1;
    const { bits, grams, gramFrom } = this;
    let ok = false;
    const last = this.litFrom[s + 1] as number;
    for (let l = this.litFrom[s] as number; l < last && !ok; l++) {
      const end = gramFrom[l + 1] as number;
      let i = gramFrom[l] as number;
      while (i < end) {
        const g = grams[i] as number;
        if (((bits[g >>> 5] as number) & (1 << (g & 31))) === 0) break;
        i++;
      }
      ok = i === end;
    }
    this.answeredIn[s] = this.generation;
    this.answer[s] = ok ? 1 : 0;
    return ok;
  }

  /** Whether regex k may match the text last scanned (false only when it cannot). */
  passes(k: number): boolean {
    if (k < 0 || k + 1 >= this.setsFrom.length) return true;
    const end = this.setsFrom[k + 1] as number;
    for (let i = this.setsFrom[k] as number; i < end; i++)
      if (!this.holds(this.setOf[i] as number)) return false;
    return true;
  }

  /** How many regexes have a requirement, and how many distinct sets they share. */
  stats(): { gated: number; regexes: number; sets: number } {
    let gated = 0;
    for (let k = 0; k + 1 < this.setsFrom.length; k++)
      if ((this.setsFrom[k + 1] as number) > (this.setsFrom[k] as number)) gated++;
    return { gated, regexes: this.setsFrom.length - 1, sets: this.answer.length };
  }
}

/** Running totals: [a, a + b, a + b + c, …]. */
function prefixSums(counts: readonly number[]): number[] {
  let total = 0;
  return counts.map((n) => (total += n));
}
