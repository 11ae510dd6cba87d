import { expect, it } from 'vitest';
import { NO_FLUSH_WAIT } from '../../../src/store/pg/flushDebt.js';
import { pipelined } from '../../../src/store/pg/pipeline.js';
import { PgVerificationAttemptStore } from '../../../src/store/pg/verificationAttempts.js';
import { pgTurnNodes, sentWhile } from '../../support/pgTurn.js';
import { describePg } from '../../support/postgres.js';
import { expectUnbrokenChain, message } from '../contracts/transcripts.contract.js';

const NOW = new Date('2026-12-06T09:00:00.000Z');
const keyOf = (conversationId: string) => `directline/conversations/${conversationId}/`;
const inbound = (conversationId: string, n: number) => [{ activity: message(conversationId, n), meta: {} }];
const NO_WAIT = /set_config\('synchronous_commit', 'off', true\)/;
const FLUSH = /UPDATE transcript_conversations SET last_at = last_at WHERE conversation_id = \$1/;

/**
 * One WAL flush fewer for an acknowledged turn (issue 19, flushDebt.ts): the inbound record on the
 * turn's lock session commits without waiting for its flush, and the turn is not answered before
 * a later commit of the session that waits for its own (which covers the record): the state
 * write's, or one of its own at the end of the turn.
 */
describePg('the inbound record commits without its own flush wait on PostgreSQL', (db) => {
  const instance = pgTurnNodes(db);

  it('a turn that writes its state: the state transaction carries the flush, no round trip is added', async () => {
    const node = instance();
    await node.transcripts.appendAll(inbound('fd-1', 1), NOW);
    const { texts } = await sentWhile(() =>
      node.lock.hold('fd-1', async () => {
        await node.transcripts.appendAll(inbound('fd-1', 2), NOW);
        await node.lock.run('fd-1', async () => {
          await node.state.read([keyOf('fd-1')]);
          await node.state.write({ [keyOf('fd-1')]: { step: 1 } });
        });
      }),
    );
    const statements = texts.filter((t) => !t.startsWith('SET lock_timeout'));
    expect(statements[0]).toMatch(/^SELECT pg_try_advisory_lock/);
    expect(statements[0]).toMatch(NO_WAIT);
    expect(statements[0]).toMatch(/INSERT INTO transcript_records/);
    const stateWrite = statements.findIndex((t) => /INSERT INTO bot_state|UPDATE bot_state/.test(t));
    expect(stateWrite).toBeGreaterThan(0);
    expect(statements[stateWrite]).toMatch(/^BEGIN;\n/);
    expect(statements[stateWrite]).toMatch(FLUSH);
    expect(statements[stateWrite]).toMatch(/COMMIT;\nSELECT pg_advisory_unlock/);
    expect(statements.filter((t) => FLUSH.test(t))).toHaveLength(1);
    expect(statements.slice(stateWrite + 1).filter((t) => !/pg_advisory_unlock/.test(t))).toEqual([]);
    const records = await node.transcripts.getRecords('fd-1');
    expect(records.map((r) => r.seq)).toEqual([1, 2]);
    expectUnbrokenChain(records);
  });

  it('a turn that writes no state: a flush of its own before the turn is over; the record is kept', async () => {
    const node = instance();
    await node.transcripts.appendAll(inbound('fd-2', 1), NOW);
    const { texts } = await sentWhile(() =>
      node.lock.hold('fd-2', async () => {
        await node.transcripts.appendAll(inbound('fd-2', 2), NOW);
      }),
    );
    const record = texts.findIndex((t) => NO_WAIT.test(t));
    expect(record).toBeGreaterThanOrEqual(0);
    const afterRecord = texts.slice(record + 1).filter((t) => !/pg_advisory_unlock/.test(t));
    expect(afterRecord).toHaveLength(1);
    expect(afterRecord[0]).toMatch(FLUSH);
    expect(afterRecord[0]).not.toMatch(NO_WAIT);
    const records = await node.transcripts.getRecords('fd-2');
    expect(records.map((r) => r.seq)).toEqual([1, 2]);
    expectUnbrokenChain(records);
    const summary = await db
      .pool()
      .query('SELECT record_count FROM transcript_conversations WHERE conversation_id = $1', ['fd-2']);
    expect(summary.rows).toEqual([{ record_count: 2 }]);
  });

  it('a turn that fails after its record still flushes before its failure is answered', async () => {
    const node = instance();
    await node.transcripts.appendAll(inbound('fd-3', 1), NOW);
    const { texts } = await sentWhile(() =>
      node.lock
        .hold('fd-3', async () => {
          await node.transcripts.appendAll(inbound('fd-3', 2), NOW);
          throw new Error('the dialog failed');
        })
        .catch((err: unknown) => err),
    );
    const record = texts.findIndex((t) => NO_WAIT.test(t));
    expect(texts.slice(record + 1).filter((t) => FLUSH.test(t))).toHaveLength(1);
  });

  it("the identity check's attempts in a turn that owes a flush leave theirs to it (issue 19, pgturn19)", async () => {
    const node = instance();
    const attempts = new PgVerificationAttemptStore(node.pool, node.lock.sessions);
    const policy = { maxAttempts: 3, lockMinutes: 30 };
    const origin = { conversationId: 'fd-5', channelId: 'directline' };
    await node.transcripts.appendAll(inbound('fd-5', 1), NOW);
    const { texts, value } = await sentWhile(() =>
      node.lock.hold('fd-5', async () => {
        await node.transcripts.appendAll(inbound('fd-5', 2), NOW);
        const wrong = await attempts.attempt('A-fd5', false, policy, NOW, origin);
        const right = await attempts.attempt('A-fd5', true, policy, NOW, origin);
        return [wrong.status, right.status];
      }),
    );
    expect(value).toEqual(['failed', 'verified']);
    const record = texts.findIndex((t) => NO_WAIT.test(t) && /INSERT INTO transcript_records/.test(t));
    const failed = texts.findIndex((t) => /INSERT INTO verification_failures/.test(t));
    const verified = texts.findIndex((t) => /INSERT INTO verification_state AS v/.test(t));
    expect([record, failed, verified].every((i) => i >= 0)).toBe(true);
    expect(texts[failed]).toMatch(NO_WAIT);
    expect(texts[verified]).toMatch(NO_WAIT);
    // The answer still waits for a flushed commit after both.
    const after = texts.slice(verified + 1).filter((t) => FLUSH.test(t));
    expect(after).toHaveLength(1);
    expect(after[0]).not.toMatch(NO_WAIT);
    // Outside such a turn every attempt waits for its own flush.
    const alone = await sentWhile(() => attempts.attempt('A-fd5', false, policy, NOW, origin));
    expect(alone.texts.some((t) => NO_WAIT.test(t))).toBe(false);
  });

  it('a turn not answered after a flush (a lock.run alone: a reminder) records with its flush wait', async () => {
    const node = instance();
    await node.transcripts.appendAll(inbound('fd-6', 1), NOW);
    const { texts } = await sentWhile(() =>
      node.lock.run('fd-6', async () => {
        await node.transcripts.appendAll(inbound('fd-6', 2), NOW);
      }),
    );
    const record = texts.find((t) => /INSERT INTO transcript_records/.test(t));
    expect(record).toMatch(/^SELECT pg_try_advisory_lock/);
    expect(record).not.toMatch(NO_WAIT);
  });

  it("the record's pipeline alone commits without the flush wait: the connection's setting is back after it", async () => {
    const client = await db.pool().connect();
    try {
      await client.query('SET synchronous_commit = on');
      const setting = { text: 'SELECT current_setting($1) AS v', values: ['synchronous_commit'] };
      const [, inside] = await pipelined(client, [NO_FLUSH_WAIT, setting]);
      expect(inside?.rows).toEqual([{ v: 'off' }]);
      const after = await client.query("SELECT current_setting('synchronous_commit') AS v");
      expect(after.rows).toEqual([{ v: 'on' }]);
    } finally {
      client.release();
    }
  });
});
