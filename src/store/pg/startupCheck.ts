import { schemaVersion } from './migrate.js';
import { assertPostgresUrl, createPgPool, describePgError, maskDatabaseUrl } from './pool.js';

export type DatabaseCheck =
  | { status: 'malformed'; reason: string }
  | { status: 'unreachable'; reason: string }
  | { status: 'reachable'; serverVersion: string; schema: string | undefined };

/**
 * Connects once to DATABASE_URL (5 s at most), reads the server version and the schema version,
 * and disconnects. Never throws; never returns the password.
 */
export async function checkDatabase(url: string, timeoutMs = 5000): Promise<DatabaseCheck> {
  try {
    assertPostgresUrl(url);
  } catch (err) {
    return { status: 'malformed', reason: (err as Error).message };
  }
  const pool = createPgPool({
    url,
    max: 1,
    connectTimeoutMs: timeoutMs,
    statementTimeoutMs: timeoutMs,
    applicationName: 'collections-assistant-startup-check',
  });
  try {
    const version = await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return {
      status: 'reachable',
      serverVersion: version.rows[0]?.v.split(' ')[0] ?? '?',
      schema: await schemaVersion(pool),
    };
  } catch (err) {
    return { status: 'unreachable', reason: describePgError(err) };
  } finally {
    await pool.end().catch(() => undefined);
  }
}

/**
 * What the service does with DATABASE_URL today: one line and an exit code. The whole service
 * still keeps its state in SQLite, so a reachable PostgreSQL is refused too: two instances started
 * with it would each write their own SQLite and silently disagree.
 */
export function databaseUrlVerdict(url: string, check: DatabaseCheck): { line: string; exitCode: number } {
  const where = maskDatabaseUrl(url);
  switch (check.status) {
    case 'malformed':
      return { line: `DATABASE_URL: ${check.reason}`, exitCode: 2 };
    case 'unreachable':
      return {
        line: `DATABASE_URL: cannot reach PostgreSQL at ${where} (${check.reason}); check that the server is up, the host, port, user, password and database name, then start again.`,
        exitCode: 1,
      };
    case 'reachable':
      return {
        line: `DATABASE_URL: PostgreSQL ${check.serverVersion} at ${where} is reachable (schema ${check.schema ?? 'not migrated'}), but this version keeps all of its state in SQLite under DATA_DIR and nothing would be shared between instances; unset DATABASE_URL to run one instance on SQLite (README "PostgreSQL" says what exists).`,
        exitCode: 2,
      };
  }
}
