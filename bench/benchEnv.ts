import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The channel the benches' turns name (`benchTurn.ts`). */
export const BENCH_CHANNEL = 'bench';

/**
 * A benched service's settings: a fresh data directory, no logs or reminders, the /api/messages
 * limits lifted (one sender plays every conversation, or the bench measures the limits), and the
 * demo accounts bound on the benches' channel, since accounts are found by channel and user id
 * (sec19): bound on `directline`, the benches' turns would reach no account and measure another
 * conversation than a holder's.
 */
export function benchServiceEnv(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATA_DIR: benchDataDir(name),
    LOG_LEVEL: 'silent',
    REMINDERS_ENABLED: 'false',
    MESSAGES_RATE_GLOBAL_PER_MINUTE: '1000000',
    MESSAGES_RATE_PER_SENDER_PER_MINUTE: '100000',
    SEED_DEMO_CHANNEL: BENCH_CHANNEL,
    ...extra,
  };
}

/** Data directories to remove when the bench process exits (its services have stopped by then). */
const made: string[] = [];

/** A fresh data directory for one benched service, removed at exit; `BENCH_KEEP_DATA=1` keeps it. */
export function benchDataDir(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  if (process.env['BENCH_KEEP_DATA'] === '1') return dir;
  if (made.length === 0) {
    process.once('exit', () => {
      for (const d of made) rmSync(d, { recursive: true, force: true });
    });
  }
  made.push(dir);
  return dir;
}
