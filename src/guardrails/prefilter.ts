import { requiredLiterals, type Requirement } from './literals.js';
import { WordScanner } from './wordScanner.js';

/**
 * A prefilter for many regexes at once: one pass of an automaton over the text marks the
 * literals present, and a regex runs only when each of its required sets (literals.ts) has one.
 * A regex with no readable requirement always passes, so rules added later keep working.
 *
 *   const gate = new LiteralGate([/上门(?:催收|拜访)/g, /\bsue\b/g]);
 *   gate.scan('我们会上门催收');
 *   gate.passes(0) // true; gate.passes(1) // false: "sue" is absent
 */
export class LiteralGate {
  private readonly scanner: WordScanner<number>;
  /** For each literal, the distinct sets it belongs to. */
  private readonly setsOfLiteral: Int32Array[];
  /** For each regex, its sets (all must be seen). */
  private readonly setsOfRegex: Int32Array[];
  private readonly seen: Int32Array;
  private generation = 0;

  constructor(regexes: readonly RegExp[], requirements?: readonly Requirement[]) {
    const literalIds = new Map<string, number>();
    const setIds = new Map<string, number>();
    const members: number[][] = [];
    this.setsOfRegex = regexes.map((re, k) => {
      const req = requirements?.[k] ?? requiredLiterals(re);
      return Int32Array.from(
        req.map((set) => {
          const key = [...set].sort().join('\u0000');
          let id = setIds.get(key);
          if (id === undefined) {
            id = setIds.size;
            setIds.set(key, id);
            for (const lit of set) {
              let l = literalIds.get(lit);
              if (l === undefined) {
                l = literalIds.size;
                literalIds.set(lit, l);
                members.push([]);
              }
              (members[l] as number[]).push(id);
            }
          }
          return id;
        }),
      );
    });
    this.setsOfLiteral = members.map((m) => Int32Array.from(m));
    this.seen = new Int32Array(setIds.size);
    this.scanner = new WordScanner<number>(literalIds.entries());
  }

  /** Reads a text: afterwards `passes` answers for it. */
  scan(text: string): void {
    this.generation = this.generation === 0x7fffffff ? 1 : this.generation + 1;
    if (this.generation === 1) this.seen.fill(0);
    const gen = this.generation;
    const seen = this.seen;
    const setsOf = this.setsOfLiteral;
    this.scanner.scan(text, (literal) => {
      const sets = setsOf[literal] as Int32Array;
      for (let i = 0; i < sets.length; i++) seen[sets[i] as number] = gen;
    });
  }

  /** Whether regex k may match the text last scanned (false only when it cannot). */
  passes(k: number): boolean {
    const sets = this.setsOfRegex[k];
    if (sets === undefined) return true;
    const gen = this.generation;
    for (let i = 0; i < sets.length; i++) if (this.seen[sets[i] as number] !== gen) return false;
    return true;
  }

  /** How many regexes have a requirement, and how many distinct literals the automaton holds. */
  stats(): { gated: number; regexes: number; literals: number } {
    return {
      gated: this.setsOfRegex.filter((s) => s.length > 0).length,
      regexes: this.setsOfRegex.length,
      literals: this.setsOfLiteral.length,
    };
  }
}
