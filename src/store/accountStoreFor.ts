import type { Config } from '../config/config.js';
import { SqliteAccountStore, type AccountStore } from './accounts.js';
import { openDatabase } from './db.js';
import { PgAccountStore } from './pg/accounts.js';
import { createPgPool } from './pg/pool.js';

/**
 * The accounts the service keeps, for a command line: PostgreSQL with DATABASE_URL (issue 19;
 * `npm run pg:migrate` first), else SQLite under DATA_DIR. Close it when done.
 */
export function accountStoreFor(config: Pick<Config, 'DATABASE_URL' | 'dataDir'>): {
  store: AccountStore;
  close: () => Promise<void>;
} {
  if (config.DATABASE_URL) {
    const pool = createPgPool({ url: config.DATABASE_URL, max: 2 });
    return { store: new PgAccountStore(pool), close: () => pool.end() };
  }
  const db = openDatabase(config.dataDir);
  return {
    store: new SqliteAccountStore(db),
    close: async () => {
      db.close();
    },
  };
}
