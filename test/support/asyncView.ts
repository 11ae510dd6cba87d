import type { AsyncOf } from '../../src/store/pg/asyncOf.js';

/**
 * A synchronous store seen through its asynchronous shape, so one contract suite runs against the
 * SQLite store and the PostgreSQL store alike (also correct once the SQLite store is async).
 */
export function asyncView<T extends object>(store: T): AsyncOf<T> {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        Promise.resolve().then(() => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  }) as unknown as AsyncOf<T>;
}
