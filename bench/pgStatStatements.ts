import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * The server's own account of a bench's statements (BENCH_PG_STAT=1 in bench/pgStatements.ts):
 * loads `pg_stat_statements` into the throw-away cluster (its postgresql.conf, then a restart that keeps
 * the cluster's start options), counts planning too and statements run inside functions and
 * triggers, and reports per statement the calls, plans, execution and planning time and WAL bytes.
 * Measurement only: the cluster's durability settings stay as they were started.
 */
export async function loadStatStatements(cluster: {
  adminUrl: string;
  dataDir: string;
  bin: string;
  runAs: string | undefined;
}): Promise<void> {
  // The extension's own settings are unknown to ALTER SYSTEM until it is loaded: the file takes them.
  // BENCH_PG_EXPLAIN=1: auto_explain logs every statement's plan with its timings (nested too).
  const explain = process.env.BENCH_PG_EXPLAIN === '1';
  appendFileSync(
    path.join(cluster.dataDir, 'data', 'postgresql.conf'),
    `\nshared_preload_libraries = 'pg_stat_statements${explain ? ', auto_explain' : ''}'\n` +
      'pg_stat_statements.track_planning = on\n' +
      "pg_stat_statements.track = 'all'\n" +
      (explain
        ? 'auto_explain.log_min_duration = 0\nauto_explain.log_analyze = on\n' +
          'auto_explain.log_nested_statements = on\nauto_explain.log_triggers = on\nauto_explain.log_buffers = on\n'
        : ''),
  );
  const exe = path.join(cluster.bin, 'pg_ctl');
  // -l: the server's output goes to the cluster's log, not to this pipe (which would stay open).
  const log = path.join(cluster.dataDir, 'log');
  const args = ['-D', path.join(cluster.dataDir, 'data'), '-l', log, '-w', '-m', 'fast', 'restart'];
  const [cmd, argv] = cluster.runAs ? ['runuser', ['-u', cluster.runAs, '--', exe, ...args]] : [exe, args];
  execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  const again = new pg.Client({ connectionString: cluster.adminUrl });
  await again.connect();
  try {
    await again.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  } finally {
    await again.end();
  }
}

/** Forgets what the server counted so far (the warm-up's statements). */
export async function resetStatStatements(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_stat_statements_reset()');
    await admin.query('SELECT pg_stat_reset()');
  } finally {
    await admin.end();
  }
}

interface StatRow {
  calls: string;
  plans: string;
  exec_ms: number;
  plan_ms: number;
  wal_bytes: string;
  toplevel: boolean;
  query: string;
}

/** Lines per statement, per turn: calls, plans, exec ms, plan ms, WAL bytes; then the totals. */
export async function reportStatStatements(
  adminUrl: string,
  dataDir: string,
  turns: number,
): Promise<string[]> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const keep = process.env.BENCH_PG_EXPLAIN_LOG;
  if (keep) copyFileSync(path.join(dataDir, 'log'), keep);
  let rows: StatRow[];
  let records: string;
  let writes: string[];
  const per = (n: number): string => (n / turns).toFixed(3).padStart(7);
  try {
    const result = await admin.query<StatRow>(
      `SELECT calls::text, plans::text, total_exec_time AS exec_ms, total_plan_time AS plan_ms,
              wal_bytes::text, toplevel, query
         FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT LIKE '%pg_stat_statements%'
        ORDER BY total_exec_time + total_plan_time DESC`,
    );
    rows = result.rows;
    const stored = await admin.query<{ n: string; chars: string; bytes: string; stored: string; compressed: string }>(
      `SELECT count(*)::text AS n, sum(length(activity))::text AS chars, sum(octet_length(activity))::text AS bytes,
              sum(pg_column_size(activity))::text AS stored,
              count(*) FILTER (WHERE pg_column_compression(activity) IS NOT NULL)::text AS compressed
         FROM transcript_records`,
    );
    const t = stored.rows[0]!;
    const tables = await admin.query<{ relname: string; ins: string; upd: string; hot: string; idx: string }>(
      `SELECT relname, n_tup_ins::text AS ins, n_tup_upd::text AS upd, n_tup_hot_upd::text AS hot,
              (SELECT string_agg(i.indexrelname || ' ' || i.idx_scan, ', ' ORDER BY i.indexrelname)
                 FROM pg_stat_user_indexes i WHERE i.relid = t.relid) AS idx
         FROM pg_stat_user_tables t WHERE n_tup_ins + n_tup_upd > 0 ORDER BY n_tup_ins + n_tup_upd DESC`,
    );
    writes = tables.rows.map(
      (r) =>
        `  ${r.relname}: inserted ${per(Number(r.ins))}, updated ${per(Number(r.upd))} (HOT ${per(Number(r.hot))}); index scans since reset: ${r.idx ?? 'no index'}`,
    );
    records = `transcript records in the database (warm-up included): ${t.n}, activity ${(Number(t.chars) / Number(t.n)).toFixed(0)} characters / ${(Number(t.bytes) / Number(t.n)).toFixed(0)} bytes on average, stored ${(Number(t.stored) / Number(t.n)).toFixed(0)} bytes; ${t.compressed} stored compressed`;
  } finally {
    await admin.end();
  }
  const top = rows.filter((r) => r.toplevel);
  const sum = (f: (r: StatRow) => number): number => top.reduce((s, r) => s + f(r), 0);
  const lines = [
    records,
    'rows written per turn, by table (warm-up excluded), and how often each of its indexes was read:',
    ...writes,
    `server statements (pg_stat_statements, per turn; nested = run inside a function or trigger):`,
    `  totals (top level): calls ${per(sum((r) => Number(r.calls)))}, plans ${per(sum((r) => Number(r.plans)))}, ` +
      `exec ms ${per(sum((r) => r.exec_ms))}, plan ms ${per(sum((r) => r.plan_ms))}, ` +
      `WAL bytes ${per(sum((r) => Number(r.wal_bytes)))}`,
    `    calls    plans  exec ms  plan ms  WAL B     statement`,
  ];
  for (const r of rows.slice(0, 40))
    lines.push(
      `  ${per(Number(r.calls))}  ${per(Number(r.plans))}  ${per(r.exec_ms)}  ${per(r.plan_ms)}  ${per(Number(r.wal_bytes))}  ` +
        `${r.toplevel ? '' : '(nested) '}${r.query.replace(/\s+/g, ' ').slice(0, 150)}`,
    );
  return lines;
}
