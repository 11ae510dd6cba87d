import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openHandoffRead, PgHandoffStore } from '../../../src/handoff/pgHandoffStore.js';
import { accountOfRead, PgConversationRefStore } from '../../../src/store/pg/conversationRefs.js';
import { PgRateCounters } from '../../../src/store/pg/rateCounters.js';
import { PgRequestReads, withRequestReads } from '../../../src/store/pg/requestReads.js';
import { withTurnReads } from '../../../src/store/pg/turnReads.js';
import { sentWhile } from '../../support/pgTurn.js';
import { describePg } from '../../support/postgres.js';

const NOW = new Date('2026-12-05T21:00:00.000Z');
const hits = (limit = 100) => [
  { key: 'rr:all', windowMs: 60_000, limit },
  { key: 'rr:from', windowMs: 60_000, limit },
];

/** The round trips node-postgres sends while `fn` runs (every query of every client). */
async function tripsOf<T>(fn: () => Promise<T>): Promise<{ trips: string[]; value: T }> {
  const { texts, value } = await sentWhile(fn);
  return { trips: texts, value };
}

describe('a request planned reads', () => {
  it('hands its riders out once, only for its own pool, none when a parameter cannot travel', () => {
    const pool = {};
    const reads = new PgRequestReads(pool, [accountOfRead('c-1')]);
    expect(reads.ridersFor({})).toEqual([]);
    const riders = reads.ridersFor(pool);
    expect(riders.map((r) => [r.read.text, r.read.values])).toEqual([
      ['SELECT account_id FROM conversation_refs WHERE conversation_id = $1', ['c-1']],
    ]);
    expect(reads.ridersFor(pool)).toEqual([]);
    const hostile = new PgRequestReads(pool, [{ text: 'SELECT $1', values: [['a']] }]);
    expect(hostile.ridersFor(pool)).toEqual([]);
  });
});

/**
 * On /api/messages the account lookup and the handoff check ride in the round trip of the
 * request's rate limits (issue 19 pg19): answered once, before the turn only, rate limits as before.
 */
describePg("a request's reads with its rate limits (PostgreSQL)", (db) => {
  let pool: pg.Pool;
  let counters: PgRateCounters;
  let refs: PgConversationRefStore;
  let handoffs: PgHandoffStore;
  beforeAll(async () => {
    pool = db.pool({ max: 4 });
    counters = new PgRateCounters(pool);
    refs = new PgConversationRefStore(pool);
    handoffs = new PgHandoffStore(pool);
    for (const [id, account] of [
      ['rr-1', 'A-1'],
      ["rr-'\\2", 'A-2'],
    ] as const)
      await pool.query(
        `INSERT INTO conversation_refs (conversation_id, channel_id, user_id, account_id, reference, updated_at)
         VALUES ($1, 'bench', 'u', $2, '{}', now())`,
        [id, account],
      );
    await pool.query(
      `INSERT INTO handoffs (handoff_id, conversation_id, channel_id, reason, priority, summary, locale, verified, status, queued_at)
       VALUES ('H-rr', 'rr-1', 'bench', 'asked_for_human', 1, 's', 'en', true, 'queued', $1)`,
      [NOW],
    );
  });
  afterEach(async () => {
    await pool.query("DELETE FROM rate_counters WHERE key LIKE 'rr:%'");
  });

  const planned = (conversationId: string) =>
    new PgRequestReads(pool, [accountOfRead(conversationId), openHandoffRead(conversationId)]);

  it('asks the account lookup and the handoff check in the rate limits round trip, and answers them once', async () => {
    const direct = { account: await refs.accountOf('rr-1'), handoff: await handoffs.open('rr-1') };
    expect(direct.account).toBe('A-1');
    expect(direct.handoff?.handoffId).toBe('H-rr');
    const { trips, value } = await tripsOf(() =>
      withRequestReads(planned('rr-1'), async () => {
        const counts = await counters.hitEach(hits(), NOW);
        return { counts, account: await refs.accountOf('rr-1'), handoff: await handoffs.open('rr-1') };
      }),
    );
    expect(trips).toHaveLength(1);
    expect(trips[0]).toMatch(/;\nSELECT account_id FROM conversation_refs .*;\nSELECT handoff_id/s);
    expect(value.counts.map((c) => c.count)).toEqual([1, 1]);
    expect(value.account).toBe(direct.account);
    expect(value.handoff).toEqual(direct.handoff);
    // Once: the same read asked again in the request goes to the database.
    const again = await tripsOf(() =>
      withRequestReads(planned('rr-1'), async () => {
        await counters.hitEach(hits(), NOW);
        await refs.accountOf('rr-1');
        return refs.accountOf('rr-1');
      }),
    );
    expect(again.trips).toHaveLength(2);
    expect(again.value).toBe('A-1');
  });

  it('finds an id with quotes and backslashes, and a conversation with neither row', async () => {
    const { trips, value } = await tripsOf(() =>
      withRequestReads(planned("rr-'\\2"), async () => {
        await counters.hitEach(hits(), NOW);
        return [await refs.accountOf("rr-'\\2"), await handoffs.open("rr-'\\2")];
      }),
    );
    expect(trips).toHaveLength(1);
    expect(value).toEqual(['A-2', undefined]);
    const none = await tripsOf(() =>
      withRequestReads(planned('rr-none'), async () => {
        await counters.hitEach(hits(), NOW);
        return [await refs.accountOf('rr-none'), await handoffs.open('rr-none')];
      }),
    );
    expect(none.trips).toHaveLength(1);
    expect(none.value).toEqual([undefined, undefined]);
  });

  it('answers nothing once the turn has started (its lock and memory answer there)', async () => {
    const { trips, value } = await tripsOf(() =>
      withRequestReads(planned('rr-1'), async () => {
        await counters.hitEach(hits(), NOW);
        return withTurnReads(() => refs.accountOf('rr-1'));
      }),
    );
    expect(trips).toHaveLength(2);
    expect(value).toBe('A-1');
  });

  it('counts the limits as before: the first over stops the count, and the reads still answer', async () => {
    const counted = await withRequestReads(planned('rr-1'), async () => {
      const out = [];
      for (let i = 0; i < 3; i++) out.push((await counters.hitEach(hits(2), NOW)).map((c) => c.count));
      return out;
    });
    expect(counted).toEqual([[1, 1], [2, 2], [3]]);
    const alone = await counters.hitEach(hits(2), NOW);
    expect(alone.map((c) => c.count)).toEqual([4]);
  });

  it('sends the planned reads only once per request, and nothing extra without a plan', async () => {
    const { trips } = await tripsOf(() =>
      withRequestReads(planned('rr-1'), async () => {
        await counters.hitEach(hits(), NOW);
        await counters.hitEach(hits(), NOW);
      }),
    );
    expect(trips).toHaveLength(2);
    expect(trips[1]).not.toMatch(/conversation_refs/);
    const plain = await tripsOf(() => counters.hitEach(hits(), NOW));
    expect(plain.trips).toHaveLength(1);
    expect(plain.trips[0]).toMatch(/^WITH lk AS/);
  });
});
