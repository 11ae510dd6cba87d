import { expect, it } from 'vitest';
import { memoryKey } from '../../../src/store/inboundMemory.js';
import { ClaimLostError, pgFoldedClaims } from '../../../src/store/pg/turnClaim.js';
import { pgTurnNodes, sentWhile } from '../../support/pgTurn.js';
import { describePg } from '../../support/postgres.js';
import { expectUnbrokenChain, message } from '../contracts/transcripts.contract.js';

const NOW = new Date('2026-12-06T09:00:00.000Z');
const LEASE = new Date('2026-12-06T09:01:00.000Z');
const keyOf = (conversationId: string) => `directline/conversations/${conversationId}/`;
const inbound = (conversationId: string, n: number) => [{ activity: message(conversationId, n), meta: {} }];

/**
 * The inbound record's write-ahead on the turn's lock session (issue 19, pg15): inside a `hold`,
 * the record, the activity claim and a try of the turn lock go in ONE round trip; the turn then
 * reads and writes its state without a round trip for the lock. A lock held elsewhere, a claim
 * held elsewhere and a moved head each keep their guarantee.
 */
describePg('the inbound record tries the turn lock on PostgreSQL', (db) => {
  const instance = pgTurnNodes(db);

  it('records the inbound, takes its claim and the turn lock in one round trip; the state then needs no lock round trip', async () => {
    const node = instance();
    await node.transcripts.appendAll(inbound('tl-1', 1), NOW);
    const { texts } = await sentWhile(() =>
      pgFoldedClaims.run('tl-1/a2', 'owner-1', NOW, LEASE, () =>
        node.lock.hold('tl-1', async () => {
          await node.transcripts.appendAll(inbound('tl-1', 2), NOW);
          expect(node.lock.sessions.current()?.holdsLock).toBe(true);
          await node.lock.run('tl-1', async () => {
            await node.state.read([keyOf('tl-1')]);
            await node.state.write({ [keyOf('tl-1')]: { step: 1 } });
          });
        }),
      ),
    );
    const statements = texts.filter((t) => !t.startsWith('SET lock_timeout'));
    expect(statements[0]).toMatch(
      /^SELECT pg_try_advisory_lock[\s\S]*pg_advisory_xact_lock[\s\S]*INSERT INTO activity_claims[\s\S]*INSERT INTO transcript_records/,
    );
    expect(texts.filter((t) => /pg_advisory_lock\(/.test(t))).toEqual([]);
    const records = await node.transcripts.getRecords('tl-1');
    expect(records.map((r) => r.seq)).toEqual([1, 2]);
    expectUnbrokenChain(records);
    const claim = await db
      .pool()
      .query('SELECT owner, state FROM activity_claims WHERE claim_key = $1', [memoryKey('tl-1/a2')]);
    expect(claim.rows).toEqual([{ owner: 'owner-1', state: 'running' }]);
    const lock = await db.pool().query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'");
    expect(lock.rows[0]).toEqual({ n: 0 });
  });

  it('a claim another arrival holds writes no record and refuses the turn; the session stays usable', async () => {
    const node = instance();
    await node.transcripts.appendAll(inbound('tl-2', 1), NOW);
    await db
      .pool()
      .query(
        "INSERT INTO activity_claims (claim_key, owner, state, lease_until, claimed_at) VALUES ($1, 'other', 'running', $2, $3)",
        [memoryKey('tl-2/a2'), LEASE, NOW],
      );
    let usable: boolean | undefined;
    const turn = pgFoldedClaims.run('tl-2/a2', 'owner-2', NOW, LEASE, () =>
      node.lock.hold('tl-2', async () => {
        await node.transcripts.appendAll(inbound('tl-2', 2), NOW).finally(() => {
          usable = node.lock.sessions.current()?.usable;
        });
      }),
    );
    await expect(turn).rejects.toBeInstanceOf(ClaimLostError);
    expect(usable).toBe(true);
    expect((await node.transcripts.getRecords('tl-2')).map((r) => r.seq)).toEqual([1]);
  });

  it('a turn lock held by another instance does not hold up the record; the state read then waits for the lock', async () => {
    const a = instance();
    const b = instance();
    await a.transcripts.appendAll(inbound('tl-3', 1), NOW);
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let bHolds!: () => void;
    const held = new Promise<void>((r) => (bHolds = r));
    const order: string[] = [];
    const other = b.lock.run('tl-3', async () => {
      await b.state.read([keyOf('tl-3')]);
      bHolds();
      await released;
      await b.state.write({ [keyOf('tl-3')]: { by: 'b' } });
      order.push('b wrote');
    });
    await held;
    const turn = a.lock.hold('tl-3', async () => {
      await a.transcripts.appendAll(inbound('tl-3', 2), NOW);
      order.push('a recorded');
      expect(a.lock.sessions.current()?.holdsLock).toBe(false);
      setTimeout(release, 100);
      await a.lock.run('tl-3', async () => {
        const read = await a.state.read([keyOf('tl-3')]);
        order.push(`a read ${JSON.stringify(read[keyOf('tl-3')]?.by)}`);
      });
    });
    await Promise.all([other, turn]);
    // b's write commits and frees the lock in one round trip, so a's read may come back on its own
    // connection before b's await resumes to log 'b wrote': reading "b" (written only after the
    // release, 100 ms after a recorded) is what shows the read waited for the lock.
    expect(order[0]).toBe('a recorded');
    expect([...order].sort()).toEqual(['a read "b"', 'a recorded', 'b wrote']);
    expect((await a.transcripts.getRecords('tl-3')).map((r) => r.seq)).toEqual([1, 2]);
  });

  it('a head moved by another writer is appended the ordinary way, one chain in order', async () => {
    const a = instance();
    const b = instance();
    await a.transcripts.appendAll(inbound('tl-4', 1), NOW);
    await b.transcripts.appendAll(inbound('tl-4', 2), NOW);
    await a.lock.hold('tl-4', async () => {
      await a.transcripts.appendAll(inbound('tl-4', 3), NOW);
      await a.lock.run('tl-4', () => a.state.read([keyOf('tl-4')]).then(() => undefined));
    });
    const records = await a.transcripts.getRecords('tl-4');
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expectUnbrokenChain(records);
  });
});
