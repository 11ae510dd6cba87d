import { expect, it } from 'vitest';
import type { VerificationOutcome } from '../../../src/store/verificationAttempts.js';
import type { CoreBackend } from '../../support/coreStores.js';

const policy = { maxAttempts: 3, lockMinutes: 30 };
const at = (minutes: number): Date => new Date(Date.parse('2026-12-01T09:00:00Z') + minutes * 60_000);
const origin = { conversationId: 'c-1', channelId: 'directline' };

/** The contract of `VerificationAttemptStore`, run against every backend. */
export function verificationAttemptsContract(b: CoreBackend): void {
  it('locks on the third failure, refuses even the right answer while locked, and doubles the next lock', async () => {
    const { verification: v } = b.open();
    expect(await v.status('A-1', policy, at(0))).toEqual({ status: 'open', attemptsLeft: 3 });
    expect(await v.attempt('A-1', false, policy, at(0), origin)).toEqual({
      status: 'failed',
      attemptsLeft: 2,
    });
    expect(await v.attempt('A-1', false, policy, at(1), {})).toEqual({ status: 'failed', attemptsLeft: 1 });
    expect(await v.status('A-1', policy, at(1))).toEqual({ status: 'open', attemptsLeft: 1 });
    expect(await v.attempt('A-1', false, policy, at(2), origin)).toEqual({
      status: 'locked',
      until: at(32),
      newly: true,
      lockNumber: 1,
    });
    expect(await v.status('A-1', policy, at(10))).toEqual({ status: 'locked', until: at(32) });
    expect(await v.attempt('A-1', true, policy, at(10), origin)).toEqual({
      status: 'locked',
      until: at(32),
      newly: false,
      lockNumber: 1,
    });
    expect(await v.status('A-2', policy, at(10))).toEqual({ status: 'open', attemptsLeft: 3 });
    for (const m of [33, 34]) await v.attempt('A-1', false, policy, at(m), origin);
    expect(await v.attempt('A-1', false, policy, at(35), origin)).toEqual({
      status: 'locked',
      until: at(95),
      newly: true,
      lockNumber: 2,
    });
    expect(await v.attempt('A-1', true, policy, at(96), origin)).toEqual({ status: 'verified' });
    expect(await v.status('A-1', policy, at(97))).toEqual({ status: 'open', attemptsLeft: 3 });
  });

  it('caps a lock at the longest allowed, and forgets failures and past locks after a quiet day', async () => {
    const { verification: v } = b.open();
    const short = { maxAttempts: 1, lockMinutes: 60, maxLockMinutes: 90 };
    expect(await v.attempt('A-1', false, short, at(0), origin)).toMatchObject({
      until: at(60),
      lockNumber: 1,
    });
    expect(await v.attempt('A-1', false, short, at(61), origin)).toMatchObject({
      until: at(151),
      lockNumber: 2,
    });
    expect(await v.attempt('A-1', false, short, at(152 + 24 * 60), origin)).toMatchObject({ lockNumber: 1 });
    await v.attempt('A-2', false, policy, at(0), {});
    await v.attempt('A-2', false, policy, at(1), {});
    expect(await v.status('A-2', policy, at(2 + 24 * 60))).toEqual({ status: 'open', attemptsLeft: 3 });
  });

  it('counts wrong guesses sent at once from several instances one by one: one lock, reported newly once', async () => {
    const outcomes: VerificationOutcome[] = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        b.open().verification.attempt('A-1', false, policy, at(i % 2), origin),
      ),
    );
    const by = (s: string) => outcomes.filter((o) => o.status === s);
    expect(
      by('failed')
        .map((o) => (o as { attemptsLeft: number }).attemptsLeft)
        .sort(),
    ).toEqual([1, 2]);
    const locked = by('locked') as Extract<VerificationOutcome, { status: 'locked' }>[];
    expect(locked.filter((o) => o.newly)).toHaveLength(1);
    expect(locked.filter((o) => !o.newly)).toHaveLength(9);
    expect(await b.open().verification.attempt('A-1', true, policy, at(2), origin)).toMatchObject({
      status: 'locked',
      newly: false,
    });
    expect(await b.open().verification.status('A-1', policy, at(1))).toMatchObject({ status: 'locked' });
  });

  it('counts attempts on hostile ids (quotes, backslashes, an injection, NUL) as on any other, each account apart', async () => {
    const { verification: v } = b.open();
    const ids = ["O'Brien\\", "A-1'); DELETE FROM verification_state; --", 'A-\u0000-9'];
    const hostile = { conversationId: "c'\\\u0000", channelId: "x'y" };
    for (const id of ids)
      expect(await v.attempt(id, false, policy, at(0), hostile)).toEqual({
        status: 'failed',
        attemptsLeft: 2,
      });
    for (const id of ids)
      expect(await v.status(id, policy, at(1))).toEqual({ status: 'open', attemptsLeft: 2 });
    expect(await v.attempt(ids[0]!, true, policy, at(2), hostile)).toEqual({ status: 'verified' });
    expect(await v.status(ids[1]!, policy, at(3))).toEqual({ status: 'open', attemptsLeft: 2 });
  });
}
