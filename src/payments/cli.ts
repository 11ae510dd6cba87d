import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from '../config/config.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { CliIo } from '../core/cliIo.js';
import { openDatabase } from '../store/db.js';
import { SqlitePaymentStore, type PaymentStore } from '../store/payments.js';
import { createPgPool } from '../store/pg/pool.js';
import { PgPaymentStore } from '../store/pg/payments.js';
import { applyPaymentsFile } from './paymentsFile.js';

/**
 * `npm run --silent payments -- import <payments.csv> [--json]` applies the bank's payments file
 * to the database under DATA_DIR, all or nothing.
 *
 * Exit codes: 0 applied (new payments, or only replays); 1 bad lines, nothing applied (each
 * listed as `line N: field: reason` on stderr); 2 the file is unreadable or its header is wrong;
 * 64 usage.
 */
export const PAYMENTS_USAGE = 'usage: npm run --silent payments -- import <payments.csv> [--json]';

const stdio: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function runPaymentsCli(
  argv: string[],
  io: CliIo = stdio,
  clock: Clock = systemClock,
): Promise<number> {
  const json = argv.includes('--json');
  const [command, file, ...extra] = argv.filter((a) => a !== '--json');
  if (command !== 'import' || file === undefined || file.startsWith('-') || extra.length > 0) {
    io.err(PAYMENTS_USAGE);
    return 64;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    io.err(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return 2;
  }
  const { store, close } = paymentStoreFor(loadConfig());
  try {
    const result = await applyPaymentsFile(text, store, clock.now());
    if (json) io.out(JSON.stringify(result));
    if (!result.ok) {
      for (const b of result.bad) io.err(`line ${b.line}: ${b.errors.join('; ')}`);
      io.err(`${file}: ${result.error}`);
      return result.bad.length > 0 ? 1 : 2;
    }
    if (!json) {
      const replays = result.replayed > 0 ? ` (${result.replayed} already received, left as they were)` : '';
      io.out(`${file}: ${result.applied} payments applied${replays}`);
    }
    return 0;
  } finally {
    await close();
  }
}

/** Where the service keeps payments: PostgreSQL with DATABASE_URL (issue 19; `npm run pg:migrate` first), else SQLite. */
function paymentStoreFor(config: Config): { store: PaymentStore; close: () => Promise<void> } {
  if (config.DATABASE_URL) {
    const pool = createPgPool({ url: config.DATABASE_URL, max: 2 });
    return { store: new PgPaymentStore(pool), close: () => pool.end() };
  }
  const db = openDatabase(config.dataDir);
  return {
    store: new SqlitePaymentStore(db),
    close: async () => {
      db.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exitCode = await runPaymentsCli(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
