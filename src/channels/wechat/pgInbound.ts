import type { Activity } from 'botbuilder';
import { memoryKey } from '../../store/inboundMemory.js';
import { PgInboundMemory } from '../../store/pg/inboundMemory.js';
import { type PgPool, pgQuery, withTransaction } from '../../store/pg/pool.js';
import type { PgTranscriptStore } from '../../store/pg/transcripts.js';
import { toPlainActivity } from '../../store/transcripts/index.js';
import type { WeChatInbound } from './inboundRecord.js';

const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY = 200;

/**
 * `WeChatInbound` on PostgreSQL, shared by every instance: the MsgId mark
 * (`INSERT … ON CONFLICT DO NOTHING` on `wechat_inbound_seen`) and the transcript record
 * (`PgTranscriptStore.appendAllIn`) commit in one transaction. Of two instances given the same
 * MsgId at once, the second waits on the first's unique-index entry and then finds it: one
 * record. A connection lost before COMMIT leaves neither, and WeChat's retry records it once.
 *
 *   const inbound = new PgWeChatInbound(pool, new PgTranscriptStore(pool));
 *   registerWeChat(server, app, {}, inbound);
 */
export class PgWeChatInbound implements WeChatInbound {
  private readonly memory: PgInboundMemory;
  private calls = 0;

  constructor(
    private readonly pool: PgPool,
    private readonly transcripts: Pick<PgTranscriptStore, 'appendAllIn'>,
  ) {
    this.memory = new PgInboundMemory(pool);
  }

  async record(key: string, activity: Partial<Activity>, now: Date): Promise<boolean> {
    this.prune(now);
    return withTransaction(this.pool, 'record a WeChat message', async (client) => {
      const mark = await client.query(
        'INSERT INTO wechat_inbound_seen (dedupe_key, received_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [memoryKey(key), now],
      );
      if (mark.rowCount !== 1) return false;
      await this.transcripts.appendAllIn(client, [{ activity: toPlainActivity(activity), meta: {} }], now);
      return true;
    });
  }

  async firstSeen(key: string, now: Date): Promise<boolean> {
    this.prune(now);
    return this.memory.firstSeen(key, now);
  }

  async has(key: string): Promise<boolean> {
    return this.memory.has(key);
  }

  /**
   * ONE statement: the nonce's row is inserted with this body's digest, or, when another request
   * already used the nonce, locked and read at its latest committed version (ON CONFLICT DO
   * UPDATE waits for an in-flight first use instead of missing it). Fresh when the stored digest
   * is this body's. A nonce an instance of the previous version kept (wechat_inbound_seen: the
   * nonce key and a (nonce, body) key) still counts during a rolling upgrade: used with another
   * body, a replay; with this body, WeChat's retry.
   */
  async claimNonce(nonceKey: string, bodyDigest: string, now: Date): Promise<boolean> {
    this.prune(now);
    const result = await pgQuery<{ fresh: boolean }>(
      this.pool,
      'claim a WeChat nonce',
      `INSERT INTO wechat_nonces AS n (nonce_key, body_digest, received_at) VALUES ($1, $2, $3)
       ON CONFLICT (nonce_key) DO UPDATE SET received_at = n.received_at
       RETURNING n.body_digest = $2
         AND (NOT EXISTS (SELECT 1 FROM wechat_inbound_seen WHERE dedupe_key = $4)
           OR EXISTS (SELECT 1 FROM wechat_inbound_seen WHERE dedupe_key = $5)) AS fresh`,
      [memoryKey(nonceKey), bodyDigest, now, memoryKey(nonceKey), memoryKey(`${nonceKey}:${bodyDigest}`)],
    );
    return result.rows[0]?.fresh === true;
  }

  /** Every 200th call forgets keys older than a day (longer than any WeChat retry or timestamp window). */
  private prune(now: Date): void {
    if (++this.calls % PRUNE_EVERY !== 0) return;
    const before = new Date(now.getTime() - KEEP_MS);
    void this.memory.forget(before).catch(() => undefined);
    void pgQuery(this.pool, 'forget old WeChat nonces', 'DELETE FROM wechat_nonces WHERE received_at < $1', [
      before,
    ]).catch(() => undefined);
  }
}
