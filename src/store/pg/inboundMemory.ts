import { type InboundMemory, memoryKey } from '../inboundMemory.js';
import { type PgPool, pgQuery } from './pool.js';

/** `InboundMemory` on PostgreSQL: INSERT … ON CONFLICT DO NOTHING decides who saw a key first. */
export class PgInboundMemory implements InboundMemory {
  constructor(private readonly pool: PgPool) {}

  async firstSeen(key: string, now: Date): Promise<boolean> {
    const result = await pgQuery(
      this.pool,
      'remember an inbound key',
      'INSERT INTO wechat_inbound_seen (dedupe_key, received_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [memoryKey(key), now],
    );
    return result.rowCount === 1;
  }

  async has(key: string): Promise<boolean> {
    const result = await pgQuery(
      this.pool,
      'look up an inbound key',
      'SELECT 1 FROM wechat_inbound_seen WHERE dedupe_key = $1',
      [memoryKey(key)],
    );
    return result.rowCount === 1;
  }

  async forget(before: Date): Promise<number> {
    const result = await pgQuery(
      this.pool,
      'forget old inbound keys',
      'DELETE FROM wechat_inbound_seen WHERE received_at < $1',
      [before],
    );
    return result.rowCount ?? 0;
  }
}
