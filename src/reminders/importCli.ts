import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config/config.js';
import type { CliIo } from '../core/cliIo.js';
import { systemClock, type Clock } from '../core/clock.js';
import { accountStoreFor } from '../store/accountStoreFor.js';
import { importAccounts } from './overdueFile.js';

/**
 * `npm run --silent import -- <file.csv> [--json]` loads the bank's daily overdue file into the
 * database under DATA_DIR (the same one the running service uses).
 *
 * Exit codes: 0 every row loaded; 1 some rows were bad and were not loaded, every good row was;
 * 2 nothing loaded (the file is unreadable, its header is wrong, or the database refused the
 * batch); 64 usage.
 */
export const IMPORT_USAGE = 'usage: npm run --silent import -- <file.csv> [--json]';

export type { CliIo } from '../core/cliIo.js';

const stdio: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function runImport(
  argv: string[],
  io: CliIo = stdio,
  clock: Clock = systemClock,
): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const file = files[0];
  if (files.length !== 1 || file === undefined || file.startsWith('-')) {
    io.err(IMPORT_USAGE);
    return 64;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    io.err(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return 2;
  }
  const config = loadConfig();
  const { store, close } = accountStoreFor(config);
  try {
    const result = await importAccounts(text, store, clock.now());
    if (json) io.out(JSON.stringify(result));
    for (const b of result.bad) io.err(`line ${b.line}: ${b.errors.join('; ')}`);
    if (!result.ok) {
      io.err(`${file}: ${result.error}`);
      return 2;
    }
    if (!json) {
      const paid = result.paid > 0 ? ` (${result.paid} paid off: no more reminders)` : '';
      const bad = result.bad.length > 0 ? `; ${result.bad.length} bad rows not loaded (listed above)` : '';
      io.out(`${file}: ${result.loaded} accounts loaded${paid}${bad}`);
    }
    return result.bad.length > 0 ? 1 : 0;
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exitCode = await runImport(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
