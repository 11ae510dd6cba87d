import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** The files under DATA_DIR that hold people's data or secrets. */
export const PRIVATE_FILES = [
  'collections.db',
  'collections.db-wal',
  'collections.db-shm',
  'link-secret',
];

/**
 * What is looser than it should be under `dataDir`: the directory should be 0700 and each
 * private file 0600 (no group or other access). One plain sentence per finding; empty when all
 * is well (or on a system without POSIX modes).
 *
 *   for (const warning of checkDataModes(config.dataDir)) logger.warn(warning);
 */
export function checkDataModes(dataDir: string): string[] {
  if (process.platform === 'win32' || !existsSync(dataDir)) return [];
  const findings: string[] = [];
  const loose = (file: string): number => statSync(file).mode & 0o077;
  if (loose(dataDir) !== 0)
    findings.push(`${dataDir} is readable by others (mode ${modeOf(dataDir)}); run chmod 700 on it`);
  for (const name of PRIVATE_FILES) {
    const file = path.join(dataDir, name);
    if (existsSync(file) && loose(file) !== 0)
      findings.push(`${file} is readable by others (mode ${modeOf(file)}); run chmod 600 on it`);
  }
  return findings;
}

function modeOf(file: string): string {
  return (statSync(file).mode & 0o777).toString(8).padStart(4, '0');
}
