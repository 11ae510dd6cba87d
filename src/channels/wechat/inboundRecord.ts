import type { Activity } from 'botbuilder';
import type { Db } from '../../store/db.js';
import type { TranscriptSink } from '../transcriptSink.js';
import { SqliteInboundDedupe } from './dedupe.js';

/**
 * What the WeChat channel remembers of inbound callbacks, shared by every process on one
 * database: the person's message with its dedupe mark (write-ahead, one transaction), and signed
 * request nonces.
 *
 *   const first = await inbound.record('msg:1234567890', activity, clock.now());
 *   // true: marked and in the transcript, run the turn; false: a repeat, nothing recorded
 */
export interface WeChatInbound {
  /**
   * In ONE transaction: marks `key` seen and appends `activity` to the transcript. True the first
   * time; false for a repeat (nothing recorded). Rejects, recording nothing, when either write
   * fails, so WeChat's retry can record it later.
   */
  record(key: string, activity: Partial<Activity>, now: Date): Promise<boolean>;
  /** True the first time `key` is seen (and records it), false for a repeat. */
  firstSeen(key: string, now: Date): Promise<boolean>;
  /** Whether `key` was recorded (without recording it). */
  has(key: string): Promise<boolean>;
  /**
   * Atomically: true the first time `nonceKey` is used (remembered with `bodyDigest`), or when it
   * comes again with the same `bodyDigest` (WeChat's retry of the very same request); false when
   * it comes with another body (a replay).
   */
  claimNonce(nonceKey: string, bodyDigest: string, now: Date): Promise<boolean>;
}

/** On SQLite: `wechat_inbound_seen` and the transcript's `commitNow` in one IMMEDIATE transaction. */
export class SqliteWeChatInbound implements WeChatInbound {
  private readonly dedupe: SqliteInboundDedupe;

  constructor(
    private readonly db: Db,
    private readonly transcript: TranscriptSink,
  ) {
    this.dedupe = new SqliteInboundDedupe(db);
  }

  async record(key: string, activity: Partial<Activity>, now: Date): Promise<boolean> {
    return this.db
      .transaction(() => {
        if (!this.dedupe.firstSeen(key, now)) return false;
        this.transcript.commitNow([{ activity }]);
        return true;
      })
      .immediate();
  }

  async firstSeen(key: string, now: Date): Promise<boolean> {
    return this.dedupe.firstSeen(key, now);
  }

  async has(key: string): Promise<boolean> {
    return this.dedupe.has(key);
  }

  /** The nonce and the (nonce, body) keys in one IMMEDIATE transaction. */
  async claimNonce(nonceKey: string, bodyDigest: string, now: Date): Promise<boolean> {
    const exact = `${nonceKey}:${bodyDigest}`;
    return this.db
      .transaction(() => {
        if (!this.dedupe.firstSeen(nonceKey, now)) return this.dedupe.has(exact);
        this.dedupe.firstSeen(exact, now);
        return true;
      })
      .immediate();
  }
}
