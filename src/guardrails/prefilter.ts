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
  /** For each distinct set, its literals' grams. */
  private readonly sets: Int32Array[][];
  /** For each regex, its sets (all must hold). */
  private readonly setsOfRegex: Int32Array[];
  private readonly bits = new Uint32Array(BITS >>> 5);
  /** Per set: the generation its answer was computed in, and the answer. */
  private readonly answeredIn: Int32Array;
  private readonly answer: Uint8Array;
  private generation = 0;

  constructor(regexes: readonly RegExp[], requirements?: readonly Requirement[]) {
    const setIds = new Map<string, number>();
    const sets: Int32Array[][] = [];
    this.setsOfRegex = regexes.map((re, k) => {
      const req = requirements?.[k] ?? requiredLiterals(re);
      return Int32Array.from(
        req.map((set) => {
          const key = [...set].sort().join('\u0000');
          let id = setIds.get(key);
          if (id === undefined) {
            id = sets.push(set.map(gramsOf)) - 1;
            setIds.set(key, id);
          }
          return id;
        }),
      );
    });
    this.sets = sets;
    this.answeredIn = new Int32Array(sets.length);
    this.answer = new Uint8Array(sets.length);
  }

  /** Reads a text: afterwards `passes` answers for it. */
  scan(text: string): void {
    this.generation = this.generation === 0x7fffffff ? 1 : this.generation + 1;
    if (this.generation === 1) this.answeredIn.fill(0);
    const bits = this.bits;
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
  }

  private has(grams: Int32Array): boolean {
    const bits = this.bits;
    for (let i = 0; i < grams.length; i++) {
      const g = grams[i] as number;
      if (((bits[g >>> 5] as number) & (1 << (g & 31))) === 0) return false;
    }
    return true;
  }

  private holds(id: number): boolean {
    if (this.answeredIn[id] === this.generation) return this.answer[id] === 1;
    const literals = this.sets[id] as Int32Array[];
    let ok = false;
    for (let i = 0; i < literals.length && !ok; i++) ok = this.has(literals[i] as Int32Array);
    this.answeredIn[id] = this.generation;
    this.answer[id] = ok ? 1 : 0;
    return ok;
  }

  /** Whether regex k may match the text last scanned (false only when it cannot). */
  passes(k: number): boolean {
    const sets = this.setsOfRegex[k];
    if (sets === undefined) return true;
    for (let i = 0; i < sets.length; i++) if (!this.holds(sets[i] as number)) return false;
    return true;
  }

  /** How many regexes have a requirement, and how many distinct sets they share. */
  stats(): { gated: number; regexes: number; sets: number } {
    return {
      gated: this.setsOfRegex.filter((s) => s.length > 0).length,
      regexes: this.setsOfRegex.length,
      sets: this.sets.length,
    };
  }
}
