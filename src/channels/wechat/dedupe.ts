import type { Db } from '../../store/db.js';

/** Remembers accepted callbacks so a retried one runs its turn once. */
export interface InboundDedupe {
  /** True the first time `key` is seen (and records it), false for a repeat. */
  firstSeen(key: string, now: Date): boolean;
  /** Whether `key` was recorded (without recording it). */
  has(key: string): boolean;
}

const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY = 200;

/** Backed by the `wechat_inbound_seen` table (migration 006), shared by every process on the file. */
export class SqliteInboundDedupe implements InboundDedupe {
  private calls = 0;

  constructor(private readonly db: Db) {}

  firstSeen(key: string, now: Date): boolean {
    if (++this.calls % PRUNE_EVERY === 0) {
      this.db
        .prepare('DELETE FROM wechat_inbound_seen WHERE received_at < ?')
        .run(new Date(now.getTime() - KEEP_MS).toISOString());
    }
    const result = this.db
      .prepare('INSERT OR IGNORE INTO wechat_inbound_seen (dedupe_key, received_at) VALUES (?, ?)')
      .run(key, now.toISOString());
    return result.changes === 1;
  }

  has(key: string): boolean {
    return this.db.prepare('SELECT 1 FROM wechat_inbound_seen WHERE dedupe_key = ?').get(key) !== undefined;
  }
}
