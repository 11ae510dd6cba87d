const MEMO_BITS = 13;
const MEMO_SIZE = 1 << MEMO_BITS;
const MEMO_SHIFT = 32 - MEMO_BITS;

/**
 * Aho-Corasick over UTF-16 code units: finds every occurrence of every word in one pass.
 * Used to gate the rules (a rule's regexes run only when one of its trigger words is present)
 * and to scan the word lists. ASCII transitions are a dense table; others follow fail links,
 * remembered in a small cache.
 *
 *   const s = new WordScanner([['老赖', 1], ['骗子', 2]]);
 *   s.scan('你这个老赖', (v, start, end) => …)   // v === 1, start === 3, end === 5
 */
export class WordScanner<T> {
  private readonly rootNext = new Int32Array(65536);
  /** Non-ASCII code units that occur in some word; any other one sends the scan back to the root. */
  private readonly alphabet = new Uint8Array(65536);
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Outputs per state, including those reached through fail links: [value, length]. */
  private readonly out: ([T, number][] | undefined)[] = [undefined];
  /** ASCII transitions, one row per state and one column per ASCII class (asciiClass). */
  private ascii = new Int32Array(0);
  /** Column of each ASCII code unit: 0 for one no word contains (it always leads to the root). */
  private readonly asciiClass = new Int32Array(128);
  private width = 1;
  /** Non-ASCII edges in an open-addressing table: key state·65536 + code unit → next state. */
  private edgeKeys = new Float64Array(0);
  private edgeValues = new Int32Array(0);
  private edgeMask = 0;
  private maxLength = 1;
  private ring = new Int32Array(1);
  /** Outputs flattened: state s's are outValue/outLength[outFrom[s] … outFrom[s + 1]), in `out`'s order. */
  private outFrom = new Int32Array(1);
  private outValue: T[] = [];
  private outLength = new Int32Array(0);

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) this.add(word, value);
    this.build();
  }

  private add(word: string, value: T): void {
    if (word.length === 0) return;
    this.maxLength = Math.max(this.maxLength, word.length);
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      this.alphabet[c] = 1;
      const map = this.next[s] as Map<number, number>;
      let t = map.get(c);
      if (t === undefined) {
        t = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push(undefined);
        map.set(c, t);
        if (s === 0) this.rootNext[c] = t;
      }
      s = t;
    }
    const list = this.out[s] ?? [];
    list.push([value, word.length]);
    this.out[s] = list;
  }

  private build(): void {
    const order: number[] = [];
    for (const t of (this.next[0] as Map<number, number>).values()) order.push(t);
    for (let head = 0; head < order.length; head++) {
      const s = order[head] as number;
      for (const [c, t] of this.next[s] as Map<number, number>) {
        order.push(t);
        let f = this.fail[s] ?? 0;
        while (f !== 0 && !(this.next[f] as Map<number, number>).has(c)) f = this.fail[f] ?? 0;
        const ft =
          f === 0 ? (this.rootNext[c] as number) : ((this.next[f] as Map<number, number>).get(c) ?? 0);
        this.fail[t] = ft === t ? 0 : ft;
        const inherited = this.out[this.fail[t] ?? 0];
        if (inherited) this.out[t] = [...(this.out[t] ?? []), ...inherited];
      }
    }
    // Dense ASCII goto table, filled in breadth-first order so a state's fail state is done first.
    // Columns only for the ASCII characters some word uses: a row per state stays small enough
    // for an automaton of thousands of words to stay in cache.
    const used: number[] = [];
    for (let c = 0; c < 128; c++) if (this.alphabet[c] === 1) this.asciiClass[c] = used.push(c);
    const w = used.length + 1;
    const ascii = new Int32Array(this.next.length * w);
    for (const c of used) ascii[this.asciiClass[c] as number] = this.rootNext[c] as number;
    for (const s of order) {
      const map = this.next[s] as Map<number, number>;
      const f = (this.fail[s] ?? 0) * w;
      for (const c of used) {
        const k = this.asciiClass[c] as number;
        ascii[s * w + k] = map.get(c) ?? (ascii[f + k] as number);
      }
    }
    this.ascii = ascii;
    this.width = w;
    this.ring = new Int32Array(this.maxLength);
    this.buildEdges();
    this.flattenOutputs();
  }

  private flattenOutputs(): void {
    const from = new Int32Array(this.out.length + 1);
    const values: T[] = [];
    const lengths: number[] = [];
    this.out.forEach((list, s) => {
      for (const [value, length] of list ?? []) {
        values.push(value);
        lengths.push(length);
      }
      from[s + 1] = values.length;
    });
    [this.outFrom, this.outValue, this.outLength] = [from, values, Int32Array.from(lengths)];
  }

  private buildEdges(): void {
    let count = 0;
    for (const map of this.next) for (const c of map.keys()) if (c >= 128) count++;
    let size = 16;
    while (size < count * 2) size *= 2;
    // Float64: state·65536 + code unit passes 2^31 once an automaton has 32,768 states.
    const keys = new Float64Array(size).fill(-1);
    const values = new Int32Array(size);
    const mask = size - 1;
    this.next.forEach((map, s) => {
      for (const [c, t] of map) {
        if (c < 128) continue;
        const key = s * 65536 + c;
        let h = Math.imul(key, 0x9e3779b1) >>> 0;
        while (keys[h & mask] !== -1) h++;
        keys[h & mask] = key;
        values[h & mask] = t;
      }
    });
    [this.edgeKeys, this.edgeValues, this.edgeMask] = [keys, values, mask];
  }

  /** The child of s on a non-ASCII code unit, or -1. */
  private child(s: number, c: number): number {
    const key = s * 65536 + c;
    const keys = this.edgeKeys;
    const mask = this.edgeMask;
    for (let h = Math.imul(key, 0x9e3779b1) >>> 0; ; h++) {
      const k = keys[h & mask] as number;
      if (k === key) return this.edgeValues[h & mask] as number;
      if (k === -1) return -1;
    }
  }

  /**
   * Non-ASCII transitions already followed, in a direct-mapped cache (state and code unit →
   * state): a common character in a common state costs one probe, not a walk of fail links.
   */
  private readonly memoState = new Int32Array(MEMO_SIZE).fill(-1);
  private readonly memoCode = new Int32Array(MEMO_SIZE);
  private readonly memoNext = new Int32Array(MEMO_SIZE);

  /** The state after reading c in state s. */
  private slow(s: number, c: number): number {
    if (this.alphabet[c] === 0) return 0;
    if (s === 0) return this.rootNext[c] as number;
    const h = (Math.imul(s, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> MEMO_SHIFT;
    if (this.memoState[h] === s && this.memoCode[h] === c) return this.memoNext[h] as number;
    let q = s;
    let t: number;
    for (;;) {
      if (q === 0) {
        t = this.rootNext[c] as number;
        break;
      }
      t = this.child(q, c);
      if (t >= 0) break;
      q = this.fail[q] ?? 0;
    }
    this.memoState[h] = s;
    this.memoCode[h] = c;
    this.memoNext[h] = t;
    return t;
  }

  /** Calls onHit(value, start, end) for every occurrence, in order of end offset. */
  scan(text: string, onHit: (value: T, start: number, end: number) => void): void {
    const ascii = this.ascii;
    const cls = this.asciiClass;
    const w = this.width;
    const from = this.outFrom;
    const values = this.outValue;
    const lengths = this.outLength;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = c < 128 ? (ascii[s * w + (cls[c] as number)] as number) : this.slow(s, c);
      const end = from[s + 1] as number;
      for (let o = from[s] as number; o < end; o++)
        onHit(values[o] as T, i + 1 - (lengths[o] as number), i + 1);
    }
  }

  /**
   * Like scan, but reads only letters a–z and Chinese characters, so words split by spaces,
   * punctuation, digits or emoji still match ("老，赖", "dead-beat"). Offsets are of the first
   * and last characters read.
   */
  scanLetters(text: string, onHit: (value: T, start: number, end: number) => void): void {
    const ascii = this.ascii;
    const cls = this.asciiClass;
    const w = this.width;
    const from = this.outFrom;
    const values = this.outValue;
    const lengths = this.outLength;
    const size = this.maxLength;
    const ring = this.ring;
    let s = 0;
    let k = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c < 0x61 || c > 0x7a) continue;
        s = ascii[s * w + (cls[c] as number)] as number;
      } else {
        if (c < 0x3400 || (c > 0x9fff && (c < 0xd800 || c > 0xdfff))) continue;
        s = this.slow(s, c);
      }
      ring[k] = i;
      k = k + 1 === size ? 0 : k + 1;
      const end = from[s + 1] as number;
      for (let o = from[s] as number; o < end; o++)
        onHit(values[o] as T, ring[(k - (lengths[o] as number) + size) % size] as number, i + 1);
    }
  }
}
