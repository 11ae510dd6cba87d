import { expect, it } from 'vitest';
import { PgVerificationAttemptStore } from '../../../src/store/pg/verificationAttempts.js';
import { describeCoreStores } from '../../support/coreStores.js';
import { describePg } from '../../support/postgres.js';
import { verificationAttemptsContract } from '../contracts/verificationAttempts.contract.js';

describeCoreStores('verificationAttempts', verificationAttemptsContract);

describePg('verificationAttempts on PostgreSQL: round trips (issue 19, pg16)', (pg) => {
  it('counts a right answer outside a lock in ONE statement, and a right answer in a lock as before', async () => {
    const pool = pg.pool({ max: 2 });
    await pool.query('DELETE FROM verification_state');
    let trips = 0;
    const query = pool.query.bind(pool);
    pool.query = ((config: unknown, values?: unknown) => {
      trips++;
      return query(config as string, values as unknown[]);
    }) as typeof pool.query;
    const store = new PgVerificationAttemptStore(pool);
    const policy = { maxAttempts: 1, lockMinutes: 30 };
    const at = (minutes: number): Date => new Date(Date.parse('2026-12-06T09:00:00Z') + minutes * 60_000);
    expect(await store.attempt('V-1', true, policy, at(0), {})).toEqual({ status: 'verified' });
    expect(trips).toBe(1);
    expect(await store.attempt('V-1', false, policy, at(1), {})).toMatchObject({
      status: 'locked',
      newly: true,
    });
    expect(await store.attempt('V-1', true, policy, at(2), {})).toEqual({
      status: 'locked',
      until: at(31),
      newly: false,
      lockNumber: 1,
    });
    trips = 0;
    expect(await store.attempt('V-1', true, policy, at(31), {})).toEqual({ status: 'verified' });
    expect(trips).toBe(1);
    expect(await store.status('V-1', policy, at(32))).toEqual({ status: 'open', attemptsLeft: 1 });
  });
});
