import { describe, expect, it } from 'vitest';
import { activityClaimKey, SqliteActivityClaims } from '../../src/store/activityClaims.js';
import { openDatabase } from '../../src/store/db.js';
import { PgActivityClaims } from '../../src/store/pg/activityClaims.js';
import { describePg } from '../support/postgres.js';
import { tempDir } from '../support/testApp.js';
import { activityClaimsContract } from './contracts/activityClaims.contract.js';

describe('inbound activity claims on SQLite (the contract)', () => {
  const dir = tempDir('activity-claims-');
  activityClaimsContract(() => new SqliteActivityClaims(openDatabase(dir)));
});

describePg('inbound activity claims on PostgreSQL (the contract)', (pg) => {
  activityClaimsContract(() => new PgActivityClaims(pg.pool({ max: 2 })));
});

describe('the key an activity is claimed under', () => {
  it('names channel, conversation and id without keeping any of them in clear', () => {
    const key = activityClaimKey('directline', 'conv-13800138000', 'id-1');
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(key).not.toContain('13800138000');
  });

  it('cannot be forged by moving characters between the parts', () => {
    expect(activityClaimKey('a', 'b|c', 'd')).not.toBe(activityClaimKey('a', 'b', 'c|d'));
    expect(activityClaimKey('a', 'b","c', 'd')).not.toBe(activityClaimKey('a', 'b', 'c","d'));
  });
});

describe('forgetting claims on SQLite', () => {
  it('forgets a backlog larger than one slice, all of it and nothing newer', async () => {
    const claims = new SqliteActivityClaims(openDatabase(tempDir('activity-claims-forget-')));
    const old = new Date('2000-01-01T00:00:00Z');
    const lease = new Date('2000-01-01T00:01:00Z');
    await Promise.all(Array.from({ length: 4500 }, (_, i) => claims.claim(`old-${i}`, 'a', old, lease)));
    await claims.claim('new', 'a', new Date('2026-12-05T00:00:00Z'), new Date('2026-12-05T00:01:00Z'));
    expect(await claims.forget(new Date('2001-01-01T00:00:00Z'))).toBe(4500);
    expect((await claims.look('new'))?.status).toBe('running');
  });
});
