/**
 * Errors every store backend raises the same way, so callers (a turn, /healthz, a dispatcher)
 * need not know whether SQLite or PostgreSQL is underneath.
 */

/**
 * The database cannot be reached or dropped the connection (server down, restarted, network cut,
 * connection terminated by an administrator, pool exhausted). The operation did not happen or was
 * rolled back; it may be retried once the database answers again.
 */
export class StoreUnavailableError extends Error {
  readonly code = 'store_unavailable';
  constructor(
    readonly operation: string,
    readonly reason: string,
  ) {
    super(
      `store_unavailable: ${operation} failed because the database is unreachable (${reason}); nothing was written; retry when it answers again (check DATABASE_URL and the server).`,
    );
    this.name = 'StoreUnavailableError';
  }
}

/** A write carried an eTag that is no longer the stored one (optimistic concurrency). */
export class StateConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';
  constructor(readonly key: string) {
    super(
      `Storage: eTag conflict for key "${key}": the item changed since it was read; read it again and retry.`,
    );
    this.name = 'StateConflictError';
  }
}

/** An eTag conflict from any backend (SQLite or PostgreSQL state storage). */
export function isStateConflict(err: unknown): boolean {
  return (
    err instanceof StateConflictError ||
    (typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ETAG_CONFLICT')
  );
}

export function isStoreUnavailable(err: unknown): err is StoreUnavailableError {
  return err instanceof StoreUnavailableError;
}
