import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, openMemoryDatabase } from '../../src/store/db.js';
import { SqliteVerificationAttemptStore } from '../../src/store/verificationAttempts.js';

const policy = { maxAttempts: 3, lockMinutes: 30 };
const at = (minutes: number): Date => new Date(Date.parse('2026-12-01T09:00:00Z') + minutes * 60_000);

describe('verification attempts per account', () => {
  it('locks on the third failure, refuses even the right answer while locked, and doubles the next lock', async () => {
    const store = new SqliteVerificationAttemptStore(openMemoryDatabase());
    const origin = { conversationId: 'c1', channelId: 'test' };
    expect(await store.attempt('a1', false, policy, at(0), origin)).toEqual({
      status: 'failed',
      attemptsLeft: 2,
    });
    expect(await store.attempt('a1', false, policy, at(1), { conversationId: 'c2' })).toEqual({
      status: 'failed',
      attemptsLeft: 1,
    });
    expect(await store.attempt('a1', false, policy, at(2), origin)).toEqual({
      status: 'locked',
      until: at(32),
      newly: true,
      lockNumber: 1,
    });
    expect(await store.attempt('a1', true, policy, at(10), origin)).toMatchObject({
      status: 'locked',
      newly: false,
    });
    expect(await store.status('a2', policy, at(10))).toEqual({ status: 'open', attemptsLeft: 3 });
    for (const m of [33, 34]) await store.attempt('a1', false, policy, at(m), origin);
    expect(await store.attempt('a1', false, policy, at(35), origin)).toEqual({
      status: 'locked',
      until: at(95),
      newly: true,
      lockNumber: 2,
    });
    expect(await store.attempt('a1', true, policy, at(96), origin)).toEqual({ status: 'verified' });
    expect(await store.status('a1', policy, at(97))).toEqual({ status: 'open', attemptsLeft: 3 });
  });

  it('forgets failures after a quiet day', async () => {
    const store = new SqliteVerificationAttemptStore(openMemoryDatabase());
    await store.attempt('a1', false, policy, at(0), {});
    await store.attempt('a1', false, policy, at(1), {});
    expect(await store.status('a1', policy, at(2 + 24 * 60))).toEqual({ status: 'open', attemptsLeft: 3 });
  });

  it('counts parallel wrong answers from many conversations of one account exactly once each, and locks once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verify-race-'));
    // Two connections to one database file, as two service instances would have.
    const [one, two] = [openDatabase(dir), openDatabase(dir)];
    try {
      const stores = [new SqliteVerificationAttemptStore(one), new SqliteVerificationAttemptStore(two)];
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          stores[i % 2]!.attempt('a1', false, policy, at(0), { conversationId: `c${i}`, channelId: 'test' }),
        ),
      );
      expect(
        outcomes.filter((o) => o.status === 'failed').map((o) => o.status === 'failed' && o.attemptsLeft),
      ).toEqual([2, 1]);
      expect(outcomes.filter((o) => o.status === 'locked' && o.newly)).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'locked' && !o.newly)).toHaveLength(5);
      const counted = one
        .prepare('SELECT COUNT(*) AS n FROM verification_failures WHERE account_id = ?')
        .get('a1');
      expect(counted).toEqual({ n: 3 });
      // The right answer in parallel with the lock still verifies nothing.
      const right = await Promise.all(stores.map((s) => s.attempt('a1', true, policy, at(1), {})));
      expect(right.map((o) => o.status)).toEqual(['locked', 'locked']);
    } finally {
      one.close();
      two.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
