import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { ActivityClaimGate } from '../../src/store/activityClaimGate.js';
import { SqliteActivityClaims } from '../../src/store/activityClaims.js';
import { openMemoryDatabase, type Db } from '../../src/store/db.js';

// Identifiers with '~' and ':' never occur in the sealed answer's base64url by chance (a short
// one like 'a-1' does, about once in a thousand runs), so the at-rest check below cannot flake.
const REF = { channelId: 'test', conversationId: 'conv~13800138000', activityId: 'act~7:1' };

function gate(db: Db, clock = new ManualClock('2026-12-05T01:00:00Z'), secret = 'secret-0123456789') {
  return new ActivityClaimGate({
    claims: new SqliteActivityClaims(db),
    clock,
    secret,
    leaseMs: 60_000,
    waitMs: 200,
    retentionMs: 3_600_000,
    pollMs: 20,
  });
}

async function run(g: ActivityClaimGate, body: unknown) {
  const entry = await g.enter(REF);
  if (entry.kind !== 'run') throw new Error(`expected to run, got ${entry.kind}`);
  await entry.finish({ status: 200, body });
}

describe('the exactly-once gate', () => {
  it('keeps the answer sealed at rest: no reply text, card or phone number in the table', async () => {
    const db = openMemoryDatabase();
    await run(gate(db), {
      activities: [{ text: '您的卡号 6222020200112233 欠款 12,345.67 元，电话 13800138000' }],
    });
    const rows = db.prepare('SELECT claim_key, answer FROM activity_claims').all() as {
      claim_key: string;
      answer: string;
    }[];
    expect(rows).toHaveLength(1);
    for (const clear of ['6222020200112233', '13800138000', '12,345.67', '欠款', 'act~7', 'conv~'])
      expect(JSON.stringify(rows), clear).not.toContain(clear);
    expect(await gate(db).enter(REF)).toMatchObject({ kind: 'replay', answer: { status: 200 } });
  });

  it('runs no second turn when the answer cannot be read (another secret): it says so instead', async () => {
    const db = openMemoryDatabase();
    await run(gate(db), { ok: true });
    expect(await gate(db, undefined, 'another-secret-0123456789').enter(REF)).toEqual({ kind: 'unreadable' });
  });

  it('makes a repeat wait a bounded time for a running turn, then says busy with a retry hint', async () => {
    const db = openMemoryDatabase();
    const first = await gate(db).enter(REF);
    expect(first.kind).toBe('run');
    const repeat = await gate(db).enter(REF);
    expect(repeat).toMatchObject({ kind: 'busy' });
    expect(repeat.kind === 'busy' && repeat.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('gives a repeat waiting in the same process the answer the moment the turn finishes', async () => {
    const db = openMemoryDatabase();
    const g = gate(db);
    const first = await g.enter(REF);
    const waiting = Promise.all([g.enter(REF), g.enter(REF)]);
    if (first.kind !== 'run') throw new Error('expected to run');
    await first.finish({ status: 200, body: { n: 1 } });
    expect(await waiting).toEqual([
      { kind: 'replay', answer: { status: 200, body: { n: 1 } } },
      { kind: 'replay', answer: { status: 200, body: { n: 1 } } },
    ]);
  });

  it('lets the next arrival run a turn that was abandoned (it failed before answering)', async () => {
    const db = openMemoryDatabase();
    const g = gate(db);
    const first = await g.enter(REF);
    const waiting = g.enter(REF);
    if (first.kind !== 'run') throw new Error('expected to run');
    await first.abandon();
    const next = await waiting;
    expect(next.kind).toBe('run');
  });

  it('hands a dead claimant’s activity to a retry once the lease has run out, on the injected clock', async () => {
    const db = openMemoryDatabase();
    const clock = new ManualClock('2026-12-05T01:00:00Z');
    expect((await gate(db, clock).enter(REF)).kind).toBe('run'); // never finished: its process died
    expect((await gate(db, clock).enter(REF)).kind).toBe('busy');
    clock.advance(61_000);
    expect((await gate(db, clock).enter(REF)).kind).toBe('run');
  });

  it('forgets claims past the retention window (swept at most every ten minutes)', async () => {
    const db = openMemoryDatabase();
    const clock = new ManualClock('2026-12-05T01:00:00Z');
    await run(gate(db, clock), { n: 1 });
    clock.advance(2 * 3_600_000);
    const g = gate(db, clock);
    await g.enter({ ...REF, activityId: 'other' });
    await new Promise((r) => setTimeout(r, 20));
    expect((await gate(db, clock).enter(REF)).kind).toBe('run');
  });

  it('gives up a failed turn’s claim once the database answers again, without waiting for the lease', async () => {
    const db = openMemoryDatabase();
    const claims = new SqliteActivityClaims(db);
    let down = true;
    const flaky = Object.assign(Object.create(claims) as SqliteActivityClaims, {
      release: async (key: string, owner: string) => {
        if (down) throw new Error('database unreachable');
        return claims.release(key, owner);
      },
    });
    const g = new ActivityClaimGate({
      claims: flaky,
      clock: new ManualClock('2026-12-05T01:00:00Z'),
      secret: 'secret-0123456789',
      leaseMs: 60_000,
      waitMs: 50,
      retentionMs: 3_600_000,
    });
    const first = await g.enter(REF);
    if (first.kind !== 'run') throw new Error('expected to run');
    await expect(first.abandon()).rejects.toThrow('unreachable');
    down = false;
    let next = await g.enter(REF);
    for (let i = 0; next.kind !== 'run' && i < 40; i++) {
      await new Promise((r) => setTimeout(r, 100));
      next = await g.enter(REF);
    }
    expect(next.kind).toBe('run');
  });
});
