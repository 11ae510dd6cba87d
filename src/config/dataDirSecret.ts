import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shortSecretReason } from './secretLength.js';

/**
 * A secret generated once into DATA_DIR, so the service and the command line agree. It is written
 * whole to a file of this process's own and then linked under its name, which fails when another
 * process got there first: a reader never sees a half-written secret, and the first one stays.
 */
export function readOrCreateSecret(dataDir: string, name: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, name);
  const existing = readIfPresent(file);
  if (existing !== undefined) return checked(file, existing);
  const secret = randomBytes(32).toString('hex');
  const mine = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(mine, secret, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(mine, file);
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return checked(file, readFileSync(file, 'utf8').trim());
  } finally {
    unlinkSync(mine);
  }
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function checked(file: string, value: string): string {
  const reason = shortSecretReason(value);
  if (reason)
    throw new Error(
      `${file}: the secret there ${reason}; delete the file to have one generated, or set LINK_SECRET`,
    );
  return value;
}
