import { expect, it } from 'vitest';
import { memoryKey } from '../../../src/store/inboundMemory.js';
import { PgRateCounters } from '../../../src/store/pg/rateCounters.js';
import { PgRequestReads, withRequestReads } from '../../../src/store/pg/requestReads.js';
import { transcriptHeadRead } from '../../../src/store/pg/transcriptHeads.js';
import { ClaimLostError, pgFoldedClaims } from '../../../src/store/pg/turnClaim.js';
import { pgTurnNodes, sentWhile, type PgTurnNode } from '../../support/pgTurn.js';
import { describePg } from '../../support/postgres.js';
import { expectUnbrokenChain, message } from '../contracts/transcripts.contract.js';

const NOW = new Date('2026-12-06T21:00:00.000Z');
const LEASE = new Date('2026-12-06T21:01:00.000Z');
const inbound = (conversationId: string, n: number) => [{ activity: message(conversationId, n), meta: {} }];
const TRY_LOCK = /^SELECT pg_try_advisory_lock/;
const NO_WAIT = /set_config\('synchronous_commit', 'off', true\)/;
const LOCKED_PATH = /^BEGIN; SELECT pg_advisory_xact_lock/;

/**
 * The chain head read with the request's rate limits (issue 19, pgturn19): a turn's inbound record
 * is one statement on its lock session, trying the turn lock and without its own flush wait, even
 * when this instance never wrote the conversation (its first turn, another instance's record).
 */
describePg("the transcript head read with a request's rate limits (PostgreSQL)", (db) => {
  const instance = pgTurnNodes(db);

  /** One request as `/api/messages` runs it: the limits with the head read, then the turn's record. */
  async function request(node: PgTurnNode, conversationId: string, n: number, before?: () => Promise<void>) {
    const counters = new PgRateCounters(node.pool);
    return sentWhile(() =>
      withRequestReads(new PgRequestReads(node.pool, [transcriptHeadRead(conversationId)]), async () => {
        await counters.hitEach([{ key: `hr:${conversationId}:${n}`, windowMs: 60_000, limit: 100 }], NOW);
        await before?.();
        await node.lock.hold(conversationId, () =>
          node.transcripts.appendAll(inbound(conversationId, n), NOW),
        );
      }),
    );
  }

  it("a new conversation's first record: one statement that tries the turn lock, no locked path", async () => {
    const node = instance();
    const { texts } = await request(node, 'hr-1', 1);
    expect(texts[0]).toMatch(/rate_counters[\s\S]*transcript_conversations/);
    const record = texts.filter((t) => /INSERT INTO transcript_records/.test(t));
    expect(record).toHaveLength(1);
    expect(record[0]).toMatch(TRY_LOCK);
    expect(record[0]).toMatch(NO_WAIT);
    expect(texts.some((t) => LOCKED_PATH.test(t))).toBe(false);
    const records = await node.transcripts.getRecords('hr-1');
    expect(records.map((r) => r.seq)).toEqual([1]);
    expectUnbrokenChain(records);
  });

  it("a conversation another instance wrote: chained after that instance's head, in one statement", async () => {
    const [a, b] = [instance(), instance()];
    await a.transcripts.appendAll(inbound('hr-2', 1), NOW);
    await a.transcripts.appendAll(inbound('hr-2', 2), NOW);
    const { texts } = await request(b, 'hr-2', 3);
    expect(texts.filter((t) => /INSERT INTO transcript_records/.test(t))).toHaveLength(1);
    expect(texts.some((t) => LOCKED_PATH.test(t))).toBe(false);
    const records = await b.transcripts.getRecords('hr-2');
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expectUnbrokenChain(records);
  });

  it('a head that moved after the read (a first record elsewhere) writes nothing wrong: the chain stays whole', async () => {
    const [a, b] = [instance(), instance()];
    const { texts } = await request(b, 'hr-3', 2, () =>
      a.transcripts.appendAll(inbound('hr-3', 1), NOW).then(() => undefined),
    );
    expect(texts.some((t) => LOCKED_PATH.test(t))).toBe(true);
    const records = await b.transcripts.getRecords('hr-3');
    expect(records.map((r) => r.seq)).toEqual([1, 2]);
    expectUnbrokenChain(records);
    // The same after a record of the conversation's own: the stale read is not taken over what b wrote.
    const [c] = [instance()];
    await c.transcripts.appendAll(inbound('hr-3', 3), NOW);
    const again = await request(c, 'hr-3', 4, () =>
      c.transcripts.appendAll(inbound('hr-3', 5), NOW).then(() => undefined),
    );
    expect(again.texts.some((t) => LOCKED_PATH.test(t))).toBe(false);
    const all = await c.transcripts.getRecords('hr-3');
    expect(all.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expectUnbrokenChain(all);
  });

  /** Both resolve once `n` callers have arrived (each request has read the chain head by then). */
  function barrier(n: number): () => Promise<void> {
    let arrived = 0;
    let open!: () => void;
    const all = new Promise<void>((resolve) => (open = resolve));
    return () => {
      if (++arrived === n) open();
      return all;
    };
  }

  /** `request` as the turn of one arrival of activity `a1`, its claim folded into the record (pgturn). */
  const claimedRequest = (node: PgTurnNode, conversationId: string, owner: string, before?: () => Promise<void>) =>
    pgFoldedClaims.run(`${conversationId}/a1`, owner, NOW, LEASE, () => request(node, conversationId, 1, before));

  const recordsOf = async (conversationId: string) =>
    (
      await db
        .pool()
        .query<{ seq: number }>('SELECT seq FROM transcript_records WHERE conversation_id = $1', [conversationId])
    ).rows.map((r) => r.seq);

  it("claim23: a new conversation's first record is not written when another arrival holds the claim", async () => {
    const node = instance();
    await db
      .pool()
      .query(
        "INSERT INTO activity_claims (claim_key, owner, state, lease_until, claimed_at) VALUES ($1, 'other', 'running', $2, $3)",
        [memoryKey('hr-4/a1'), LEASE, NOW],
      );
    await expect(claimedRequest(node, 'hr-4', 'owner-4')).rejects.toBeInstanceOf(ClaimLostError);
    expect(await recordsOf('hr-4')).toEqual([]);
  });

  it('claim23: two instances\' first turns of a new conversation at once: one records, the other is refused as lost (no 23505)', async () => {
    const [a, b] = [instance(), instance()];
    const both = barrier(2);
    const outcomes = await Promise.allSettled([
      claimedRequest(a, 'hr-5', 'owner-a', both),
      claimedRequest(b, 'hr-5', 'owner-b', both),
    ]);
    const lost = outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason as unknown);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ClaimLostError);
    expect(await recordsOf('hr-5')).toEqual([1]);
  });
});
