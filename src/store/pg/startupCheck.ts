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
 * The line and exit code for a DATABASE_URL the service cannot use (malformed: 2, unreachable: 1),
 * or undefined when the server answers (whether the service can run on it is the backend's call).
 */
export function databaseUrlRefusal(
  url: string,
  check: DatabaseCheck,
): { line: string; exitCode: number } | undefined {
  switch (check.status) {
    case 'malformed':
      return { line: `DATABASE_URL: ${check.reason}`, exitCode: 2 };
    case 'unreachable':
      return {
        line: `DATABASE_URL: cannot reach PostgreSQL at ${maskDatabaseUrl(url)} (${check.reason}); check that the server is up, the host, port, user, password and database name, then start again.`,
        exitCode: 1,
      };
    case 'reachable':
      return undefined;
  }
}
