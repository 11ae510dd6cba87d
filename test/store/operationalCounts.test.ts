import { describe, expect, expectTypeOf, it } from 'vitest';
import { openMemoryDatabase } from '../../src/store/db.js';
import { SqliteOperationalCounts, type OperationalCounts } from '../../src/store/operationalCounts.js';
import type { AsyncOf } from '../../src/store/pg/asyncOf.js';

describe('the counts the /metrics scrape reads, on SQLite', () => {
  it('counts waiting handoffs and the accepted ones’ waits in a half-open window', async () => {
    const db = openMemoryDatabase();
    const insert = db.prepare(
      `INSERT INTO handoffs (handoff_id, conversation_id, channel_id, account_id, reason, priority, summary, locale,
        verified, status, queued_at, accepted_at)
        VALUES (?, ?, 'test', NULL, 'requested', 1, 's', 'zh-CN', 0, ?, ?, ?)`,
    );
    insert.run('h1', 'c1', 'queued', '2026-11-28T01:59:00.000Z', null);
    insert.run('h2', 'c2', 'accepted', '2026-11-28T01:58:00.000Z', '2026-11-28T02:00:30.000Z');
    const counts = new SqliteOperationalCounts(db);
    expect(await counts.handoffsByStatus()).toEqual(
      expect.arrayContaining([
        { status: 'queued', count: 1 },
        { status: 'accepted', count: 1 },
      ]),
    );
    expect(await counts.oldestQueuedHandoff()).toBe('2026-11-28T01:59:00.000Z');
    expect(await counts.handoffWaitsAccepted('2026-11-28T02:00:00.000Z', '2026-11-28T02:00:30.000Z')).toEqual(
      [150],
    );
    expect(await counts.handoffWaitsAccepted('2026-11-28T02:00:30.000Z', '2026-11-28T02:01:00.000Z')).toEqual(
      [],
    );
    expect(await counts.remindersFinished('2026-11-28T00:00:00.000Z', '2026-11-29T00:00:00.000Z')).toEqual(
      [],
    );
    expect(await counts.paymentsReceived('2026-11-28T00:00:00.000Z', '2026-11-29T00:00:00.000Z')).toEqual([]);
  });

  it('is its own AsyncOf: same methods and parameters, each result already a Promise', () => {
    expectTypeOf<AsyncOf<OperationalCounts>>().toEqualTypeOf<OperationalCounts>();
  });
});
