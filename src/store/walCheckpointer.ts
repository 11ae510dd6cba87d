import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './db.js';

export interface WalCheckpointerOptions {
  /** How often the worker copies committed pages from the WAL into the database. Default 250 ms. */
  intervalMs?: number;
  /**
   * The service's own connection still checkpoints when the WAL reaches this many pages (the
   * worker stopped or fell behind). Default 10,000 (about 40 MB of 4 KB pages).
   */
  backstopPages?: number;
  /** The worker starts this long after the connection opens. Default 1,000 ms. */
  startDelayMs?: number;
}

export interface WalCheckpointer {
  /** Stops the worker and closes its connection (before the service's connection closes). */
  stop(): Promise<void>;
}

/** How long `stop` waits for the worker to end before the caller may go on. */
const STOP_WAIT_MS = 2000;

/** The worker's code: its own connection and a PASSIVE checkpoint on a timer. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message ? err.message : err) });
  }
}, workerData.intervalMs);
`;

/**
 * Moves WAL checkpoints off the thread that serves turns. SQLite's automatic checkpoint runs
 * inside whichever commit pushes the WAL past 1,000 pages: it copies those pages into the
 * database and syncs both files, 15–150 ms on a busy disk, during which every turn in the process
 * waits. Here a worker thread with its own connection runs a PASSIVE checkpoint every
 * `intervalMs` (PASSIVE never blocks a writer or a reader), and the service's connection keeps
 * its automatic checkpoint only as a backstop at `backstopPages`.
 *
 * Durability does not change: commits stay in WAL mode with synchronous=NORMAL (on disk in the
 * WAL when the commit returns, so a killed process loses nothing committed); a checkpoint only
 * moves committed pages into the database file. A file database only (no-op in memory).
 *
 *   const checkpointer = startWalCheckpointer(db);
 *   ...
 *   await checkpointer.stop(); // then db.close()
 */
export function startWalCheckpointer(
  db: Db,
  options: WalCheckpointerOptions = {},
  onError: (message: string) => void = () => undefined,
): WalCheckpointer {
  if (db.memory || String(db.pragma('journal_mode', { simple: true })) !== 'wal') {
    return { stop: async () => undefined };
  }
  db.pragma(`wal_autocheckpoint = ${Math.max(1, Math.trunc(options.backstopPages ?? 10_000))}`);
  const workerData = {
    driver: createRequire(import.meta.url).resolve('better-sqlite3'),
    file: db.name,
    intervalMs: Math.max(10, options.intervalMs ?? 250),
  };
  let worker: Worker | undefined;
  let stopped = false;
  const spawn = (): void => {
    if (stopped) return;
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.unref();
    worker.on('message', (message: { error?: string }) => {
      if (message.error) onError(message.error);
    });
    worker.on('error', (err) => onError(err.message));
  };
  // A process that lives less than a second (a command, a test) has nothing to checkpoint.
  const delay = options.startDelayMs ?? 1000;
  const timer = delay > 0 ? setTimeout(spawn, delay).unref() : undefined;
  if (!timer) spawn();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      if (!worker) return;
      // Safe at any instant: SQLite finishes or abandons a checkpoint atomically, and the worker's
      // connection closes with its thread. A checkpoint stuck in a slow disk sync does not hold
      // up shutdown: the service's connection may close while the worker's is still open.
      let wait: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => (wait = setTimeout(resolve, STOP_WAIT_MS)));
      await Promise.race([worker.terminate(), gaveUp]);
      clearTimeout(wait);
    },
  };
}
