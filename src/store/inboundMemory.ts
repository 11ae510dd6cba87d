import { createHash } from 'node:crypto';
import type { Db } from './db.js';
import { prepared } from './db.js';

/**
 * Keys already seen on an inbound channel, shared by every instance on one database: WeChat
 * `MsgId`s ('msg:<MsgId>', 'evt:<openid>:<CreateTime>:<event>') so a retried callback runs its turn
 * once, and request nonces ('nonce:<timestamp>:<nonce>') so a captured signed request cannot be
 * replayed. `firstSeen` is atomic: of several instances seeing one key at once, exactly one gets true.
 */
export interface InboundMemory {
  /** True the first time `key` is seen (and records it), false for a repeat. */
  firstSeen(key: string, now: Date): Promise<boolean>;
  /** Whether `key` was recorded (without recording it). */
  has(key: string): Promise<boolean>;
  /** Forgets keys recorded before `before`; returns how many. */
  forget(before: Date): Promise<number>;
}

const MAX_KEY = 200;

/**
 * Keys longer than 200 characters or holding a NUL (hostile input; PostgreSQL's TEXT refuses NUL)
 * are kept as their SHA-256, the same on every backend.
 */
export function memoryKey(key: string): string {
  return key.length <= MAX_KEY && !key.includes('\u0000')
    ? key
    : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** The key a nonce is remembered under (WeChat signs timestamp and nonce together). */
export function nonceKey(timestamp: string, nonce: string): string {
  return `nonce:${timestamp}:${nonce}`;
}

/** On SQLite's `wechat_inbound_seen` (migration 006), the table the synchronous dedupe uses too. */
export class SqliteInboundMemory implements InboundMemory {
  constructor(private readonly db: Db) {}

  async firstSeen(key: string, now: Date): Promise<boolean> {
    const result = prepared(
      this.db,
      'INSERT OR IGNORE INTO wechat_inbound_seen (dedupe_key, received_at) VALUES (?, ?)',
    ).run(memoryKey(key), now.toISOString());
    return result.changes === 1;
  }

  async has(key: string): Promise<boolean> {
    return (
      prepared(this.db, 'SELECT 1 FROM wechat_inbound_seen WHERE dedupe_key = ?').get(memoryKey(key)) !==
      undefined
    );
  }

  async forget(before: Date): Promise<number> {
    return prepared(this.db, 'DELETE FROM wechat_inbound_seen WHERE received_at < ?').run(
      before.toISOString(),
    ).changes;
  }
}
