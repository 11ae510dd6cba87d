import { expect, it, vi } from 'vitest';
import { pgTurnNodes, sentWhile } from '../../support/pgTurn.js';
import { describePg } from '../../support/postgres.js';
import { expectUnbrokenChain, message } from '../contracts/transcripts.contract.js';

const NOW = new Date('2026-12-06T03:00:00.000Z');
const keyOf = (conversationId: string) => `directline/conversations/${conversationId}/`;
const reply = (conversationId: string, n: number) => ({
  activity: { ...message(conversationId, n), from: { id: 'bot', role: 'bot' }, text: `reply ${n}` },
  meta: {},
});

/**
 * Reply records riding in the turn's transaction (issue 19, pg13): written with the state write,
 * its COMMIT and the unlock in one round trip, all or nothing, in chain order.
 */
describePg('reply records in the turn transaction on PostgreSQL', (db) => {
  const instance = pgTurnNodes(db);

  const outcome = () => ({ committed: vi.fn(), lost: vi.fn() });

  /** The texts node-postgres sent while `work` ran. */
  const sent = async (work: () => Promise<unknown>): Promise<string[]> => (await sentWhile(work)).texts;

  it('writes the replies with the state, its COMMIT and the unlock in one round trip, chained after the inbound record', async () => {
    const node = instance();
    await node.transcripts.appendAll([{ activity: message('late-1', 1), meta: {} }], NOW);
    const told = outcome();
    let texts: string[] = [];
    await node.lock.run('late-1', async () => {
      await node.state.read([keyOf('late-1')]);
      expect(node.transcripts.deferToTurn([reply('late-1', 2), reply('late-1', 3)], NOW, told)).toBe(true);
      expect(told.committed).not.toHaveBeenCalled();
      texts = await sent(() => node.state.write({ [keyOf('late-1')]: { step: 1 } }));
    });
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(
      /^BEGIN;\n[\s\S]*INSERT INTO transcript_records[\s\S]*bot_state[\s\S]*COMMIT;\nSELECT pg_advisory_unlock/,
    );
    expect(told.committed).toHaveBeenCalledOnce();
    expect(told.lost).not.toHaveBeenCalled();
    const records = await node.transcripts.getRecords('late-1');
    expect(records.map((r) => r.activity.text)).toEqual(['message 1', 'reply 2', 'reply 3']);
    expectUnbrokenChain(records);
  });

  it('leaves nothing half-written when the state write fails in that round trip: no reply, no state, the lock free', async () => {
    const node = instance();
    const admin = db.pool({ max: 1 });
    await admin.query(`CREATE OR REPLACE FUNCTION late_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.key LIKE '%late-refused%' THEN RAISE EXCEPTION 'state refused'; END IF; RETURN NEW; END $$`);
    await admin.query(
      'CREATE TRIGGER late_test_refuse BEFORE INSERT OR UPDATE ON bot_state FOR EACH ROW EXECUTE FUNCTION late_test_refuse()',
    );
    try {
      await node.transcripts.appendAll([{ activity: message('late-refused', 1), meta: {} }], NOW);
      const told = outcome();
      const turn = node.lock.run('late-refused', async () => {
        await node.state.read([keyOf('late-refused')]);
        expect(node.transcripts.deferToTurn([reply('late-refused', 2)], NOW, told)).toBe(true);
        await node.state.write({ [keyOf('late-refused')]: { step: 1 } });
      });
      await expect(turn).rejects.toThrow('state refused');
      expect(told.lost).toHaveBeenCalledOnce();
      expect(told.committed).not.toHaveBeenCalled();
      expect((await node.transcripts.getRecords('late-refused')).map((r) => r.seq)).toEqual([1]);
    } finally {
      await admin.query('DROP TRIGGER late_test_refuse ON bot_state');
    }
    const other = instance();
    expect(await other.state.read([keyOf('late-refused')])).toEqual({});
    // The lock is free and the chain goes on from the record that was committed.
    await other.lock.run('late-refused', async () => {
      await other.state.read([keyOf('late-refused')]);
      await other.state.write({ [keyOf('late-refused')]: { step: 2 } });
    });
    await node.transcripts.appendAll([reply('late-refused', 4)], NOW);
    const records = await node.transcripts.getRecords('late-refused');
    expect(records.map((r) => r.activity.text)).toEqual(['message 1', 'reply 4']);
    expectUnbrokenChain(records);
  });

  it('when another writer moved the chain head mid-turn, writes the replies on their own first, then the state', async () => {
    const [node, elsewhere] = [instance(), instance()];
    await node.transcripts.appendAll([{ activity: message('late-moved', 1), meta: {} }], NOW);
    const told = outcome();
    await node.lock.run('late-moved', async () => {
      await node.state.read([keyOf('late-moved')]);
      expect(node.transcripts.deferToTurn([reply('late-moved', 3)], NOW, told)).toBe(true);
      // An agent's message from another instance lands on the chain meanwhile.
      await elsewhere.transcripts.appendAll([reply('late-moved', 2)], NOW);
      await node.state.write({ [keyOf('late-moved')]: { step: 1 } });
    });
    expect(told.committed).toHaveBeenCalledOnce();
    expect(told.lost).not.toHaveBeenCalled();
    const records = await node.transcripts.getRecords('late-moved');
    expect(records.map((r) => r.activity.text)).toEqual(['message 1', 'reply 2', 'reply 3']);
    expectUnbrokenChain(records);
    expect((await elsewhere.state.read([keyOf('late-moved')]))[keyOf('late-moved')]?.step).toBe(1);
  });

  it('commits replies of a turn that writes no state before the turn settles, and refuses them outside a held turn', async () => {
    const node = instance();
    await node.transcripts.appendAll([{ activity: message('late-nostate', 1), meta: {} }], NOW);
    expect(node.transcripts.deferToTurn([reply('late-nostate', 2)], NOW, outcome())).toBe(false);
    const told = outcome();
    await node.lock.run('late-nostate', async () => {
      expect(node.transcripts.deferToTurn([reply('late-nostate', 2)], NOW, told)).toBe(false); // lock not held yet
      await node.state.read([keyOf('late-nostate')]);
      expect(node.transcripts.deferToTurn([reply('late-nostate', 2)], NOW, told)).toBe(true);
    });
    expect(told.committed).toHaveBeenCalledOnce();
    const records = await node.transcripts.getRecords('late-nostate');
    expect(records.map((r) => r.activity.text)).toEqual(['message 1', 'reply 2']);
    expectUnbrokenChain(records);
  });

  it('loses the replies of a turn that throws before its state write (told so; nothing written)', async () => {
    const node = instance();
    await node.transcripts.appendAll([{ activity: message('late-throws', 1), meta: {} }], NOW);
    const told = outcome();
    const turn = node.lock.run('late-throws', async () => {
      await node.state.read([keyOf('late-throws')]);
      node.transcripts.deferToTurn([reply('late-throws', 2)], NOW, told);
      throw new Error('turn failed');
    });
    await expect(turn).rejects.toThrow('turn failed');
    expect(told.lost).toHaveBeenCalledOnce();
    expect(told.committed).not.toHaveBeenCalled();
    expect((await node.transcripts.getRecords('late-throws')).map((r) => r.seq)).toEqual([1]);
  });
});
