/**
 * Aho-Corasick over UTF-16 code units: finds every occurrence of every word in one pass.
 * Used to gate the rules (a rule's regexes run only when one of its trigger words is present)
 * and to scan the word lists on the compact view.
 *
 *   const s = new WordScanner([['老赖', 1], ['骗子', 2]]);
 *   s.scan('你这个老赖', (v, start, end) => …)   // v === 1, start === 3, end === 5
 */
export class WordScanner<T> {
  /** Root transitions, dense: the hot path (most characters start no word). */
  private readonly rootNext = new Int32Array(65536);
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Outputs per state, including those reached through fail links: [value, length]. */
  private readonly out: ([T, number][] | undefined)[] = [undefined];

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) this.add(word, value);
    this.build();
  }

  private add(word: string, value: T): void {
    if (word.length === 0) return;
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
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
    const queue: number[] = [];
    for (const t of (this.next[0] as Map<number, number>).values()) queue.push(t);
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head] as number;
      for (const [c, t] of this.next[s] as Map<number, number>) {
        queue.push(t);
        let f = this.fail[s] as number;
        while (f !== 0 && !(this.next[f] as Map<number, number>).has(c)) f = this.fail[f] as number;
        const ft = f === 0 ? (this.rootNext[c] as number) : ((this.next[f] as Map<number, number>).get(c) ?? 0);
        this.fail[t] = ft === t ? 0 : ft;
        const inherited = this.out[this.fail[t] ?? 0];
        if (inherited) this.out[t] = [...(this.out[t] ?? []), ...inherited];
      }
    }
  }

  /** Calls onHit(value, start, end) for every occurrence, in order of end offset. */
  scan(text: string, onHit: (value: T, start: number, end: number) => void): void {
    const rootNext = this.rootNext;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (s === 0) {
          s = rootNext[c] as number;
          break;
        }
        const t = (this.next[s] as Map<number, number>).get(c);
        if (t !== undefined) {
          s = t;
          break;
        }
        s = this.fail[s] as number;
      }
      const o = this.out[s];
      if (o !== undefined) for (const [value, len] of o) onHit(value, i + 1 - len, i + 1);
    }
  }
}
