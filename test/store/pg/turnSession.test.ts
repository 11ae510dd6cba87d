import { afterAll, expect, it } from 'vitest';
import { ConversationBusyError } from '../../../src/store/conversationLock.js';
import { PgConversationLock } from '../../../src/store/pg/conversationLock.js';
import { PgConversationRefStore } from '../../../src/store/pg/conversationRefs.js';
import { PgStateStorage } from '../../../src/store/pg/stateStorage.js';
import { StoreUnavailableError, isStateConflict } from '../../../src/store/storeErrors.js';
import { sentWhile } from '../../support/pgTurn.js';
import { describePg } from '../../support/postgres.js';
import { portOf, startTcpProxy } from '../../support/tcpProxy.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const keyOf = (conversationId: string) => `directline/conversations/${conversationId}/`;

/**
 * The service's turn lock on PostgreSQL (serverLockAt 'stateRead', issue 19 item 5): the server
 * lock rides with the turn's first state read and is released with its state write, after the
 * COMMIT. These tests are what several instances rely on.
 */
describePg('the PostgreSQL turn session (lock with the state read, unlock with the write)', (db) => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  /** One "instance": its own lock pool, stores pool, state storage and reference store. */
  function instance(options: { url?: string; waitMs?: number } = {}) {
    const url = options.url ?? db.url;
    const lock = new PgConversationLock({
      url,
      waitMs: options.waitMs ?? 5000,
      connections: 4,
      serverLockAt: 'stateRead',
    });
    const pool = db.pool({ url });
    closers.push(() => lock.close());
    return {
      lock,
      state: new PgStateStorage(pool, lock.sessions),
      refs: new PgConversationRefStore(pool, lock.sessions),
      pool,
    };
  }

  /** A turn as the bot runs it: read the state, think, write it back with the eTag read. */
  async function countTurn(
    node: ReturnType<typeof instance>,
    conversationId: string,
    log: string[],
    thinkMs = 5,
  ): Promise<void> {
    await node.lock.run(conversationId, async () => {
      const key = keyOf(conversationId);
      const item = (await node.state.read([key]))[key] ?? {};
      log.push('in');
      await pause(thinkMs);
      const count = typeof item.count === 'number' ? item.count : 0;
      log.push('out');
      await node.state.write({ [key]: { ...item, count: count + 1 } });
    });
  }

  it('never lets two instances hold one conversation between its state read and write: every turn counted, no eTag conflict', async () => {
    const nodes = [instance(), instance(), instance()];
    const log: string[] = [];
    const turns = Array.from({ length: 24 }, (_, i) => countTurn(nodes[i % 3]!, 'conv-count', log));
    await Promise.all(turns);
    const stored = await nodes[0]!.state.read([keyOf('conv-count')]);
    expect(stored[keyOf('conv-count')]?.count).toBe(24);
    expect(log.join(',')).toBe(Array.from({ length: 24 }, () => 'in,out').join(','));
  });

  it('reads the state the previous holder committed (its write commits before its unlock)', async () => {
    const [a, b] = [instance(), instance()];
    for (let i = 0; i < 10; i++) await countTurn(i % 2 === 0 ? a : b, 'conv-fresh', [], 0);
    expect((await a.state.read([keyOf('conv-fresh')]))[keyOf('conv-fresh')]?.count).toBe(10);
  });

  it('takes the lock and reads the state in one round trip, and writes, commits and unlocks in one', async () => {
    const node = instance();
    await countTurn(node, 'conv-trips', [], 0); // warm: connections made, lock_timeout set
    const { texts: queries } = await sentWhile(() => countTurn(node, 'conv-trips', [], 0));
    expect(queries).toHaveLength(2);
    expect(queries[0]).toMatch(
      /^SELECT pg_advisory_lock\(\$1, \$2\);\nSELECT key, etag, value FROM bot_state/,
    );
    expect(queries[1]).toMatch(
      /^BEGIN;\n[\s\S]*UPDATE bot_state[\s\S]*;\nCOMMIT;\nSELECT pg_advisory_unlock/,
    );
  });

  it('writes a reference saved during the turn with the state, in the same transaction', async () => {
    const node = instance();
    const other = instance();
    await node.lock.run('conv-ref', async () => {
      await node.state.read([keyOf('conv-ref')]);
      await node.refs.save(
        {
          conversationId: 'conv-ref',
          channelId: 'directline',
          userId: 'u1',
          accountId: 'A-1',
          reference: { it: "o'k\\" },
        },
        new Date('2026-12-05T09:00:00Z'),
        true,
      );
      // Not yet visible elsewhere: it rides with the state write.
      expect(await other.refs.get('conv-ref')).toBeUndefined();
      await node.state.write({ [keyOf('conv-ref')]: { step: 1 } });
    });
    const saved = await other.refs.get('conv-ref');
    expect(saved?.accountId).toBe('A-1');
    expect(saved?.reference).toEqual({ it: "o'k\\" });
    expect(saved?.lastInboundAt).toBe('2026-12-05T09:00:00.000Z');
  });

  it('still writes the reference and frees the lock when the turn throws after reading its state', async () => {
    const [a, b] = [instance(), instance({ waitMs: 2000 })];
    const failed = a.lock.run('conv-throws', async () => {
      await a.state.read([keyOf('conv-throws')]);
      await a.refs.save(
        {
          conversationId: 'conv-throws',
          channelId: 'webchat',
          userId: 'u2',
          accountId: undefined,
          reference: {},
        },
        new Date('2026-12-05T09:01:00Z'),
        true,
      );
      throw new Error('turn failed');
    });
    await expect(failed).rejects.toThrow('turn failed');
    expect((await b.refs.get('conv-throws'))?.userId).toBe('u2');
    await countTurn(b, 'conv-throws', []);
  });

  it('refuses a stale eTag on the session path and takes the lock again for the retry', async () => {
    const [a, b] = [instance(), instance()];
    const key = keyOf('conv-etag');
    await b.state.write({ [key]: { v: 1 } });
    const stale = (await b.state.read([key]))[key]!;
    await b.state.write({ [key]: { ...stale, v: 2 } }); // outside any turn: the eTag moves on
    const outcome = await a.lock
      .run('conv-etag', async () => {
        await a.state.read([key]);
        await a.state.write({ [key]: { ...stale, v: 3 } }).catch((e: unknown) => {
          if (!isStateConflict(e)) throw e;
        });
        const fresh = (await a.state.read([key]))[key]!;
        await a.state.write({ [key]: { ...fresh, v: 4 } });
        return 'retried';
      })
      .catch((e: unknown) => e);
    expect(outcome).toBe('retried');
    expect((await b.state.read([key]))[key]?.v).toBe(4);
  });

  it('gives up after the bounded wait at the state read with ConversationBusyError', async () => {
    const holder = instance();
    const waiter = instance({ waitMs: 300 });
    let release!: () => void;
    const held = holder.lock.run('conv-busy', async () => {
      await holder.state.read([keyOf('conv-busy')]);
      await new Promise<void>((r) => (release = r));
    });
    await pause(100);
    const error = await waiter.lock
      .run('conv-busy', () => waiter.state.read([keyOf('conv-busy')]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConversationBusyError);
    release();
    await held;
    await expect(countTurn(waiter, 'conv-busy', [])).resolves.toBeUndefined();
  });

  it('serialises hostile conversation ids (quotes, backslashes, NUL) on the session path or beside it', async () => {
    const [a, b] = [instance(), instance()];
    for (const id of ["o'brien\\", 'a\u0000b', '会话🙂', "x'); DROP TABLE bot_state; --"]) {
      const log: string[] = [];
      const run = Array.from({ length: 6 }, (_, i) =>
        countTurn(i % 2 ? a : b, id, log).catch((e: unknown) => e),
      );
      const results = await Promise.all(run);
      if (id.includes('\u0000')) continue; // PostgreSQL text cannot hold NUL: refused, never half-run
      expect(results.every((r) => r === undefined)).toBe(true);
      expect((await a.state.read([keyOf(id)]))[keyOf(id)]?.count).toBe(6);
      expect(log.join(',')).toBe(Array.from({ length: 6 }, () => 'in,out').join(','));
    }
    expect((await a.pool.query("SELECT to_regclass('bot_state') AS t")).rows[0].t).toBe('bot_state');
  });

  it('fails the turn with store_unavailable when the lock connection is lost, and works once it is back', async () => {
    const proxy = await startTcpProxy(portOf(db.url));
    try {
      const node = instance({ url: proxy.rewrite(db.url), waitMs: 1000 });
      await countTurn(node, 'conv-lost', []);
      proxy.cut();
      const error = await countTurn(node, 'conv-lost', []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      proxy.restore();
      await countTurn(node, 'conv-lost', []);
      expect((await instance().state.read([keyOf('conv-lost')]))[keyOf('conv-lost')]?.count).toBe(2);
    } finally {
      await proxy.close();
    }
  });
});
