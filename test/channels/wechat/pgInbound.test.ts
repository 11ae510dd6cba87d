import { expect, it, vi } from 'vitest';
import { toActivity } from '../../../src/channels/wechat/activity.js';
import { PgWeChatInbound } from '../../../src/channels/wechat/pgInbound.js';
import type { PgPool } from '../../../src/store/pg/pool.js';
import { PgTranscriptStore } from '../../../src/store/pg/transcripts.js';
import { StoreUnavailableError } from '../../../src/store/storeErrors.js';
import { describePg } from '../../support/postgres.js';
import { portOf, startTcpProxy } from '../../support/tcpProxy.js';

const T0 = new Date('2026-12-05T04:00:00.000Z');

const message = (openid: string, msgId: string, text: string) => ({
  kind: 'text' as const,
  openid,
  account: 'gh_bank',
  createTime: T0.getTime() / 1000,
  msgId,
  text,
});

/** One instance of the service: its own pool, its own transcript store. */
const instance = (pool: PgPool) => ({
  inbound: new PgWeChatInbound(pool, new PgTranscriptStore(pool)),
  transcripts: new PgTranscriptStore(pool),
});

async function seen(pool: PgPool, key: string): Promise<boolean> {
  return (await pool.query('SELECT 1 FROM wechat_inbound_seen WHERE dedupe_key = $1', [key])).rowCount === 1;
}

describePg('WeChat inbound messages on PostgreSQL (MsgId and transcript in one transaction)', (pg) => {
  it('records a MsgId delivered to two instances at once exactly once, in an unbroken chain', async () => {
    const a = instance(pg.pool({ max: 4 }));
    const b = instance(pg.pool({ max: 4 }));
    const openid = 'oTwoInstances01';
    const texts = ['这个月能先还一部分吗？', '我下周五发工资', 'OK', '请问最低还款是多少', '谢谢'];
    const outcomes = await Promise.all(
      texts.flatMap((text, i) => {
        const activity = toActivity(message(openid, `700${i}`, text), 'http://wechat.test');
        return [a, b, a].map((x) => x.inbound.record(`msg:700${i}`, activity, T0));
      }),
    );
    // Per MsgId, exactly one of the three deliveries is the first.
    for (let i = 0; i < texts.length; i++)
      expect(outcomes.slice(i * 3, i * 3 + 3).filter(Boolean)).toHaveLength(1);
    const conversationId =
      toActivity(message(openid, '7000', ''), 'http://wechat.test').conversation?.id ?? '';
    const records = await a.transcripts.getRecords(conversationId);
    expect(records.map((r) => r.activity.text).sort()).toEqual([...texts].sort());
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    const read = await b.transcripts.getRecords(conversationId);
    expect(read.slice(1).map((r) => r.prevHash)).toEqual(read.slice(0, -1).map((r) => r.hash));
  });

  it('records nothing when the connection is cut mid-transaction, and WeChat’s retry records it once', async () => {
    const proxy = await startTcpProxy(portOf(pg.url));
    try {
      const direct = pg.pool({ max: 2 });
      const viaProxy = pg.pool({ url: proxy.rewrite(pg.url), max: 2, connectTimeoutMs: 1000 });
      const transcripts = new PgTranscriptStore(viaProxy);
      let cutNext = true;
      const inbound = new PgWeChatInbound(viaProxy, {
        // The MsgId is marked in this transaction already; the connection goes before the transcript write.
        appendAllIn: async (client, items, at) => {
          if (cutNext) {
            cutNext = false;
            proxy.cut();
          }
          return transcripts.appendAllIn(client, items, at);
        },
      });
      const activity = toActivity(
        message('oCutMidway0001', '8001', '我想申请延期还款'),
        'http://wechat.test',
      );
      const conversationId = activity.conversation?.id ?? '';

      await expect(inbound.record('msg:8001', activity, T0)).rejects.toBeInstanceOf(StoreUnavailableError);
      const reader = new PgTranscriptStore(direct);
      expect(await seen(direct, 'msg:8001')).toBe(false);
      expect(await reader.getRecords(conversationId)).toEqual([]);

      proxy.restore();
      // WeChat retries the unanswered callback (perhaps twice, to two instances).
      const retries = await Promise.all([
        inbound.record('msg:8001', activity, T0),
        new PgWeChatInbound(direct, reader).record('msg:8001', activity, T0),
      ]);
      expect(retries.filter(Boolean)).toHaveLength(1);
      expect(await inbound.record('msg:8001', activity, T0)).toBe(false);
      const records = await reader.getRecords(conversationId);
      expect(records.map((r) => r.activity.text)).toEqual(['我想申请延期还款']);
    } finally {
      await proxy.close();
    }
  });

  it('keeps hostile keys (NUL, 10,000 characters) and shares nonces across instances', async () => {
    const a = instance(pg.pool({ max: 2 }));
    const b = instance(pg.pool({ max: 2 }));
    const activity = toActivity(message('oHostileKey0001', '9001', 'hi'), 'http://wechat.test');
    for (const key of ['msg:\u0000evil', `msg:${'9'.repeat(10_000)}`]) {
      expect(await a.inbound.record(key, activity, T0)).toBe(true);
      expect(await b.inbound.record(key, activity, T0)).toBe(false);
    }
    expect(await a.transcripts.getRecords(activity.conversation?.id ?? '')).toHaveLength(2);
    expect(await a.inbound.firstSeen('nonce:1733371200:abc', T0)).toBe(true);
    expect(await b.inbound.firstSeen('nonce:1733371200:abc', T0)).toBe(false);
    expect(await b.inbound.has('nonce:1733371200:abc')).toBe(true);
    expect(await b.inbound.has('nonce:1733371200:other')).toBe(false);
  });

  it('rejects, recording nothing, when the transcript refuses the activity', async () => {
    const pool = pg.pool({ max: 2 });
    const { inbound } = instance(pool);
    await expect(
      inbound.record('msg:9101', { type: 'message', text: 'no conversation' }, T0),
    ).rejects.toThrow(/conversation/);
    expect(await seen(pool, 'msg:9101')).toBe(false);
  });

  it('claims a signed nonce in one statement: first use and the same request again pass, another body never', async () => {
    const poolA = pg.pool({ max: 2 });
    const a = instance(poolA);
    const b = instance(pg.pool({ max: 2 }));
    const spy = vi.spyOn(poolA, 'query');
    expect(await a.inbound.claimNonce('nonce:1733371200:n1', 'body-1', T0)).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(await b.inbound.claimNonce('nonce:1733371200:n1', 'body-1', T0)).toBe(true);
    expect(await b.inbound.claimNonce('nonce:1733371200:n1', 'body-2', T0)).toBe(false);
    expect(await a.inbound.claimNonce('nonce:1733371200:n1', 'body-2', T0)).toBe(false);
    for (const key of [
      'nonce:\u0000:evil',
      `nonce:1:${'n'.repeat(10_000)}`,
      "nonce:1:'); DROP TABLE x; --",
    ]) {
      expect(await a.inbound.claimNonce(key, 'b', T0)).toBe(true);
      expect(await b.inbound.claimNonce(key, 'c', T0)).toBe(false);
    }
  });

  it('lets exactly one of two different bodies racing on one nonce through, and both copies of one body', async () => {
    const a = instance(pg.pool({ max: 4 }));
    const b = instance(pg.pool({ max: 4 }));
    for (let i = 0; i < 10; i++) {
      const nonce = `nonce:1733371300:race${i}`;
      const split = await Promise.all([
        a.inbound.claimNonce(nonce, 'first', T0),
        b.inbound.claimNonce(nonce, 'second', T0),
      ]);
      expect(split.filter(Boolean)).toHaveLength(1);
      const same = `nonce:1733371300:same${i}`;
      const both = await Promise.all([
        a.inbound.claimNonce(same, 'x', T0),
        b.inbound.claimNonce(same, 'x', T0),
      ]);
      expect(both).toEqual([true, true]);
    }
  });

  it('honours nonces a previous version kept as two keys (a rolling upgrade)', async () => {
    const { inbound } = instance(pg.pool({ max: 2 }));
    const nonce = 'nonce:1733371400:legacy';
    expect(await inbound.firstSeen(nonce, T0)).toBe(true);
    expect(await inbound.firstSeen(`${nonce}:old-body`, T0)).toBe(true);
    expect(await inbound.claimNonce(nonce, 'old-body', T0)).toBe(true);
    expect(await inbound.claimNonce('nonce:1733371400:legacy2', 'x', T0)).toBe(true);
    expect(await inbound.firstSeen('nonce:1733371400:legacy3', T0)).toBe(true);
    expect(await inbound.claimNonce('nonce:1733371400:legacy3', 'other-body', T0)).toBe(false);
  });
});
