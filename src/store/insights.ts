import { prepared, type Db } from './db.js';

/**
 * The /insights dashboard's figures, each one SQL query over the stored records (transcripts,
 * plans, promises, commitment events, disputes, contact preferences, handoffs, payments), each
 * served by an index from 013_insights.sql. Instants are ISO-8601 UTC; `from` is inclusive and
 * `to` exclusive; buckets are UTC days ('2026-11-28') or months ('2026-11').
 *
 *   insightFunnel(db, { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', bucket: 'day' })
 */
export interface InsightsScope {
  from: string;
  to: string;
  bucket: 'day' | 'month';
  /** The conversation's channel (transcripts, handoffs) or the account's (commitments, disputes). */
  channel?: string;
  locale?: string;
  /** A portfolio name, or null for accounts without one. */
  portfolio?: string | null;
}

interface Params {
  from: string;
  to: string;
  channel?: string;
  locale?: string;
  portfolio?: string;
}

function params(scope: InsightsScope): Params {
  const p: Params = { from: scope.from, to: scope.to };
  if (scope.channel) p.channel = scope.channel;
  if (scope.locale) p.locale = scope.locale;
  if (typeof scope.portfolio === 'string') p.portfolio = scope.portfolio;
  return p;
}

/** `AND <column> IN (accounts matching locale / portfolio [/ channel])`, or nothing. */
function accountClause(column: string, scope: InsightsScope, withChannel: boolean): string {
  const where: string[] = [];
  if (scope.locale) where.push('locale = @locale');
  if (scope.portfolio === null) where.push('portfolio IS NULL');
  else if (typeof scope.portfolio === 'string') where.push('portfolio = @portfolio');
  if (withChannel && scope.channel) where.push('channel = @channel');
  return where.length
    ? ` AND ${column} IN (SELECT account_id FROM accounts WHERE ${where.join(' AND ')})`
    : '';
}

function channelClause(column: string, scope: InsightsScope): string {
  return scope.channel ? ` AND ${column} = @channel` : '';
}

function bucketOf(column: string, scope: InsightsScope): string {
  return `substr(${column}, 1, ${scope.bucket === 'month' ? 7 : 10})`;
}

export interface FunnelCounts {
  contacted: number;
  replied: number;
  verified: number;
  agreed: number;
  kept: number;
}

/**
 * Accounts at each step, each step a subset of the one before, all within the range: sent a
 * message (contacted) → wrote back (replied) → passed verification (verified) → agreed a plan or
 * promised a payment (agreed) → kept it (kept: plan kept or completed, promise kept).
 */
export function insightFunnel(db: Db, scope: InsightsScope): FunnelCounts {
  const inRange = (col: string): string => `${col} >= @from AND ${col} < @to`;
  const sql = `WITH
    steps AS (SELECT account_id, MAX(steps & 1) AS c, MAX(steps & 2) AS r, MAX(steps & 4) AS v
      FROM insights_account_days WHERE day >= @fromDay AND day < @toDay${channelClause('channel_id', scope)}
        ${accountClause('account_id', scope, false)} GROUP BY account_id),
    verified AS (SELECT account_id FROM steps WHERE c AND r AND v),
    agreed AS (SELECT account_id FROM plans WHERE ${inRange('created_at')} AND account_id IN (SELECT account_id FROM verified)
      UNION SELECT account_id FROM promises WHERE ${inRange('created_at')} AND account_id IN (SELECT account_id FROM verified)),
    kept AS (SELECT account_id FROM plans WHERE ${inRange('created_at')} AND status IN ('kept', 'completed')
        AND account_id IN (SELECT account_id FROM agreed)
      UNION SELECT account_id FROM promises WHERE ${inRange('created_at')} AND status = 'kept'
        AND account_id IN (SELECT account_id FROM agreed))
    SELECT COALESCE(SUM(c != 0), 0) AS contacted, COALESCE(SUM(c AND r), 0) AS replied,
      COALESCE(SUM(c AND r AND v), 0) AS verified, (SELECT COUNT(*) FROM agreed) AS agreed,
      (SELECT COUNT(*) FROM kept) AS kept FROM steps`;
  return prepared(db, sql).get({
    ...params(scope),
    fromDay: scope.from.slice(0, 10),
    toDay: scope.to.slice(0, 10),
  }) as FunnelCounts;
}

export interface CommitmentRow {
  bucket: string;
  kind: 'plan' | 'promise';
  status: 'kept' | 'partly_kept' | 'broken';
  count: number;
}

/** Plans and promises that became kept, partly kept or broken, per bucket (from commitment_events). */
export function insightCommitments(db: Db, scope: InsightsScope): CommitmentRow[] {
  const sql = `SELECT ${bucketOf('at', scope)} AS bucket, subject_kind AS kind, to_status AS status, COUNT(*) AS count
    FROM commitment_events WHERE to_status IN ('kept', 'partly_kept', 'broken') AND at >= @from AND at < @to
    ${accountClause('account_id', scope, true)} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return prepared(db, sql).all(params(scope)) as CommitmentRow[];
}

/** Whether any payment was ever received (otherwise there is no payments feed to judge promises by). */
export function hasPayments(db: Db): boolean {
  const row = prepared(db, 'SELECT EXISTS (SELECT 1 FROM payments) AS present').get() as { present: number };
  return row.present === 1;
}

export interface CareRow {
  bucket: string;
  disputes: number;
  optOuts: number;
}

/** Disputes recorded and contact opt-outs (cease contact) per bucket. */
export function insightDisputesOptOuts(db: Db, scope: InsightsScope): CareRow[] {
  const disputes = prepared(
    db,
    `SELECT ${bucketOf('created_at', scope)} AS bucket, COUNT(*) AS count FROM disputes
      WHERE created_at >= @from AND created_at < @to${accountClause('account_id', scope, true)} GROUP BY 1`,
  ).all(params(scope)) as { bucket: string; count: number }[];
  const optOuts = prepared(
    db,
    `SELECT ${bucketOf('cease_at', scope)} AS bucket, COUNT(*) AS count FROM contact_preferences
      WHERE cease_contact = 1 AND cease_at >= @from AND cease_at < @to${accountClause('account_id', scope, true)} GROUP BY 1`,
  ).all(params(scope)) as { bucket: string; count: number }[];
  const rows = new Map<string, CareRow>();
  const row = (bucket: string): CareRow => {
    let r = rows.get(bucket);
    if (!r) rows.set(bucket, (r = { bucket, disputes: 0, optOuts: 0 }));
    return r;
  };
  for (const d of disputes) row(d.bucket).disputes = d.count;
  for (const o of optOuts) row(o.bucket).optOuts = o.count;
  return [...rows.values()].sort((a, b) => a.bucket.localeCompare(b.bucket));
}

export interface EscalationRow {
  bucket: string;
  escalations: number;
  answered: number;
  /** Seconds from queueing to an agent accepting, over the answered ones (null when none). */
  avgWaitSeconds: number | null;
  maxWaitSeconds: number | null;
}

/** Handoffs to human agents per bucket, and how long people waited for an agent. */
export function insightEscalations(db: Db, scope: InsightsScope): EscalationRow[] {
  const wait = '(julianday(accepted_at) - julianday(queued_at)) * 86400.0';
  const sql = `SELECT ${bucketOf('queued_at', scope)} AS bucket, COUNT(*) AS escalations,
      SUM(accepted_at IS NOT NULL) AS answered,
      ROUND(AVG(CASE WHEN accepted_at IS NOT NULL THEN ${wait} END), 1) AS avgWaitSeconds,
      ROUND(MAX(CASE WHEN accepted_at IS NOT NULL THEN ${wait} END), 1) AS maxWaitSeconds
    FROM handoffs WHERE queued_at >= @from AND queued_at < @to${channelClause('channel_id', scope)}
    ${accountClause('account_id', scope, false)} GROUP BY 1 ORDER BY 1`;
  return prepared(db, sql).all(params(scope)) as EscalationRow[];
}

export interface BlockedDraftRow {
  bucket: string;
  /** The message's sender from the trace (bot, agent, reminder, system). */
  messageSource: string | null;
  /** The draft's author (model, regeneration, template, agent, ...:send-path). */
  draftSource: string | null;
  status: string | null;
  /** Distinct violation categories, comma-separated (null when the verdict named none). */
  categories: string | null;
}

/** Every draft the guardrail stopped in the range (from the reply traces flagged 'blocked'). */
export function insightBlockedDrafts(db: Db, scope: InsightsScope): BlockedDraftRow[] {
  const sql = `SELECT ${bucketOf('r.timestamp', scope)} AS bucket,
      json_extract(r.activity, '$.value.source') AS messageSource,
      json_extract(d.value, '$.source') AS draftSource,
      json_extract(d.value, '$.verdict.status') AS status,
      (SELECT group_concat(DISTINCT json_extract(v.value, '$.category'))
         FROM json_each(d.value, '$.verdict.violations') v) AS categories
    FROM transcript_records r, json_each(r.activity, '$.value.blockedDrafts') d
    WHERE r.type = 'trace' AND (r.flags & 1) != 0 AND r.timestamp >= @from AND r.timestamp < @to
      ${channelClause('r.channel_id', scope)}${accountClause('r.account_id', scope, false)}`;
  return prepared(db, sql).all(params(scope)) as BlockedDraftRow[];
}

/** The values the dashboard's channel and portfolio filters offer. */
export function insightFilterOptions(db: Db): { channels: string[]; portfolios: string[] } {
  const channels = prepared(
    db,
    'SELECT DISTINCT channel_id AS v FROM transcript_conversations ORDER BY 1 LIMIT 50',
  )
    .all()
    .map((r) => (r as { v: string }).v);
  const portfolios = prepared(
    db,
    'SELECT DISTINCT portfolio AS v FROM accounts WHERE portfolio IS NOT NULL ORDER BY 1 LIMIT 200',
  )
    .all()
    .map((r) => (r as { v: string }).v);
  return { channels, portfolios };
}

/**
 * The dashboard's figures behind one asynchronous interface (the functions above, without the
 * database handle), so the dashboard reads any backend: SQLite here, PostgreSQL with several
 * instances.
 *
 *   const insights = await buildInsights(new SqliteInsightsStore(db), scope);
 */
export interface InsightsStore {
  insightFunnel(scope: InsightsScope): Promise<FunnelCounts>;
  insightCommitments(scope: InsightsScope): Promise<CommitmentRow[]>;
  hasPayments(): Promise<boolean>;
  insightDisputesOptOuts(scope: InsightsScope): Promise<CareRow[]>;
  insightEscalations(scope: InsightsScope): Promise<EscalationRow[]>;
  insightBlockedDrafts(scope: InsightsScope): Promise<BlockedDraftRow[]>;
  insightFilterOptions(): Promise<{ channels: string[]; portfolios: string[] }>;
}

export class SqliteInsightsStore implements InsightsStore {
  constructor(private readonly db: Db) {}

  async insightFunnel(scope: InsightsScope): Promise<FunnelCounts> {
    return insightFunnel(this.db, scope);
  }

  async insightCommitments(scope: InsightsScope): Promise<CommitmentRow[]> {
    return insightCommitments(this.db, scope);
  }

  async hasPayments(): Promise<boolean> {
    return hasPayments(this.db);
  }

  async insightDisputesOptOuts(scope: InsightsScope): Promise<CareRow[]> {
    return insightDisputesOptOuts(this.db, scope);
  }

  async insightEscalations(scope: InsightsScope): Promise<EscalationRow[]> {
    return insightEscalations(this.db, scope);
  }

  async insightBlockedDrafts(scope: InsightsScope): Promise<BlockedDraftRow[]> {
    return insightBlockedDrafts(this.db, scope);
  }

  async insightFilterOptions(): Promise<{ channels: string[]; portfolios: string[] }> {
    return insightFilterOptions(this.db);
  }
}
