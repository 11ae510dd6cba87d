import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { ActivityClaimGate, ClaimTakenOverError } from '../../src/store/activityClaimGate.js';
import { SqliteActivityClaims } from '../../src/store/activityClaims.js';
import { openMemoryDatabase, type Db } from '../../src/store/db.js';
import { ConversationBusyError } from '../../src/store/conversationLock.js';

const REF = { channelId: 'test', conversationId: 'conv~takeover', activityId: 'act~1' };
const LEASE_MS = 60_000;

function gate(db: Db, clock: ManualClock, whenIdle?: (conversationId: string) => Promise<void>) {
  return new ActivityClaimGate({
    claims: new SqliteActivityClaims(db),
    clock,
    secret: 'secret-0123456789',
    leaseMs: LEASE_MS,
    waitMs: 200,
    retentionMs: 3_600_000,
    pollMs: 20,
    ...(whenIdle ? { whenIdle } : {}),
  });
}

/**
 * claim24 (SECURITY.md "Red team, claim23", row "Takeover of a live claimant"): the gate's side,
 * on SQLite's claims (the same gate runs over PostgreSQL's; the whole path with two instances and
 * starved renewals is `test/bot/activityClaimTakeover.int.test.ts`). One process on SQLite never
 * takes its own claims over: a repeat waits on the running turn in process.
 */
describe('a takeover of a lapsed activity claim', () => {
  it('is answered only once no turn of the conversation runs', async () => {
    const db = openMemoryDatabase();
    const clock = new ManualClock('2026-12-07T05:00:00Z');
    const first = await gate(db, clock).enter(REF);
    expect(first.kind).toBe('run');
    clock.advance(LEASE_MS + 1);
    let idle!: () => void;
    const asked: string[] = [];
    const retry = gate(db, clock, (conversationId) => {
      asked.push(conversationId);
      return new Promise<void>((resolve) => (idle = resolve));
    }).enter(REF);
    let settled = false;
    void retry.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 50));
    expect({ asked, settled }).toEqual({ asked: [REF.conversationId], settled: false });
    idle();
    expect(await retry).toMatchObject({ kind: 'run', takenOver: true });
  });

  it('tells the arrival busy when the wait fails, and leaves the claim to lapse for the next one', async () => {
    const db = openMemoryDatabase();
    const clock = new ManualClock('2026-12-07T05:00:00Z');
    await gate(db, clock).enter(REF);
    clock.advance(LEASE_MS + 1);
    const busy = gate(db, clock, () => Promise.reject(new ConversationBusyError(10_000)));
    expect(await busy.enter(REF)).toMatchObject({ kind: 'busy' });
    // Not released: within the lease the next arrival waits; after it, it takes over (and waits again).
    expect(await gate(db, clock, () => Promise.resolve()).enter(REF)).toMatchObject({ kind: 'busy' });
    clock.advance(LEASE_MS + 1);
    expect(await gate(db, clock, () => Promise.resolve()).enter(REF)).toMatchObject({
      kind: 'run',
      takenOver: true,
    });
  });

  it('lets the first claimant’s finish say its claim was taken over', async () => {
    const db = openMemoryDatabase();
    const clock = new ManualClock('2026-12-07T05:00:00Z');
    const first = await gate(db, clock).enter(REF);
    if (first.kind !== 'run') throw new Error(first.kind);
    clock.advance(LEASE_MS + 1);
    const taker = await gate(db, clock, () => Promise.resolve()).enter(REF);
    expect(taker).toMatchObject({ kind: 'run', takenOver: true });
    await expect(first.finish({ status: 200 })).rejects.toBeInstanceOf(ClaimTakenOverError);
    if (taker.kind !== 'run') throw new Error(taker.kind);
    await taker.finish({ status: 200, body: { recovered: true } });
    expect(await gate(db, clock).enter(REF)).toMatchObject({
      kind: 'replay',
      answer: { body: { recovered: true } },
    });
  });
});
