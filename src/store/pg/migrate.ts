import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PgPool, withTransaction } from './pool.js';

export const PG_MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Every instance takes this transaction-scoped advisory lock before looking at the schema. */
export const MIGRATION_LOCK_KEY = 719_019_001;

interface MigrationFile {
  id: string;
  sql: string;
  checksum: string;
}

export type MigrationOutcome = { status: 'migrated'; applied: string[]; version: string | undefined };

/** An applied migration whose file changed since: a schema nobody can reason about. */
export class MigrationChangedError extends Error {
  readonly code = 'MIGRATION_CHANGED';
  constructor(readonly id: string) {
    super(
      `PostgreSQL migration ${id} was applied from a different file than the one shipped now; never edit an applied migration, add a new NNN_*.sql instead.`,
    );
    this.name = 'MigrationChangedError';
  }
}

function readMigrations(dir: string): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(path.join(dir, file), 'utf8');
      return {
        id: file.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/**
 * Applies the pending `src/store/pg/migrations/NNN_name.sql` files in order, all in ONE
 * transaction holding an advisory lock: two instances starting at once queue on the lock, and the
 * second finds everything applied. A failing migration leaves the schema as it was.
 *
 *   const { applied } = await migratePg(pool);
 */
export async function migratePg(pool: PgPool, dir = PG_MIGRATIONS_DIR): Promise<MigrationOutcome> {
  const files = readMigrations(dir);
  return withTransaction(pool, 'migrate the PostgreSQL schema', async (client) => {
    // Migrations may take longer than a request's statement timeout.
    await client.query('SET LOCAL statement_timeout = 0');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const rows = await client.query<{ id: string; checksum: string }>(
      'SELECT id, checksum FROM schema_migrations',
    );
    const applied = new Map(rows.rows.map((r) => [r.id, r.checksum]));
    const done: string[] = [];
    for (const file of files) {
      const known = applied.get(file.id);
      if (known !== undefined) {
        if (known !== file.checksum) throw new MigrationChangedError(file.id);
        continue;
      }
      await client.query(file.sql);
      await client.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [
        file.id,
        file.checksum,
      ]);
      done.push(file.id);
    }
    return { status: 'migrated', applied: done, version: files.at(-1)?.id };
  });
}

/** The newest migration applied to the database, or undefined when none is. */
export async function schemaVersion(pool: PgPool): Promise<string | undefined> {
  const exists = await pool.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  if (!exists.rows[0]?.t) return undefined;
  const row = await pool.query<{ id: string }>('SELECT max(id) AS id FROM schema_migrations');
  return row.rows[0]?.id ?? undefined;
}
