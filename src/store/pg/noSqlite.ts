import type { Db } from '../db.js';

/** What `noSqliteOnPostgres` throws: a caller reached for the SQLite file on the PostgreSQL backend. */
export class SqliteOnPostgresError extends Error {
  readonly code = 'sqlite_on_postgres';
  constructor(member: string) {
    super(
      `sqlite_on_postgres: something read App.db.${member} while DATABASE_URL selects PostgreSQL; on PostgreSQL every store comes from the backend (src/bot/postgresBackend.ts), so give that caller the backend's store instead of its SQLite default.`,
    );
    this.name = 'SqliteOnPostgresError';
  }
}

/**
 * The `db` of the PostgreSQL backend (issue 19): no SQLite file is opened or created under
 * DATA_DIR. Every caller on PostgreSQL is given the backend's stores; a default that would still
 * build a SQLite store on `App.db` fails loudly at its first use (SqliteOnPostgresError) instead of
 * keeping data in a local file that other instances never see. `open` reads false, so code that
 * closes an open database leaves it alone.
 */
export function noSqliteOnPostgres(): Db {
  const target = {};
  return new Proxy(target, {
    get(_, member) {
      if (member === 'open') return false;
      if (member === 'name') return '(none: PostgreSQL)';
      if (member === 'then' || typeof member === 'symbol') return undefined;
      throw new SqliteOnPostgresError(String(member));
    },
  }) as unknown as Db;
}
