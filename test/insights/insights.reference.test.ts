import { describe, expect, it } from 'vitest';
import { seedWorld } from '../../bench/insightsData.js';
import { buildInsights, parseScope } from '../../src/insights/index.js';
import { openMemoryDatabase, type Db } from '../../src/store/db.js';
import { SqliteInsightsStore, type InsightsScope } from '../../src/store/insights.js';

/**
 * The SQL figures against a plain-code reference over the raw rows of a random (seeded) world
 * the queries were never tuned on: the funnel, disputes, opt-outs and escalations must agree.
 */
interface Row {
  account_id: string;
  channel_id: string;
  type: string;
  role: string;
  timestamp: string;
  activity: string;
  locale: string;
  portfolio: string | null;
  account_channel: string;
}

function inScope(scope: InsightsScope, a: { locale: string; portfolio: string | null }): boolean {
  if (scope.locale && a.locale !== scope.locale) return false;
  if (scope.portfolio === null && a.portfolio !== null) return false;
  if (typeof scope.portfolio === 'string' && a.portfolio !== scope.portfolio) return false;
  return true;
}

function referenceFunnel(db: Db, scope: InsightsScope): number[] {
  const rows = db
    .prepare(
      `SELECT r.account_id, r.channel_id, r.type, r.role, r.timestamp, r.activity, a.locale, a.portfolio
       FROM transcript_records r JOIN accounts a ON a.account_id = r.account_id`,
    )
    .all() as Row[];
  const inRange = (t: string) => t >= scope.from && t < scope.to;
  const kept = rows.filter(
    (r) => inRange(r.timestamp) && (!scope.channel || r.channel_id === scope.channel) && inScope(scope, r),
  );
  const contacted = new Set(kept.filter((r) => r.type === 'trace').map((r) => r.account_id));
  const replied = new Set(
    kept
      .filter((r) => r.type === 'message' && r.role === 'user' && contacted.has(r.account_id))
      .map((r) => r.account_id),
  );
  const verifiedTrace = (r: Row) =>
    r.type === 'trace' &&
    (JSON.parse(r.activity) as { value?: { act?: { kind?: string } } }).value?.act?.kind === 'verified';
  const verified = new Set(
    kept.filter((r) => verifiedTrace(r) && replied.has(r.account_id)).map((r) => r.account_id),
  );
  const commitments = [
    ...(
      db.prepare('SELECT account_id, status, created_at FROM plans').all() as {
        account_id: string;
        status: string;
        created_at: string;
      }[]
    ).map((c) => ({ ...c, kept: ['kept', 'completed'].includes(c.status) })),
    ...(
      db.prepare('SELECT account_id, status, created_at FROM promises').all() as {
        account_id: string;
        status: string;
        created_at: string;
      }[]
    ).map((c) => ({ ...c, kept: c.status === 'kept' })),
  ].filter((c) => inRange(c.created_at));
  const agreed = new Set(commitments.filter((c) => verified.has(c.account_id)).map((c) => c.account_id));
  const keptAccounts = new Set(
    commitments.filter((c) => c.kept && agreed.has(c.account_id)).map((c) => c.account_id),
  );
  return [contacted.size, replied.size, verified.size, agreed.size, keptAccounts.size];
}

function referenceByBucket(db: Db, scope: InsightsScope, sql: string): Map<string, number> {
  const rows = db.prepare(sql).all() as {
    at: string | null;
    locale: string;
    portfolio: string | null;
    channel: string;
  }[];
  const out = new Map<string, number>();
  for (const r of rows) {
    if (!r.at || r.at < scope.from || r.at >= scope.to || !inScope(scope, r)) continue;
    if (scope.channel && r.channel !== scope.channel) continue;
    const bucket = r.at.slice(0, scope.bucket === 'day' ? 10 : 7);
    out.set(bucket, (out.get(bucket) ?? 0) + 1);
  }
  return out;
}

const QUERIES = [
  'from=2026-01-01&to=2026-11-30',
  'from=2026-03-01&to=2026-03-31&locale=en',
  'from=2026-01-01&to=2026-11-30&channel=wechat&portfolio=premium',
  'from=2026-06-01&to=2026-08-15&portfolio=(none)&locale=zh-CN',
];

describe('insights against a plain-code reference on a random world', () => {
  const db = openMemoryDatabase();
  seedWorld(db, { accounts: 1500, records: 15_000 });

  it.each(QUERIES)('agrees on the funnel, disputes, opt-outs and escalations for %s', async (query) => {
    const parsed = parseScope(new URLSearchParams(query), new Date('2026-12-01T00:00:00Z'));
    if (!parsed.ok) throw new Error(parsed.message);
    const scope = parsed.scope;
    const result = await buildInsights(new SqliteInsightsStore(db), scope);
    expect(result.tables.funnel.rows.map((r) => r[1])).toEqual(referenceFunnel(db, scope));
    const disputes = referenceByBucket(
      db,
      scope,
      'SELECT d.created_at AS at, a.locale, a.portfolio, a.channel FROM disputes d JOIN accounts a USING (account_id)',
    );
    const optOuts = referenceByBucket(
      db,
      scope,
      'SELECT c.cease_at AS at, a.locale, a.portfolio, a.channel FROM contact_preferences c JOIN accounts a USING (account_id) WHERE c.cease_contact = 1',
    );
    for (const [bucket, d, o] of result.tables.care.rows) {
      expect(d, `disputes ${String(bucket)}`).toBe(disputes.get(String(bucket)) ?? 0);
      expect(o, `opt-outs ${String(bucket)}`).toBe(optOuts.get(String(bucket)) ?? 0);
    }
    const escalations = referenceByBucket(
      db,
      scope,
      'SELECT h.queued_at AS at, a.locale, a.portfolio, h.channel_id AS channel FROM handoffs h JOIN accounts a USING (account_id)',
    );
    for (const [bucket, n] of result.tables.escalations.rows)
      expect(n, `escalations ${String(bucket)}`).toBe(escalations.get(String(bucket)) ?? 0);
    expect(result.tables.funnel.rows[0]?.[1]).toBeGreaterThan(0);
  });
});
