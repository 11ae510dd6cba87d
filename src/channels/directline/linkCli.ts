import { ConfigError, loadConfig } from '../../config/config.js';
import { systemClock } from '../../core/clock.js';
import type { Config } from '../../config/config.js';
import { accountStoreFor } from '../../store/accountStoreFor.js';
import { ANY_CHANNEL } from '../../store/accounts.js';
import { chatLink } from './linkToken.js';

/**
 * `npm run --silent link -- <channel user id>` prints a chat URL with a fresh link token for
 * that user, signed with the same secret as the service (LINK_SECRET, or the one generated in
 * DATA_DIR). Exit codes: 0 printed, 2 bad usage or config.
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
  process.stdout.write(`${chatLink(userId, systemClock, config)}\n`);
  return 0;
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
