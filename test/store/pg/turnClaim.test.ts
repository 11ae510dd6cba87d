import pg from 'pg';
import { expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { ActivityClaimGate, type ClaimEntry } from '../../../src/store/activityClaimGate.js';
import { PgActivityClaims } from '../../../src/store/pg/activityClaims.js';
import { type PgPool, withTransaction } from '../../../src/store/pg/pool.js';
import { PgTranscriptStore } from '../../../src/store/pg/transcripts.js';
import { PgConversationLock } from '../../../src/store/pg/conversationLock.js';
import { PgStateStorage } from '../../../src/store/pg/stateStorage.js';
import { PgDirectLineStore } from '../../../src/channels/directline/pgDirectLineStore.js';
import { toPlainActivity } from '../../../src/store/transcripts/index.js';
import { describePg } from '../../support/postgres.js';

const clock = new ManualClock('2026-12-05T01:00:00Z');

function gate(pool: PgPool, leaseMs = 60_000): ActivityClaimGate {
  return new ActivityClaimGate({
    claims: new PgActivityClaims(pool),
    clock,
    secret: 'secret-0123456789',
    leaseMs,
    waitMs: 3_000,
    retentionMs: 3_600_000,
    pollMs: 20,
  });
}

function message(conversationId: string, text: string) {
  return {
    type: 'message',
    id: `in-${text}`,
    channelId: 'test',
    conversation: { id: conversationId },
    from: { id: 'u', role: 'user' },
    recipient: { id: 'bot' },
    text,
  };
}

/** Statements sent on every connection while `fn` runs. */
async function counted<T>(fn: () => Promise<T>): Promise<{ value: T; trips: number }> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  let trips = 0;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    trips++;
    return original.apply(this, args);
  };
  try {
    return { value: await fn(), trips };
  } finally {
    (pg.Client.prototype as unknown as { query: unknown }).query = original;
  }
}

async function enterRun(g: ActivityClaimGate, conversationId: string): Promise<ClaimEntry & { kind: 'run' }> {
  const entry = await g.enter({ channelId: 'test', conversationId, activityId: 'a-1' });
  if (entry.kind !== 'run') throw new Error(`expected to run, got ${entry.kind}`);
  return entry;
}

describePg('the activity claim folded into the turn’s first write (issue 19, pgturn)', (db) => {
  const claimRows = async (pool: PgPool) =>
    (await pool.query<{ state: string }>('SELECT state FROM activity_claims')).rows.map((r) => r.state);
  const records = async (pool: PgPool, conversationId: string) =>
    (
      await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM transcript_records WHERE conversation_id = $1',
        [conversationId],
      )
    ).rows[0]?.n;

  it('costs no round trip of its own: the claim rides with the transcript write-ahead', async () => {
    const pool = db.pool();
    await pool.query('DELETE FROM activity_claims');
    const transcripts = new PgTranscriptStore(pool);
    await transcripts.append(message('fold-1', 'warm'), {}, clock.now());
    const g = gate(pool);
    await g.enter({ channelId: 'test', conversationId: 'warm', activityId: 'sweeps-old-claims-once' });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the sweep's DELETE, off the path
    const { trips } = await counted(async () => {
      const entry = await enterRun(g, 'fold-1');
      const run = await entry.within(() => transcripts.append(message('fold-1', 'hello'), {}, clock.now()));
      expect(run.ran).toBe(true);
    });
    expect(trips).toBe(1);
    expect(await claimRows(pool)).toEqual(['running']);
  });

  it('lets a repeat on another instance write nothing, and replays the first answer to it', async () => {
    const pool = db.pool();
    const [a, b] = [gate(pool), gate(db.pool())];
    const transcripts = [new PgTranscriptStore(pool), new PgTranscriptStore(pool)];
    const first = await enterRun(a, 'fold-2');
    const ran = await first.within(() => transcripts[0]!.append(message('fold-2', 'x'), {}, clock.now()));
    expect(ran.ran).toBe(true);
    await first.finish({ status: 200, body: { id: 'first' } });
    const second = await enterRun(b, 'fold-2');
    const again = await second.within(() => transcripts[1]!.append(message('fold-2', 'x'), {}, clock.now()));
    expect(again).toMatchObject({ ran: false, entry: { kind: 'replay', answer: { body: { id: 'first' } } } });
    expect(await records(pool, 'fold-2')).toBe(1);
  });

  it('refuses a repeat on the one-statement append too (the chain head known): no record, the answer replayed', async () => {
    const pool = db.pool();
    const store = new PgTranscriptStore(pool);
    await store.append(message('fold-2b', 'warm'), {}, clock.now());
    const first = await enterRun(gate(pool), 'fold-2b');
    await first.within(() => store.append(message('fold-2b', 'x'), {}, clock.now()));
    await first.finish({ status: 200, body: { id: 'once' } });
    const { value: again, trips } = await counted(async () => {
      const second = await enterRun(gate(db.pool()), 'fold-2b');
      return second.within(() => store.append(message('fold-2b', 'x'), {}, clock.now()));
    });
    expect(again).toMatchObject({ ran: false, entry: { kind: 'replay', answer: { body: { id: 'once' } } } });
    expect(trips).toBeLessThanOrEqual(4); // the refused write, the claim read, the sweep of the new gate
    expect(await records(pool, 'fold-2b')).toBe(2);
  });

  it('makes a repeat that arrives while the first still runs wait for its answer, writing nothing', async () => {
    const pool = db.pool();
    const store = new PgTranscriptStore(pool);
    const first = await enterRun(gate(pool), 'fold-3');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const running = first.within(async () => {
      await store.append(message('fold-3', 'x'), {}, clock.now());
      await held;
    });
    // The first's record (and with it its claim) committed before the repeat arrives (claim23: a
    // fixed 50 ms head start was not always enough at load 15).
    for (let waited = 0; (await records(pool, 'fold-3')) !== 1 && waited < 5000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const second = await enterRun(gate(db.pool()), 'fold-3');
    const waiting = second.within(() =>
      new PgTranscriptStore(pool).append(message('fold-3', 'x'), {}, clock.now()),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await running;
    await first.finish({ status: 200, body: { id: 'only' } });
    expect(await waiting).toMatchObject({
      ran: false,
      entry: { kind: 'replay', answer: { body: { id: 'only' } } },
    });
    expect(await records(pool, 'fold-3')).toBe(1);
  });

  it('leaves neither claim nor write when the write’s transaction fails, so a retry runs the turn', async () => {
    const pool = db.pool();
    await pool.query('DELETE FROM activity_claims');
    const entry = await enterRun(gate(pool), 'fold-4');
    await expect(
      entry.within(() =>
        withTransaction(pool, 'a failing write', async (client) => {
          await client.query(
            "INSERT INTO rate_counters (key, count, window_start, last_at) VALUES ('fold-4', 1, now(), now())",
          );
          throw new Error('the write failed half way');
        }),
      ),
    ).rejects.toThrow('half way');
    await entry.abandon();
    expect(await claimRows(pool)).toEqual([]);
    expect((await pool.query("SELECT 1 FROM rate_counters WHERE key = 'fold-4'")).rowCount).toBe(0);
    const retry = await enterRun(gate(pool), 'fold-4');
    expect((await retry.within(async () => 'ran again')).ran).toBe(true);
  });

  it('claims a turn that wrote nothing after it, the ordinary way', async () => {
    const pool = db.pool();
    await pool.query('DELETE FROM activity_claims');
    const entry = await enterRun(gate(pool), 'fold-5');
    expect(await entry.within(async () => 'read only')).toEqual({ ran: true, value: 'read only' });
    expect(await claimRows(pool)).toEqual(['running']);
  });

  it('renews the lease of a turn that outlives half of it, so no retry takes it over', async () => {
    const pool = db.pool();
    await pool.query('DELETE FROM activity_claims');
    const entry = await enterRun(gate(pool, 1_000), 'fold-6');
    await entry.within(async () => {
      await new PgTranscriptStore(pool).append(message('fold-6', 'slow'), {}, clock.now());
      clock.advance(3_600_000);
      await new Promise((resolve) => setTimeout(resolve, 800));
    });
    const row = await pool.query<{ lease_until: Date }>('SELECT lease_until FROM activity_claims');
    expect(row.rows[0]!.lease_until.getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it('stores a Direct Line post with its claim in three round trips and a reply in two; a repeat stores nothing', async () => {
    const pool = db.pool();
    const transcripts = new PgTranscriptStore(pool);
    const store = new PgDirectLineStore(pool, async (client, activity, person) => {
      await transcripts.appendAllIn(
        client,
        [{ activity: toPlainActivity(activity), meta: person }],
        clock.now(),
      );
    });
    const c = (await store.conversationForUser('dl-fold', clock.now())).conversationId;
    const said = (role: 'user' | 'bot') => (id: string) => ({
      type: 'message' as const,
      id,
      text: role,
      channelId: 'directline',
      conversation: { id: c, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: role, name: role, role },
    });
    const g = gate(pool);
    const ref = { channelId: 'directline', conversationId: c, activityId: 'client:1' };
    await g.enter({ ...ref, activityId: 'warm' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const first = await g.enter(ref);
    if (first.kind !== 'run') throw new Error(first.kind);
    const inbound = await counted(() => first.within(() => store.append(c, clock.now(), said('user'))));
    expect(inbound.value.ran).toBe(true);
    expect(inbound.trips).toBeLessThanOrEqual(5); // BEGIN+claim+lock+watermark, INSERT, transcript lock+head, record, COMMIT
    const reply = await counted(() => store.append(c, clock.now(), said('bot')));
    expect(reply.trips).toBe(2);
    await first.finish({ status: 200, body: { id: 'dl-1' } });
    const again = await gate(db.pool()).enter(ref);
    if (again.kind !== 'run') throw new Error(again.kind);
    const ran = await again.within(() => store.append(c, clock.now(), said('user')));
    expect(ran).toMatchObject({ ran: false, entry: { kind: 'replay' } });
    expect(await store.latestWatermark(c)).toBe(2);
    expect((await transcripts.getRecords(c)).length).toBe(1);
  });

  it('takes the claim with the state write when that is the turn’s first write; a repeat leaves the state as it was', async () => {
    const pool = db.pool();
    const lock = new PgConversationLock({ url: db.url, connections: 2, serverLockAt: 'stateRead' });
    const state = new PgStateStorage(pool, lock.sessions);
    const key = 'test/conversations/fold-state';
    const turn = (count: number) => () =>
      lock.run('fold-state', async () => {
        await state.read([key]);
        await state.write({ [key]: { count, eTag: '*' } });
      });
    try {
      const first = await enterRun(gate(pool), 'fold-state');
      expect((await first.within(turn(1))).ran).toBe(true);
      expect(await claimRows(pool)).toContain('running');
      await first.finish({ status: 200, body: { id: 'state' } });
      const again = await enterRun(gate(db.pool()), 'fold-state');
      expect(await again.within(turn(2))).toMatchObject({ ran: false, entry: { kind: 'replay' } });
      expect((await state.read([key]))[key]?.count).toBe(1);
    } finally {
      await lock.close();
    }
  });
});
