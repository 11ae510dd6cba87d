import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Vitest global setup: every temporary file of one test run (SQLite data directories,
 * PostgreSQL clusters, Chromium profiles, spawned services' files) goes under one folder
 * that is removed when the run ends. Workers and the processes they spawn inherit TMPDIR,
 * which `os.tmpdir()` reads. A run used to leave thousands of folders behind in /tmp.
 * `KEEP_TEST_TMP=1` keeps the folder (its path is printed) to look at after a failure.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'collections-run-'));
  // Others may pass through but not list it: the test PostgreSQL runs as the `postgres` user
  // in a folder of its own inside (each folder made below is 0700 to its owner, as before).
  chmodSync(root, 0o711);
  process.env.TMPDIR = root;
  return () => {
    if (process.env.KEEP_TEST_TMP === '1') {
      process.stdout.write(`test files kept in ${root}\n`);
      return;
    }
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      // A process a test left running may still write there; the run's result stands.
      process.stdout.write(`could not remove ${root}: ${(error as Error).message}\n`);
    }
  };
}
