/**
 * The asynchronous shape of a store interface: the same methods with the same parameters, each
 * result wrapped in a Promise. The service's SQLite stores are being moved to this shape (issue
 * 19); the PostgreSQL stores are written against it, so that when an interface itself becomes
 * asynchronous, `AsyncOf<X>` and `X` are the same type and the PostgreSQL class needs no change.
 *
 *   class PgAccountStore implements AsyncOf<AccountStore> { async get(id: string) { ... } }
 */
export type AsyncOf<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K];
};
