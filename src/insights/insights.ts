import { categoryLabel, GUARD_CATEGORIES, GUARD_SOURCES, guardSourceLabel } from '../metrics/labels.js';
import type { BlockedDraftRow, InsightsScope, InsightsStore } from '../store/insights.js';

export type Cell = string | number | null;

/** One table of the dashboard: column ids (translated by the page) and rows of plain values. */
export interface InsightTable {
  columns: string[];
  rows: Cell[][];
}

export const TABLES = [
  'funnel',
  'commitments',
  'care',
  'escalations',
  'guardrailCategories',
  'guardrailSources',
] as const;
export type TableName = (typeof TABLES)[number];

export interface Insights {
  scope: InsightsScope;
  /** False until the payments feed has delivered a payment: promise figures cannot be judged yet. */
  paymentsFeed: boolean;
  options: { channels: string[]; portfolios: string[] };
  tables: Record<TableName, InsightTable>;
  /** Milliseconds each figure's query took (the bench prints these). */
  timings: Record<TableName, number>;
  /** Milliseconds of CPU each took (what the wall time would be on an idle machine). */
  cpuTimings: Record<TableName, number>;
}

const COMMITMENT_COLUMNS = [
  'plan_kept',
  'plan_partly_kept',
  'plan_broken',
  'promise_kept',
  'promise_partly_kept',
  'promise_broken',
];

async function funnelTable(store: InsightsStore, scope: InsightsScope): Promise<InsightTable> {
  const f = await store.insightFunnel(scope);
  const steps: [string, number][] = [
    ['contacted', f.contacted],
    ['replied', f.replied],
    ['verified', f.verified],
    ['agreed', f.agreed],
    ['kept', f.kept],
  ];
  return {
    columns: ['step', 'accounts', 'percentOfContacted'],
    rows: steps.map(([step, n]) => [step, n, f.contacted ? Math.round((1000 * n) / f.contacted) / 10 : 0]),
  };
}

async function commitmentsTable(store: InsightsStore, scope: InsightsScope): Promise<InsightTable> {
  const byBucket = new Map<string, number[]>();
  for (const r of await store.insightCommitments(scope)) {
    const i = COMMITMENT_COLUMNS.indexOf(`${r.kind}_${r.status}`);
    if (i < 0) continue;
    const row = byBucket.get(r.bucket) ?? COMMITMENT_COLUMNS.map(() => 0);
    row[i] = (row[i] ?? 0) + r.count;
    byBucket.set(r.bucket, row);
  }
  return {
    columns: ['bucket', ...COMMITMENT_COLUMNS],
    rows: [...byBucket].map(([b, counts]) => [b, ...counts]),
  };
}

/** Blocked drafts per bucket, split by `keyOf` into the given columns. */
function pivot(
  rows: BlockedDraftRow[],
  keys: readonly string[],
  keysOf: (r: BlockedDraftRow) => string[],
): InsightTable {
  const byBucket = new Map<string, number[]>();
  for (const r of rows) {
    const counts = byBucket.get(r.bucket) ?? keys.map(() => 0);
    for (const key of keysOf(r)) {
      const i = keys.indexOf(key);
      if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
    }
    byBucket.set(r.bucket, counts);
  }
  const sorted = [...byBucket].sort(([a], [b]) => a.localeCompare(b));
  return { columns: ['bucket', ...keys], rows: sorted.map(([b, counts]) => [b, ...counts]) };
}

function categoriesOf(r: BlockedDraftRow): string[] {
  const named = (r.categories ?? '').split(',').filter(Boolean).map(categoryLabel);
  if (named.length) return [...new Set(named)];
  return [r.status === 'error' ? 'checker_error' : 'other'];
}

/** Every bucket of the scope in order ('2026-11-01', … or '2026-01', …). */
export function bucketsOf(scope: InsightsScope): string[] {
  const out: string[] = [];
  const end = Date.parse(scope.to);
  const at = new Date(scope.from);
  while (at.getTime() < end) {
    const iso = at.toISOString();
    if (scope.bucket === 'day') {
      out.push(iso.slice(0, 10));
      at.setUTCDate(at.getUTCDate() + 1);
    } else {
      if (out[out.length - 1] !== iso.slice(0, 7)) out.push(iso.slice(0, 7));
      at.setUTCDate(1);
      at.setUTCMonth(at.getUTCMonth() + 1);
    }
  }
  return out;
}

/** The table with a row for every bucket (missing ones filled with `empty`), so gaps read as zero. */
function filled(table: InsightTable, buckets: string[], empty: (column: string) => Cell): InsightTable {
  const byBucket = new Map(table.rows.map((r) => [String(r[0]), r]));
  const blank = table.columns.slice(1).map(empty);
  return { columns: table.columns, rows: buckets.map((b) => byBucket.get(b) ?? [b, ...blank]) };
}

type Timings = { wall: Partial<Record<TableName, number>>; cpu: Partial<Record<TableName, number>> };

/** Wall and CPU time of one figure (the figures are read one after the other, so CPU is this one's). */
async function timed<T>(timings: Timings, name: TableName, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await run();
  } finally {
    const used = process.cpuUsage(cpu);
    timings.wall[name] = Math.round((performance.now() - started) * 10) / 10;
    timings.cpu[name] = Math.round((used.user + used.system) / 100) / 10;
  }
}

/**
 * Every figure of the dashboard for one scope (date range and filters), from the stores.
 *
 *   const insights = await buildInsights(new SqliteInsightsStore(db), parseScope(query, clock.now()).scope);
 */
export async function buildInsights(store: InsightsStore, scope: InsightsScope): Promise<Insights> {
  const t: Timings = { wall: {}, cpu: {} };
  const funnel = await timed(t, 'funnel', () => funnelTable(store, scope));
  const commitments = await timed(t, 'commitments', () => commitmentsTable(store, scope));
  const care = await timed(t, 'care', async () => {
    const rows = await store.insightDisputesOptOuts(scope);
    return {
      columns: ['bucket', 'disputes', 'optOuts'],
      rows: rows.map((r) => [r.bucket, r.disputes, r.optOuts]),
    };
  });
  const escalations = await timed(t, 'escalations', async () => {
    const rows = await store.insightEscalations(scope);
    return {
      columns: ['bucket', 'escalations', 'answered', 'avgWaitSeconds', 'maxWaitSeconds'],
      rows: rows.map((r) => [r.bucket, r.escalations, r.answered, r.avgWaitSeconds, r.maxWaitSeconds]),
    };
  });
  let blocked: BlockedDraftRow[] = [];
  const guardrailCategories = await timed(t, 'guardrailCategories', async () => {
    blocked = await store.insightBlockedDrafts(scope);
    return pivot(blocked, GUARD_CATEGORIES, categoriesOf);
  });
  const guardrailSources = await timed(t, 'guardrailSources', async () =>
    pivot(blocked, GUARD_SOURCES, (r) => [guardSourceLabel(r.messageSource, r.draftSource)]),
  );
  const buckets = bucketsOf(scope);
  const zero = (): Cell => 0;
  return {
    scope,
    paymentsFeed: await store.hasPayments(),
    options: await store.insightFilterOptions(),
    tables: {
      funnel,
      commitments: filled(commitments, buckets, zero),
      care: filled(care, buckets, zero),
      escalations: filled(escalations, buckets, (c) => (c.endsWith('Seconds') ? null : 0)),
      guardrailCategories: filled(guardrailCategories, buckets, zero),
      guardrailSources: filled(guardrailSources, buckets, zero),
    },
    timings: t.wall as Record<TableName, number>,
    cpuTimings: t.cpu as Record<TableName, number>,
  };
}
