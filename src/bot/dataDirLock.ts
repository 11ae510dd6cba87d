import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file that names the one service process serving a DATA_DIR on SQLite. */
export const LOCK_FILE = 'service.pid';

export type DataDirClaim =
  | { status: 'claimed'; release: () => void }
  | { status: 'taken'; pid: number; file: string };

/** Whether a process with this id is running (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Claims DATA_DIR for this process: the embedded SQLite store serves one service instance (its
 * turn lock and caches live in the process), so a second service started on the same folder is
 * refused instead of running beside the first. A file left by a process that is gone is taken
 * over. Command-line tools do not claim it: they may run beside the service.
 */
export function claimDataDir(dataDir: string, pid = process.pid): DataDirClaim {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${pid}\n`, { flag: 'wx', mode: 0o600 });
      return { status: 'claimed', release: () => releaseIfOurs(file, pid) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const other = holder(file);
    if (other !== undefined && other !== pid && alive(other)) return { status: 'taken', pid: other, file };
    // Left by a process that is gone (or unreadable, or ours): remove it and try again.
    try {
      unlinkSync(file);
    } catch {
      // another starter removed it first; the next attempt decides
    }
  }
  const other = holder(file);
  return { status: 'taken', pid: other ?? 0, file };
}

function releaseIfOurs(file: string, pid: number): void {
  if (holder(file) !== pid) return;
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
