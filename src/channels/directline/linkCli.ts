import { ConfigError, loadConfig } from '../../config/config.js';
import { systemClock } from '../../core/clock.js';
import type { Config } from '../../config/config.js';
import { accountStoreFor } from '../../store/accountStoreFor.js';
import { ANY_CHANNEL } from '../../store/accounts.js';
import { createPgPool, describePgError } from '../../store/pg/pool.js';
import { LINK_SECRET_NAME, sharedSecret } from '../../store/pg/sharedSecrets.js';
import { chatLink } from './linkToken.js';

/**
 * `npm run --silent link -- <channel user id>` prints a chat URL with a fresh link token for
 * that user, signed with the same secret as the service (LINK_SECRET, or the one generated in
 * DATA_DIR, or with DATABASE_URL the database's). Exit codes: 0 printed, 1 database secret not
 * readable, 2 bad usage or config.
 */
async function main(argv: string[]): Promise<number> {
  const userId = argv[0]?.trim();
  if (!userId || argv.length > 1 || userId.startsWith('-')) {
    process.stderr.write('usage: npm run --silent link -- <channel user id>   (e.g. demo-zh)\n');
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  await warnWhenUnknown(config, userId);
  const secret = await databaseSecret(config);
  if (secret === undefined) return 1;
  process.stdout.write(`${chatLink(userId, systemClock, { ...config, linkSecret: secret })}\n`);
  return 0;
}

/** The service's link secret: the config's, or on PostgreSQL without LINK_SECRET the database's (scalesec22). */
async function databaseSecret(config: Config): Promise<string | undefined> {
  if (config.linkSecretFrom !== 'database' || !config.DATABASE_URL) return config.linkSecret;
  const pool = createPgPool({ url: config.DATABASE_URL, max: 1 });
  try {
    return await sharedSecret(pool, LINK_SECRET_NAME);
  } catch (err) {
    process.stderr.write(
      `DATABASE_URL: the link secret could not be read (${describePgError(err)}); run npm run pg:migrate, or set LINK_SECRET\n`,
    );
    return undefined;
  } finally {
    await pool.end();
  }
}

/** A link for a user with no account still works, but the bot will not know who they are. */
async function warnWhenUnknown(config: Config, userId: string): Promise<void> {
  try {
    const { store: accounts, close } = accountStoreFor(config);
    try {
      if ((await accounts.list()).length > 0 && !(await accounts.findByChannelUser(userId, ANY_CHANNEL))) {
        process.stderr.write(`note: no account is bound to channel user "${userId}" yet\n`);
      }
    } finally {
      await close();
    }
  } catch {
    // The link does not need the database; a missing, locked or unreachable one is not an error here.
  }
}

process.exitCode = await main(process.argv.slice(2));
