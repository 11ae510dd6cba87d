import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The one AsyncLocalStorage of the PostgreSQL path (issue 19, pg13). The request's planned reads,
 * the turn's claim, its session and its memory of reads each had their own; on Node 20 every
 * AsyncLocalStorage that was ever entered adds its own step to every promise the process creates
 * (an init hook copies each store to the new promise), four per promise. Now each is a slot of
 * one scope: a frame of slots, copied only when a slot is entered.
 */
const scope = new AsyncLocalStorage<Readonly<Record<symbol, unknown>>>();

/**
 * One value carried through the async calls of a request or a turn, as an AsyncLocalStorage
 * would carry it: `run` makes it the value inside `fn` (and what `fn` starts), `get` reads it.
 *
 *   const slot = new ScopeSlot<Claim>('claim');
 *   await slot.run(claim, async () => { slot.get(); });
 */
export class ScopeSlot<T> {
  private readonly key: symbol;

  constructor(name: string) {
    this.key = Symbol(name);
  }

  get(): T | undefined {
    return scope.getStore()?.[this.key] as T | undefined;
  }

  run<R>(value: T, fn: () => R): R {
    return scope.run({ ...scope.getStore(), [this.key]: value }, fn);
  }
}
