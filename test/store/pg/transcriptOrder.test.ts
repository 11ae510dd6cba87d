import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import type { PgPool } from '../../../src/store/pg/pool.js';
import { ConversationOrder } from '../../../src/store/pg/transcriptOrder.js';
import { PgTranscriptStore, TRANSCRIPT_LOCK_SPACE } from '../../../src/store/pg/transcripts.js';
import type { TranscriptActivity } from '../../../src/store/transcripts/types.js';
import { TranscriptWriter } from '../../../src/store/transcripts/writer.js';
import { expectUnbrokenChain, message } from '../contracts/transcripts.contract.js';
import { describePg } from '../../support/postgres.js';

const clock = new ManualClock('2026-12-06T12:00:00.000Z');
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

describe('ConversationOrder (issue 19, pg16)', () => {
  it('runs the appends of one conversation in call order and those of others at once', async () => {
    const order = new ConversationOrder();
    const log: string[] = [];
    let releaseA!: () => void;
    const a1 = order.run(['a'], () => new Promise<void>((r) => (releaseA = r)).then(() => log.push('a1')));
    const a2 = order.run(['a'], async () => void log.push('a2'));
    const b1 = order.run(['b'], async () => void log.push('b1'));
    const ab = order.run(['b', 'a'], async () => void log.push('ab'));
    await b1;
    await tick();
    expect(log).toEqual(['b1']);
    releaseA();
    await Promise.all([a1, a2, ab]);
    expect(log).toEqual(['b1', 'a1', 'a2', 'ab']);
    expect(order.size).toBe(0);
  });

  it('goes on after an append that failed', async () => {
    const order = new ConversationOrder();
    const failed = order.run(['a'], () => Promise.reject(new Error('lost')));
    const next = order.run(['a'], async () => 'written');
    await expect(failed).rejects.toThrow('lost');
    await expect(next).resolves.toBe('written');
  });
});

function trace(conversationId: string, label: string): TranscriptActivity {
  return { type: 'trace', name: 'test.trace', label, conversation: { id: conversationId } };
}

describePg('TranscriptWriter beside its queue on PostgreSQL (issue 19, pg16)', (pg) => {
  function writerOn(pool: PgPool): TranscriptWriter {
    return new TranscriptWriter({ store: new PgTranscriptStore(pool), clock, onFailure: () => undefined });
  }

  it('does not hold up commits of other conversations behind one that waits in the database', async () => {
    const writer = writerOn(pg.pool({ max: 6 }));
    for (const c of ['slow', 'q1', 'q2', 'q3']) await writer.commit([{ activity: message(c, 1) }]);
    // Another instance holds the slow conversation's chain lock: its commit waits inside PostgreSQL.
    const holder = await pg.pool({ max: 1 }).connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [TRANSCRIPT_LOCK_SPACE, 'slow']);
      let slowDone = false;
      const slow = writer.commit([{ activity: message('slow', 2) }]).then(() => (slowDone = true));
      await tick();
      await Promise.all(['q1', 'q2', 'q3'].map((c) => writer.commit([{ activity: message(c, 2) }])));
      expect(slowDone).toBe(false);
      await holder.query('ROLLBACK');
      await slow;
    } finally {
      holder.release();
    }
    const store = new PgTranscriptStore(pg.pool());
    for (const c of ['slow', 'q1', 'q2', 'q3']) {
      const records = await store.getRecords(c);
      expectUnbrokenChain(records);
      expect(records.map((r) => r.activity.text)).toEqual(['message 1', 'message 2']);
    }
  });

  it("keeps one conversation's commits in call order, a queued trace before its next commit, when none is awaited", async () => {
    const writer = writerOn(pg.pool({ max: 4 }));
    const commits: Promise<void>[] = [];
    for (let n = 1; n <= 15; n++) {
      commits.push(writer.commit([{ activity: message('order-1', n) }]));
      if (n % 3 === 0) writer.append(trace('order-1', `t${n}`));
      commits.push(writer.commit([{ activity: message(`other-${n % 4}`, n) }]));
    }
    await Promise.all(commits);
    await writer.flush(5000);
    const records = await new PgTranscriptStore(pg.pool()).getRecords('order-1');
    expectUnbrokenChain(records);
    const texts = records.map((r) => r.activity.text ?? r.activity.label);
    // The commits in call order; a queued trace no later than its conversation's next commit.
    expect(texts.filter((t) => t?.startsWith('message'))).toEqual(
      Array.from({ length: 15 }, (_, i) => `message ${i + 1}`),
    );
    for (let n = 3; n < 15; n += 3) {
      expect(texts.indexOf(`t${n}`)).toBeGreaterThan(-1);
      expect(texts.indexOf(`t${n}`)).toBeLessThan(texts.indexOf(`message ${n + 1}`));
    }
    expect(texts).toHaveLength(20);
    expect(writer.health()).toMatchObject({ backlog: 0, failing: false });
  });
});
