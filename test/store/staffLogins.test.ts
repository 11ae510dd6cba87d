import { describe, expect, expectTypeOf, it } from 'vitest';
import { openMemoryDatabase } from '../../src/store/db.js';
import { SqliteStaffLoginLog, type StaffLogin } from '../../src/store/staffLogins.js';
import type { StaffLoginLog } from '../../src/store/staffLogins.js';
import type { AsyncOf } from '../../src/store/pg/asyncOf.js';

const login = (name: string, outcome: StaffLogin['outcome']): StaffLogin => ({
  at: '2026-11-28T02:00:00.000Z',
  name,
  address: '127.0.0.1',
  via: 'session',
  outcome,
});

describe('the staff login log on SQLite', () => {
  it('keeps every sign-in recorded at once and lists them newest first, within the limit', async () => {
    const log = new SqliteStaffLoginLog(openMemoryDatabase());
    await Promise.all(['a', 'b', 'c'].map((name) => log.record(login(name, 'failed'))));
    await log.record(login('alice', 'ok'));
    expect((await log.list(10)).map((l) => `${l.name}:${l.outcome}`)).toEqual([
      'alice:ok',
      'c:failed',
      'b:failed',
      'a:failed',
    ]);
    expect(await log.list(1)).toHaveLength(1);
    expect(await log.list(0)).toHaveLength(1);
  });

  it('cuts a very long name or address instead of refusing the record', async () => {
    const log = new SqliteStaffLoginLog(openMemoryDatabase());
    await log.record({ ...login('x'.repeat(5000), 'failed'), address: 'y'.repeat(5000) });
    const [entry] = await log.list(1);
    expect(entry?.name).toHaveLength(100);
    expect(entry?.address).toHaveLength(100);
  });
});

describe('the staff login log interface as PostgreSQL implements it', () => {
  it('is its own AsyncOf: same methods and parameters, each result already a Promise', () => {
    expectTypeOf<AsyncOf<StaffLoginLog>>().toEqualTypeOf<StaffLoginLog>();
  });
});
