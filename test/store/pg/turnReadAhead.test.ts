import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PgConversationLock, lockKey } from '../../../src/store/pg/conversationLock.js';
import { run } from '../../../src/store/pg/rows.js';
import { PgStateStorage } from '../../../src/store/pg/stateStorage.js';
import { AskedReads, LearnedReads, MAX_READS_AHEAD, travels } from '../../../src/store/pg/turnReadAhead.js';
import { StoreUnavailableError } from '../../../src/store/storeErrors.js';
import { sentWhile } from '../../support/pgTurn.js';
import { describePg } from '../../support/postgres.js';
import { portOf, startTcpProxy } from '../../support/tcpProxy.js';

const keyOf = (conversationId: string) => `directline/conversations/${conversationId}/`;

describe('parameters written in for a read asked ahead', () => {
  it('refuses what cannot travel as text the server types', () => {
    expect(travels([null, 5, "O'Brien", true, new Date('2026-12-05T11:00:00.000Z')])).toBe(true);
    expect(travels(['a\u0000b'])).toBe(false);
    expect(travels([['a']])).toBe(false);
    expect(travels([{ a: 1 }])).toBe(false);
    expect(travels([Number.NaN])).toBe(false);
    expect(travels([new Date(Number.NaN)])).toBe(false);
  });

  it('remembers each statement once, at most a few per turn, none over the length limit, and a bounded number of conversations', () => {
    const asked = new AskedReads();
    const pool = {};
    for (let i = 0; i < 40; i++) asked.add({ pool, text: 'SELECT $1', values: [i % 20] });
    expect(asked.list).toHaveLength(MAX_READS_AHEAD);
    const few = new AskedReads();
    for (let i = 0; i < 6; i++) few.add({ pool, text: 'SELECT $1', values: [`id-${i % 3}`] });
    expect(few.list.map((r) => r.values[0])).toEqual(['id-0', 'id-1', 'id-2']);
    const long = new AskedReads();
    long.add({ pool: undefined, text: 'SELECT $1', values: [['x'.repeat(100_000)]] });
    long.add({ pool, text: 'SELECT $1', values: ['x'.repeat(100_000)] });
    expect(long.list).toHaveLength(0);
    const learned = new LearnedReads(3);
    for (let key = 0; key < 10; key++)
      learned.remember(key, [{ pool: undefined, text: 'SELECT 1', values: [] }]);
    expect(learned.size).toBe(3);
    expect(learned.of(0)).toEqual([]);
    expect(learned.of(9)).toHaveLength(1);
    learned.remember(9, undefined);
    expect(learned.of(9)).toEqual([]);
  });
});

/**
 * The next turn of a conversation asks, in the round trip that takes its lock, the reads its last
 * turn asked (issue 19 item 5): answered under the lock, forgotten by any write of the turn.
 */
describePg("the turn's read-ahead with its lock (PostgreSQL)", (db) => {
  const closers: (() => Promise<void>)[] = [];
  let pool: pg.Pool;
  beforeAll(async () => {
    pool = db.pool({ max: 4 });
    await pool.query('CREATE TABLE ahead_probe (id TEXT PRIMARY KEY, n INT NOT NULL)');
    await pool.query("INSERT INTO ahead_probe VALUES ('a', 1), ('o''b\\\\', 2), ('b', 5)");
  });
  afterAll(async () => {
    for (const close of closers) await close();
  });

  function instance(url = db.url) {
    const lock = new PgConversationLock({
      url,
      waitMs: 3000,
      connections: 4,
      serverLockAt: 'stateRead',
    });
    closers.push(() => lock.close());
    return { lock, state: new PgStateStorage(pool, lock.sessions) };
  }

  const probe = async (id: string) =>
    (await run<{ n: number }>(pool, 'probe', 'SELECT n FROM ahead_probe WHERE id = $1', [id])).rows[0]?.n;

  /** A turn as the bot runs it: reads a row, reads the state, writes the state; what the round trips were. */
  async function turn(
    node: ReturnType<typeof instance>,
    conversationId: string,
    body: () => Promise<unknown> = () => probe('a'),
  ): Promise<{ trips: string[]; seen: unknown }> {
    let seen: unknown;
    const { texts } = await sentWhile(() =>
      node.lock.run(conversationId, async () => {
        seen = await body();
        const key = keyOf(conversationId);
        const item = (await node.state.read([key]))[key] ?? {};
        await node.state.write({ [key]: { ...item, count: (Number(item.count) || 0) + 1 } });
      }),
    );
    // A new lock connection's setting is no round trip of the turn.
    return { trips: texts.filter((text) => !text.startsWith('SET lock_timeout')), seen };
  }

  it("asks the last turn's reads with the lock in one round trip, and answers from them", async () => {
    const node = instance();
    const first = await turn(node, 'ra-1');
    expect(first.trips).toHaveLength(3); // the row, the lock with the state, the write with the unlock
    const second = await turn(node, 'ra-1');
    expect(second.seen).toBe(1);
    expect(second.trips).toHaveLength(2);
    expect(second.trips[0]).toMatch(
      /^SELECT pg_advisory_lock\(\$1, \$2\);\nSELECT n FROM ahead_probe WHERE id = \$1;\nSELECT key, etag, value FROM bot_state/,
    );
    expect(node.lock.sessions.learned.of(lockKey('ra-1'))).toHaveLength(2);
    const stored = await node.state.read([keyOf('ra-1')]);
    expect(stored[keyOf('ra-1')]?.count).toBe(2);
  });

  it('reads under the lock what another instance committed between two turns', async () => {
    const [a, b] = [instance(), instance()];
    await turn(a, 'ra-2', () => probe('b'));
    await pool.query("UPDATE ahead_probe SET n = 6 WHERE id = 'b'");
    await turn(b, 'ra-2', () => probe('b'));
    expect((await turn(a, 'ra-2', () => probe('b'))).seen).toBe(6);
    expect((await a.state.read([keyOf('ra-2')]))[keyOf('ra-2')]?.count).toBe(3);
  });

  it('forgets what it read ahead at the turn’s first write, and reads fresh after it', async () => {
    const node = instance();
    await turn(node, 'ra-3', async () => [await probe('b'), await probe('a')]);
    const { seen } = await turn(node, 'ra-3', async () => {
      await run(pool, 'write', "UPDATE ahead_probe SET n = n + 10 WHERE id = 'b'");
      return [await probe('b'), await probe('a')];
    });
    expect(seen).toEqual([16, 1]);
  });

  it('asks ahead a quoted, backslashed id and one with a NUL (read as U+FFFD, as every lookup), and leaves a 100 KB one to its own round trip', async () => {
    const node = instance();
    const hostile = async () => [
      await probe("o'b\\\\"),
      await probe('x\u0000y'),
      await probe('z'.repeat(100_000)),
    ];
    await turn(node, 'ra-4', hostile);
    const second = await turn(node, 'ra-4', hostile);
    expect(second.seen).toEqual([2, undefined, undefined]);
    expect(second.trips).toHaveLength(3); // lock + two rows + state; the long read; the write
    // The quoted id and the one with U+FFFD ride with the lock as parameters of the pipeline.
    expect(second.trips[0]?.match(/FROM ahead_probe WHERE id = \$1/g)).toHaveLength(2);
  });

  it('fails one turn when a read asked ahead fails, then forgets that list (the next turn runs)', async () => {
    const node = instance();
    await pool.query('CREATE TABLE ahead_gone (n INT)');
    await turn(
      node,
      'ra-5',
      async () => (await run(pool, 'gone', 'SELECT n FROM ahead_gone WHERE n = $1', [1])).rowCount,
    );
    await pool.query('DROP TABLE ahead_gone');
    await expect(turn(node, 'ra-5')).rejects.toThrow(/ahead_gone/);
    expect((await turn(node, 'ra-5')).seen).toBe(1);
    expect((await node.state.read([keyOf('ra-5')]))[keyOf('ra-5')]?.count).toBe(2);
  });

  it('fails the turn with store_unavailable when the lock connection is lost at the read-ahead, writing nothing, and runs once it is back', async () => {
    const proxy = await startTcpProxy(portOf(db.url));
    try {
      const node = instance(proxy.rewrite(db.url));
      await turn(node, 'ra-6');
      proxy.cut();
      const error = await turn(node, 'ra-6').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      proxy.restore();
      expect((await turn(node, 'ra-6')).seen).toBe(1);
      expect((await instance().state.read([keyOf('ra-6')]))[keyOf('ra-6')]?.count).toBe(2);
    } finally {
      await proxy.close();
    }
  });
});
