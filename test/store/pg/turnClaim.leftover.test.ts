import { expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import type { PgPool } from '../../../src/store/pg/pool.js';
import { PgTranscriptStore } from '../../../src/store/pg/transcripts.js';
import { ClaimLostError, pgFoldedClaims } from '../../../src/store/pg/turnClaim.js';
import type { TranscriptActivity } from '../../../src/store/transcripts/types.js';
import { TranscriptWriter, type WriteFailure } from '../../../src/store/transcripts/writer.js';
import { describePg } from '../../support/postgres.js';
import { message } from '../contracts/transcripts.contract.js';

const clock = new ManualClock('2026-12-07T03:00:00.000Z');
const LEASE = new Date('2026-12-07T03:01:00.000Z');
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function trace(conversationId: string, label: string): TranscriptActivity {
  return { type: 'trace', name: 'test.trace', label, conversation: { id: conversationId } };
}

async function until(condition: () => Promise<boolean> | boolean, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await pause(10)) if (await condition()) return;
  throw new Error(`condition not met within ${ms} ms`);
}

/**
 * claim24 (SECURITY.md "Red team, claim23", row "A lost turn's leftover work"): a turn whose
 * activity claim another arrival holds writes nothing, not even after it is over; and the
 * transcript writer's background drains belong to no turn, so a lost claim never refuses them and
 * a pending one is never taken by them.
 */
describePg(
  'work a turn leaves behind, and the writer’s drains, against its activity claim (claim24)',
  (db) => {
    const count = async (pool: PgPool, conversationId: string) =>
      (
        await pool.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM transcript_records WHERE conversation_id = $1',
          [conversationId],
        )
      ).rows[0]?.n ?? 0;

    /** Another arrival (owner 'first') holds the claim of `key`: it wrote its inbound record with it. */
    async function heldElsewhere(pool: PgPool, key: string, conversationId: string): Promise<void> {
      const store = new PgTranscriptStore(pool);
      await pgFoldedClaims.run(key, 'first', clock.now(), LEASE, () =>
        store.append(message(conversationId, 1), {}, clock.now()),
      );
    }

    it('refuses a write a lost turn left behind, after the turn is over: nothing recorded', async () => {
      const pool = db.pool();
      await heldElsewhere(pool, 'left-1', 'left-1');
      const store = new PgTranscriptStore(pool);
      let leftBehind: Promise<unknown> | undefined;
      const turn = pgFoldedClaims.run('left-1', 'second', clock.now(), LEASE, async () => {
        // Work the turn starts before its first write and does not wait for (a timer, say).
        setTimeout(() => {
          leftBehind = store.append(message('left-1b', 2), {}, clock.now()).then(
            () => 'recorded',
            (e: unknown) => e,
          );
        }, 150);
        await store.append(message('left-1', 2), {}, clock.now());
      });
      await expect(turn).rejects.toBeInstanceOf(ClaimLostError);
      await until(() => leftBehind !== undefined);
      expect(await leftBehind).toBeInstanceOf(ClaimLostError);
      expect(await count(pool, 'left-1b')).toBe(0);
      expect(await count(pool, 'left-1')).toBe(1);
    });

    it('records other turns’ records queued during a lost turn, and the writer never reports failing', async () => {
      const pool = db.pool();
      await heldElsewhere(pool, 'left-2', 'left-2');
      const failures: WriteFailure[] = [];
      const writer = new TranscriptWriter({
        store: new PgTranscriptStore(pool),
        clock,
        onFailure: (f) => failures.push(f),
        retryBaseMs: 10,
        retryMaxMs: 40,
      });
      const store = new PgTranscriptStore(pool);
      const failing: boolean[] = [];
      const turn = pgFoldedClaims.run('left-2', 'second', clock.now(), LEASE, async () => {
        await store.append(message('left-2', 2), {}, clock.now()).catch(() => undefined); // the claim is lost
        // A record of another conversation queued now: its drain runs while this turn still runs.
        writer.append(trace('left-2-other', 'queued by a lost turn'));
        for (let i = 0; i < 10; i++) {
          failing.push(writer.health().failing);
          await pause(10);
        }
      });
      await turn;
      await writer.flush(5000);
      expect(await count(pool, 'left-2-other')).toBe(1);
      expect(failing.includes(true)).toBe(false);
      expect(failures.filter((f) => f.kind === 'retrying')).toEqual([]);
    });

    it('lets no background drain take a running turn’s pending claim: the turn’s own write takes it', async () => {
      const pool = db.pool();
      await pool.query('DELETE FROM activity_claims');
      const writer = new TranscriptWriter({
        store: new PgTranscriptStore(pool),
        clock,
        onFailure: () => undefined,
      });
      const store = new PgTranscriptStore(pool);
      const owners = async () =>
        (await pool.query<{ owner: string }>('SELECT owner FROM activity_claims')).rows.map((r) => r.owner);
      const seen: string[][] = [];
      await pgFoldedClaims.run('left-3', 'mine', clock.now(), LEASE, async () => {
        writer.append(trace('left-3-other', 'a trace of another conversation'));
        await writer.flush(5000);
        seen.push(await owners()); // the drain wrote its record without the claim
        await store.append(message('left-3', 1), {}, clock.now());
        seen.push(await owners());
      });
      expect(await count(pool, 'left-3-other')).toBe(1);
      expect(seen).toEqual([[], ['mine']]);
    });
  },
);
