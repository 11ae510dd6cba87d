/**
 * Reads that follow one another in a turn, asked in one round trip (issue 19, tail19). A turn's
 * first read that its memory cannot answer (or the first after one of its writes) heads a chain;
 * the plain reads the turn asks after it, until its next write, are the chain's followers when
 * every parameter of theirs is one of the head's (the account the identity check just verified:
 * the open dispute, the plan, the account, its payments and its promises, asked one after the other
 * by the dialogs). Each instance remembers, by the head's statement, what followed it last time;
 * the next time that statement heads a chain, the followers go with it in one pipeline (the same
 * statements, each its own snapshot, in order) and answer the turn's memory (`PgTurnReads`), which
 * any write of the turn forgets as before. Nothing is asked that the store would not ask: a
 * follower the turn no longer reads is not asked the time after.
 */
import type { Step } from './pipeline.js';

/** A follower: its statement and, for each of its parameters, which of the head's it is. */
interface Follower {
  readonly text: string;
  readonly from: readonly number[];
}

/** Followers asked with one head at most, longest statement, and head statements remembered. */
export const MAX_FOLLOWERS = 8;
const MAX_FOLLOWER_CHARS = 2_000;
const MAX_HEADS = 256;

/** What followed each head statement the last time it headed a chain, on this instance. */
const learned = new Map<string, readonly Follower[]>();

/** Forgets every chain (tests). */
export function forgetChains(): void {
  learned.clear();
}

/** Which of the head's values each of `values` is (=== on strings and numbers), or undefined. */
function mapping(head: readonly unknown[], values: readonly unknown[]): number[] | undefined {
  const from: number[] = [];
  for (const value of values) {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const i = head.indexOf(value);
    if (i < 0) return undefined;
    from.push(i);
  }
  return from.length > 0 ? from : undefined;
}

/** One turn's chain under way: its head and what followed it so far. */
export class ReadChain {
  private head: { pool: object; text: string; values: readonly unknown[] } | undefined;
  private followers: Follower[] = [];
  private seen = new Set<string>();
  /** Keys of answers this chain's pipeline brought (their use counts as following the head). */
  private readonly brought = new Set<string>();

  /** Whether the next miss heads a chain (none under way). */
  get armed(): boolean {
    return this.head === undefined;
  }

  /** A miss while armed heads the chain; the followers to ask with it (mapped to its values). */
  start(pool: object, text: string, values: readonly unknown[]): Step[] {
    this.head = { pool, text, values };
    const known = learned.get(text) ?? [];
    return known.map((f) => ({ text: f.text, values: f.from.map((i) => values[i]) }));
  }

  /** Notes answers the pipeline brought for this chain, by their memory keys. */
  noteBrought(key: string): void {
    this.brought.add(key);
  }

  /** A read of the turn after the head: a miss, or a hit on what this chain brought, follows it. */
  follow(pool: object, text: string, values: readonly unknown[], key: string, missed: boolean): void {
    const head = this.head;
    if (!head || pool !== head.pool || text === head.text) return;
    if (!missed && !this.brought.has(key)) return;
    if (this.followers.length >= MAX_FOLLOWERS || text.length > MAX_FOLLOWER_CHARS) return;
    const from = mapping(head.values, values);
    if (!from) return;
    const id = `${text}\u0000${from.join(',')}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.followers.push({ text, from });
  }

  /** The chain ends (a write of the turn, or its end): what followed is remembered for its head. */
  finish(): void {
    const head = this.head;
    if (head) {
      learned.delete(head.text);
      if (this.followers.length > 0) learned.set(head.text, this.followers);
      if (learned.size > MAX_HEADS) {
        const oldest = learned.keys().next();
        if (!oldest.done) learned.delete(oldest.value);
      }
    }
    this.head = undefined;
    this.followers = [];
    this.seen = new Set();
    this.brought.clear();
  }
}
