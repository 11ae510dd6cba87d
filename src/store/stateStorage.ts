/**
 * Conversation and user state (what botbuilder's `Storage` keeps), as a small async contract
 * every backend meets: `SqliteStorage` (src/bot/sqliteStorage.ts) and `PgStateStorage`
 * (src/store/pg/stateStorage.ts). The shapes match botbuilder's `Storage` and `StoreItems`, so an
 * implementation is a botbuilder `Storage` without this layer importing botbuilder.
 *
 * Optimistic concurrency: a write whose `eTag` is neither absent, nor "*", nor the stored one is
 * refused with an error whose `code` is 'ETAG_CONFLICT', and nothing of that write is kept (a write
 * of several keys is all or nothing). A write to a key that does not exist always succeeds.
 */
export interface StateItem {
  eTag?: string;
  [field: string]: unknown;
}

export type StateItems = Record<string, StateItem>;

export interface StateStorage {
  /** The items that exist, each with its current eTag; missing keys are left out. */
  read(keys: string[]): Promise<StateItems>;
  write(changes: StateItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}
