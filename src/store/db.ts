import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Db = Database.Database;
export type Statement = Database.Statement;

const statementCaches = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per database and SQL text (preparing costs more than most
 * of our queries). Do not change a cached statement's mode (raw, pluck, expand).
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = statementCaches.get(db);
  if (!cache) {
    cache = new Map();
    statementCaches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens (creating when needed) the SQLite database under `dataDir`, in WAL mode, and applies
 * every pending migration from `store/migrations/NNN_name.sql` in order, each in one transaction.
 * Several processes (the service and the command line) may open the same file.
 *
 *   const db = openDatabase('./data');
 */
export function openDatabase(dataDir: string, fileName = 'collections.db'): Db {
  // Private from the start: the directory 0700, the file 0600 (SQLite gives its WAL and SHM
  // files the database file's mode).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, fileName);
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** An in-memory database with the full schema, for unit tests. */
export function openMemoryDatabase(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

export function migrate(db: Db, dir = MIGRATIONS_DIR): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    db
      .prepare('SELECT id FROM schema_migrations')
      .all()
      .map((r) => (r as { id: string }).id),
  );
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort();
  const done: string[] = [];
  for (const file of files) {
    const id = file.replace(/\.sql$/, '');
    if (applied.has(id)) continue;
    const sql = readFileSync(path.join(dir, file), 'utf8');
    db.transaction(() => {
      // Another process may have applied it between our read and this transaction.
      const again = db.prepare('SELECT 1 FROM schema_migrations WHERE id = ?').get(id);
      if (again) return;
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(
        id,
        new Date().toISOString(),
      );
      done.push(id);
    }).immediate();
  }
  return done;
}
