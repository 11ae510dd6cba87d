import { expect, it } from 'vitest';
import { seedWorld } from '../../../bench/insightsData.js';
import type { Db } from '../../../src/store/db.js';
import {
  hasPayments,
  insightBlockedDrafts,
  insightCommitments,
  insightDisputesOptOuts,
  insightEscalations,
  insightFilterOptions,
  insightFunnel,
  type InsightsScope,
} from '../../../src/store/insights.js';
import { PgInsights } from '../../../src/store/pg/insights.js';
import type { PgPool } from '../../../src/store/pg/pool.js';
import { describePg } from '../../support/postgres.js';
import { migratedMemoryDatabase } from '../../support/sqlite.js';

/** Tables the figures read, in foreign-key order; `insights_account_days` is PostgreSQL's trigger's to fill. */
const TABLES = [
  'accounts',
  'plans',
  'promises',
  'commitment_events',
  'disputes',
  'contact_preferences',
  'handoffs',
  'payments',
  'transcript_conversations',
  'transcript_records',
];
const BOOLEAN_COLUMNS = new Set(['cease_contact', 'verified']);

/** Copies every row of the tables from SQLite to PostgreSQL, 0/1 flags as booleans. */
async function copy(db: Db, pool: PgPool): Promise<void> {
  for (const table of TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
    const columns = Object.keys(rows[0] ?? {});
    for (let i = 0; i < rows.length; i += 400) {
      const values: unknown[] = [];
      const tuples = rows.slice(i, i + 400).map((row) => {
        const marks = columns.map((c) => {
          const v = row[c];
          values.push(BOOLEAN_COLUMNS.has(c) && typeof v === 'number' ? v === 1 : v);
          return `$${values.length}`;
        });
        return `(${marks.join(', ')})`;
      });
      await pool.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
    }
  }
}

const sortDrafts = <T extends { categories: string | null }>(rows: T[]): string[] =>
  rows
    .map((r) => JSON.stringify({ ...r, categories: r.categories?.split(',').sort().join(',') ?? null }))
    .sort();

describePg('the insights figures on PostgreSQL, against SQLite on the same seeded world', (pg) => {
  it('agree for every figure and every scope (channel, locale, portfolio, no portfolio, day and month buckets)', async () => {
    const db = migratedMemoryDatabase();
    seedWorld(db, { accounts: 400, records: 4000 });
    const pool = pg.pool();
    await copy(db, pool);
    const insights = new PgInsights(pool);
    const year = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
    const scopes: InsightsScope[] = [
      { ...year, bucket: 'month' },
      { from: '2026-03-05T00:00:00.000Z', to: '2026-04-20T12:00:00.000Z', bucket: 'day' },
      { ...year, bucket: 'month', channel: 'wechat' },
      { ...year, bucket: 'month', locale: 'en', portfolio: 'premium' },
      { ...year, bucket: 'day', portfolio: null, channel: 'directline' },
    ];
    const seen = { commitments: 0, care: 0, escalations: 0, drafts: 0 };
    for (const scope of scopes) {
      const funnel = insightFunnel(db, scope);
      expect(funnel.contacted).toBeGreaterThan(0);
      expect(await insights.insightFunnel(scope)).toEqual(funnel);
      const commitments = insightCommitments(db, scope);
      expect(await insights.insightCommitments(scope)).toEqual(commitments);
      const care = insightDisputesOptOuts(db, scope);
      expect(await insights.insightDisputesOptOuts(scope)).toEqual(care);
      const escalations = insightEscalations(db, scope);
      const ours = await insights.insightEscalations(scope);
      expect(ours.map((r) => [r.bucket, r.escalations, r.answered])).toEqual(
        escalations.map((r) => [r.bucket, r.escalations, r.answered]),
      );
      ours.forEach((r, i) => {
        expect(r.avgWaitSeconds ?? -1).toBeCloseTo(escalations[i]?.avgWaitSeconds ?? -1, 0);
        expect(r.maxWaitSeconds ?? -1).toBeCloseTo(escalations[i]?.maxWaitSeconds ?? -1, 0);
      });
      const drafts = insightBlockedDrafts(db, scope);
      expect(sortDrafts(await insights.insightBlockedDrafts(scope))).toEqual(sortDrafts(drafts));
      seen.commitments += commitments.length;
      seen.care += care.length;
      seen.escalations += escalations.length;
      seen.drafts += drafts.length;
    }
    // Every figure had something to compare.
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);
    expect(await insights.hasPayments()).toBe(hasPayments(db));
    expect(await insights.insightFilterOptions()).toEqual(insightFilterOptions(db));
  });
});
