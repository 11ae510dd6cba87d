/**
 * `npm run pg:migrate` / `npm run pg:status`: applies the PostgreSQL migrations to DATABASE_URL,
 * or says where its schema stands. Safe to run from several machines at once (advisory lock).
 * Exit codes: 0 done, 1 the database is unreachable or a migration failed, 2 DATABASE_URL is
 * missing or malformed.
 */
import { configSchema } from '../../config/config.js';
import { migratePg, schemaVersion } from './migrate.js';
import { createPgPool, describePgError, maskDatabaseUrl } from './pool.js';

async function run(command: string | undefined): Promise<number> {
  const parsed = configSchema.shape.DATABASE_URL.safeParse(process.env.DATABASE_URL);
  if (!parsed.success || !parsed.data) {
    const why = parsed.success ? 'is not set' : (parsed.error.issues[0]?.message ?? 'is invalid');
    process.stderr.write(`DATABASE_URL: ${why} (postgresql://user:password@host:5432/database)\n`);
    return 2;
  }
  if (command !== 'migrate' && command !== 'status') {
    process.stderr.write('usage: npm run pg:migrate | npm run pg:status (with DATABASE_URL set)\n');
    return 2;
  }
  const url = parsed.data;
  const pool = createPgPool({ url, max: 1, applicationName: 'collections-assistant-migrate' });
  try {
    if (command === 'status') {
      process.stdout.write(
        `${maskDatabaseUrl(url)}: schema ${(await schemaVersion(pool)) ?? 'not migrated'}\n`,
      );
      return 0;
    }
    const outcome = await migratePg(pool);
    const what = outcome.applied.length > 0 ? `applied ${outcome.applied.join(', ')}` : 'already up to date';
    process.stdout.write(`${maskDatabaseUrl(url)}: ${what}; schema ${outcome.version ?? 'empty'}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(
      `DATABASE_URL ${maskDatabaseUrl(url)}: ${command} failed: ${describePgError(err)}\n`,
    );
    return 1;
  } finally {
    await pool.end().catch(() => undefined);
  }
}

run(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`pg: ${describePgError(err)}\n`);
    process.exit(1);
  },
);
