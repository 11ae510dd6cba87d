import type {
  BlockedDraftRow,
  CareRow,
  CommitmentRow,
  EscalationRow,
  FunnelCounts,
  InsightsScope,
  InsightsStore,
} from '../insights.js';
import type { PgPool } from './pool.js';
import { run } from './rows.js';

/** Numbered parameters of one statement, added as the SQL is built. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `AND <column> IN (accounts matching locale / portfolio [/ channel])`, or nothing (as on SQLite). */
function accountClause(column: string, scope: InsightsScope, withChannel: boolean, p: Params): string {
  const where: string[] = [];
  if (scope.locale) where.push(`locale = ${p.add(scope.locale)}`);
  if (scope.portfolio === null) where.push('portfolio IS NULL');
  else if (typeof scope.portfolio === 'string') where.push(`portfolio = ${p.add(scope.portfolio)}`);
  if (withChannel && scope.channel) where.push(`channel = ${p.add(scope.channel)}`);
  return where.length
    ? ` AND ${column} IN (SELECT account_id FROM accounts WHERE ${where.join(' AND ')})`
    : '';
}

function channelClause(column: string, scope: InsightsScope, p: Params): string {
  return scope.channel ? ` AND ${column} = ${p.add(scope.channel)}` : '';
}

/** The UTC day or month of an instant column, as the ISO text SQLite cuts it from. */
function bucketOf(column: string, scope: InsightsScope): string {
  return `to_char(${column} AT TIME ZONE 'UTC', '${scope.bucket === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'}')`;
}

/** The same for a column that is ISO text already (transcript timestamps). */
function textBucketOf(column: string, scope: InsightsScope): string {
  return `substr(${column}, 1, ${scope.bucket === 'month' ? 7 : 10})`;
}

/** `column` in [from, to) as instants. */
function inRange(column: string, scope: InsightsScope, p: Params): string {
  return `${column} >= ${p.add(scope.from)}::timestamptz AND ${column} < ${p.add(scope.to)}::timestamptz`;
}

/** The insights figures on PostgreSQL, query for query as on SQLite. */
/**
 * The /insights figures of `src/store/insights.ts` on PostgreSQL: the same `InsightsStore` the
 * SQLite class implements (same names, the scope as the only parameter), so the routes take either.
 */
export class PgInsights implements InsightsStore {
  constructor(private readonly pool: PgPool) {}

  async insightFunnel(scope: InsightsScope): Promise<FunnelCounts> {
    const p = new Params();
    const fromDay = p.add(scope.from.slice(0, 10));
    const toDay = p.add(scope.to.slice(0, 10));
    const range = (col: string): string => inRange(col, scope, p);
    const sql = `WITH
      steps AS (SELECT account_id, MAX(steps & 1) AS c, MAX(steps & 2) AS r, MAX(steps & 4) AS v
        FROM insights_account_days WHERE day COLLATE "C" >= ${fromDay} AND day COLLATE "C" < ${toDay}
          ${channelClause('channel_id', scope, p)}${accountClause('account_id', scope, false, p)} GROUP BY account_id),
      verified AS (SELECT account_id FROM steps WHERE c <> 0 AND r <> 0 AND v <> 0),
      agreed AS (SELECT account_id FROM plans WHERE ${range('created_at')} AND account_id IN (SELECT account_id FROM verified)
        UNION SELECT account_id FROM promises WHERE ${range('created_at')} AND account_id IN (SELECT account_id FROM verified)),
      kept AS (SELECT account_id FROM plans WHERE ${range('created_at')} AND status IN ('kept', 'completed')
          AND account_id IN (SELECT account_id FROM agreed)
        UNION SELECT account_id FROM promises WHERE ${range('created_at')} AND status = 'kept'
          AND account_id IN (SELECT account_id FROM agreed))
      SELECT count(*) FILTER (WHERE c <> 0)::int AS contacted,
        count(*) FILTER (WHERE c <> 0 AND r <> 0)::int AS replied,
        count(*) FILTER (WHERE c <> 0 AND r <> 0 AND v <> 0)::int AS verified,
        (SELECT count(*)::int FROM agreed) AS agreed, (SELECT count(*)::int FROM kept) AS kept FROM steps`;
    const result = await run<FunnelCounts>(this.pool, 'read the insights funnel', sql, p.values);
    return result.rows[0]!;
  }

  async insightCommitments(scope: InsightsScope): Promise<CommitmentRow[]> {
    const p = new Params();
    const sql = `SELECT ${bucketOf('at', scope)} COLLATE "C" AS bucket, subject_kind COLLATE "C" AS kind,
        to_status COLLATE "C" AS status, count(*)::int AS count
      FROM commitment_events WHERE to_status IN ('kept', 'partly_kept', 'broken') AND ${inRange('at', scope, p)}
      ${accountClause('account_id', scope, true, p)}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    return (await run<CommitmentRow>(this.pool, 'read the insights commitments', sql, p.values)).rows;
  }

  async hasPayments(): Promise<boolean> {
    const result = await run<{ present: boolean }>(
      this.pool,
      'look for payments',
      'SELECT EXISTS (SELECT 1 FROM payments) AS present',
    );
    return result.rows[0]?.present === true;
  }

  async insightDisputesOptOuts(scope: InsightsScope): Promise<CareRow[]> {
    const d = new Params();
    const disputes = run<{ bucket: string; count: number }>(
      this.pool,
      'read the insights disputes',
      `SELECT ${bucketOf('created_at', scope)} AS bucket, count(*)::int AS count FROM disputes
       WHERE ${inRange('created_at', scope, d)}${accountClause('account_id', scope, true, d)} GROUP BY 1`,
      d.values,
    );
    const o = new Params();
    const optOuts = run<{ bucket: string; count: number }>(
      this.pool,
      'read the insights opt-outs',
      `SELECT ${bucketOf('cease_at', scope)} AS bucket, count(*)::int AS count FROM contact_preferences
       WHERE cease_contact AND ${inRange('cease_at', scope, o)}${accountClause('account_id', scope, true, o)} GROUP BY 1`,
      o.values,
    );
    const rows = new Map<string, CareRow>();
    const row = (bucket: string): CareRow => {
      let r = rows.get(bucket);
      if (!r) rows.set(bucket, (r = { bucket, disputes: 0, optOuts: 0 }));
      return r;
    };
    for (const x of (await disputes).rows) row(x.bucket).disputes = x.count;
    for (const x of (await optOuts).rows) row(x.bucket).optOuts = x.count;
    return [...rows.values()].sort((a, b) => a.bucket.localeCompare(b.bucket));
  }

  async insightEscalations(scope: InsightsScope): Promise<EscalationRow[]> {
    const p = new Params();
    const wait = 'EXTRACT(EPOCH FROM (accepted_at - queued_at))';
    const sql = `SELECT ${bucketOf('queued_at', scope)} COLLATE "C" AS bucket, count(*)::int AS escalations,
        count(accepted_at)::int AS answered,
        round(avg(${wait}), 1)::float8 AS "avgWaitSeconds",
        round(max(${wait}), 1)::float8 AS "maxWaitSeconds"
      FROM handoffs WHERE ${inRange('queued_at', scope, p)}${channelClause('channel_id', scope, p)}
      ${accountClause('account_id', scope, false, p)} GROUP BY 1 ORDER BY 1`;
    return (await run<EscalationRow>(this.pool, 'read the insights escalations', sql, p.values)).rows;
  }

  async insightBlockedDrafts(scope: InsightsScope): Promise<BlockedDraftRow[]> {
    const p = new Params();
    const drafts = `CASE WHEN json_typeof(r.activity::json #> '{value,blockedDrafts}') = 'array'
      THEN r.activity::json #> '{value,blockedDrafts}' ELSE '[]'::json END`;
    const violations = `CASE WHEN json_typeof(d.value #> '{verdict,violations}') = 'array'
      THEN d.value #> '{verdict,violations}' ELSE '[]'::json END`;
    const sql = `SELECT ${textBucketOf('r.timestamp', scope)} AS bucket,
        r.activity::json #>> '{value,source}' AS "messageSource",
        d.value ->> 'source' AS "draftSource",
        d.value #>> '{verdict,status}' AS status,
        (SELECT string_agg(DISTINCT v.value ->> 'category', ',') FROM json_array_elements(${violations}) v)
          AS categories
      FROM transcript_records r CROSS JOIN LATERAL json_array_elements(${drafts}) WITH ORDINALITY d(value, n)
      WHERE r.type = 'trace' AND (r.flags & 1) <> 0
        AND r.timestamp COLLATE "C" >= ${p.add(scope.from)} AND r.timestamp COLLATE "C" < ${p.add(scope.to)}
        ${channelClause('r.channel_id', scope, p)}${accountClause('r.account_id', scope, false, p)}
      ORDER BY r.conversation_id COLLATE "C", r.seq, d.n`;
    return (await run<BlockedDraftRow>(this.pool, 'read the insights blocked drafts', sql, p.values)).rows;
  }

  async insightFilterOptions(): Promise<{ channels: string[]; portfolios: string[] }> {
    const [channels, portfolios] = await Promise.all([
      run<{ v: string }>(
        this.pool,
        'read the insights filters',
        'SELECT DISTINCT channel_id COLLATE "C" AS v FROM transcript_conversations ORDER BY 1 LIMIT 50',
      ),
      run<{ v: string }>(
        this.pool,
        'read the insights filters',
        'SELECT DISTINCT portfolio COLLATE "C" AS v FROM accounts WHERE portfolio IS NOT NULL ORDER BY 1 LIMIT 200',
      ),
    ]);
    return { channels: channels.rows.map((r) => r.v), portfolios: portfolios.rows.map((r) => r.v) };
  }
}
