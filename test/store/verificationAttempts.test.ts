import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../src/store/db.js';
import { SqliteVerificationAttemptStore } from '../../src/store/verificationAttempts.js';

const policy = { maxAttempts: 3, lockMinutes: 30 };
const at = (minutes: number): Date => new Date(Date.parse('2026-12-01T09:00:00Z') + minutes * 60_000);

describe('verification attempts per account', () => {
  it('locks on the third failure, refuses even the right answer while locked, and doubles the next lock', () => {
    const store = new SqliteVerificationAttemptStore(openMemoryDatabase());
    const origin = { conversationId: 'c1', channelId: 'test' };
    expect(store.attempt('a1', false, policy, at(0), origin)).toEqual({ status: 'failed', attemptsLeft: 2 });
    expect(store.attempt('a1', false, policy, at(1), { conversationId: 'c2' })).toEqual({
      status: 'failed',
      attemptsLeft: 1,
    });
    expect(store.attempt('a1', false, policy, at(2), origin)).toEqual({
      status: 'locked',
      until: at(32),
      newly: true,
      lockNumber: 1,
    });
    expect(store.attempt('a1', true, policy, at(10), origin)).toMatchObject({
      status: 'locked',
      newly: false,
    });
    expect(store.status('a2', policy, at(10))).toEqual({ status: 'open', attemptsLeft: 3 });
    for (const m of [33, 34]) store.attempt('a1', false, policy, at(m), origin);
    expect(store.attempt('a1', false, policy, at(35), origin)).toEqual({
      status: 'locked',
      until: at(95),
      newly: true,
      lockNumber: 2,
    });
    expect(store.attempt('a1', true, policy, at(96), origin)).toEqual({ status: 'verified' });
    expect(store.status('a1', policy, at(97))).toEqual({ status: 'open', attemptsLeft: 3 });
  });

  it('forgets failures after a quiet day', () => {
    const store = new SqliteVerificationAttemptStore(openMemoryDatabase());
    store.attempt('a1', false, policy, at(0), {});
    store.attempt('a1', false, policy, at(1), {});
    expect(store.status('a1', policy, at(2 + 24 * 60))).toEqual({ status: 'open', attemptsLeft: 3 });
  });
});
