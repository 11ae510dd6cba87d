import { readdirSync } from 'node:fs';
import { PG_MIGRATIONS_DIR } from '../../src/store/pg/migrate.js';

/** The PostgreSQL migrations shipped now, in order ('001_schema', ...), so tests follow new ones. */
export function shippedPgMigrations(): string[] {
  return readdirSync(PG_MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => f.replace(/\.sql$/, ''));
}

/** The newest shipped PostgreSQL migration. */
export const LATEST_PG_MIGRATION = shippedPgMigrations().at(-1) ?? '';
