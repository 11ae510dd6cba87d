import { describe, expect, it } from 'vitest';
import { SqliteWeChatInbound } from '../../../src/channels/wechat/inboundRecord.js';
import type { TranscriptSink } from '../../../src/channels/transcriptSink.js';
import { openMemoryDatabase } from '../../../src/store/db.js';

const T0 = new Date('2026-12-05T04:00:00.000Z');

describe('WeChat nonces on SQLite', () => {
  it('pass the first use and the same request again, never the nonce with another body', async () => {
    const db = openMemoryDatabase();
    const inbound = new SqliteWeChatInbound(db, {} as TranscriptSink);
    expect(await inbound.claimNonce('nonce:1:a', 'body-1', T0)).toBe(true);
    expect(await inbound.claimNonce('nonce:1:a', 'body-1', T0)).toBe(true);
    expect(await inbound.claimNonce('nonce:1:a', 'body-2', T0)).toBe(false);
    expect(await inbound.claimNonce('nonce:1:a', 'body-2', T0)).toBe(false);
    expect(await inbound.claimNonce('nonce:1:\u0000', 'body-2', T0)).toBe(true);
  });
});
