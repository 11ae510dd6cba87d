/**
 * The variants `pgAppendParts.ts` replays a transcript append under: each changes one thing, with
 * the DDL that undoes it (committed both, so every append still commits on its own as the service's
 * do). `sql` rewrites the statement text (KNOWN_HEAD_SQL or its strict form) instead.
 */
import { readFileSync } from 'node:fs';
import { STATEMENT_TRIGGER, STATEMENT_TRIGGER_UNDO, TRACE_STEP, withInsights } from './pgAppendTriggers.js';

export interface AppendVariant {
  name: string;
  ddl?: string;
  undo?: string;
  sql?: (text: string) => string;
}

/** The insights trigger as migration 011 creates it. */
const ROW_TRIGGER = `CREATE TRIGGER insights_account_days_fill AFTER INSERT ON transcript_records
  FOR EACH ROW
  WHEN (NEW.account_id IS NOT NULL AND (NEW.type = 'trace' OR (NEW.type = 'message' AND NEW.role = 'user')))
  EXECUTE FUNCTION insights_account_days_fill()`;

/** The summary upsert kept in the text (its parameters typed) but never run. */
const withoutSummary = (text: string): string => text.replace('WHERE EXISTS (SELECT 1 FROM rec)', 'WHERE false');
const migration = (file: string): string =>
  readFileSync(new URL(`../src/store/pg/migrations/${file}`, import.meta.url), 'utf8');
/** Migration 011's row function (CREATE OR REPLACE … END $$;). */
const ROW_FUNCTION = /CREATE OR REPLACE FUNCTION insights_account_days_fill\(\)[\s\S]*?END \$\$;/.exec(
  migration('011_turn_write_work.sql'),
)![0];
/** Migration 013 (the row trigger with less work), undone by 011's function. */
const MIGRATION_013 = migration('013_insights_trigger_work.sql');

const withoutLock = (text: string): string =>
  text.replace('pg_advisory_xact_lock($26::int, hashtext($23::text))', '($26::int::bigint + hashtext($23::text)) IS NOT NULL');
const withoutKeyShare = (text: string): string => text.replace('FOR KEY SHARE OF h', '');

/**
 * The column arrays unnested in the select list (ProjectSet: the arrays stepped through in lockstep,
 * no tuplestore each) instead of `unnest(a, b, …)` in FROM (a Function Scan that materialises every
 * array's elements into a tuplestore of its own first). Same rows: the arrays have one length.
 */
export function projectSet(text: string): string {
  return text.replace(
    /unnest\(((?:\$\d+::\w+\[\],?\s*)+)\) AS (\w+)\(([^)]*)\)/g,
    (_, args: string, alias: string, cols: string) => {
      const params = args.split(',').map((a) => a.trim()).filter(Boolean);
      const names = cols.split(',').map((c) => c.trim());
      const list = params.map((p, i) => `unnest(${p}) AS ${names[i]}`).join(', ');
      return `(SELECT ${list}) AS ${alias}`;
    },
  );
}

export const APPEND_VARIANTS: readonly AppendVariant[] = [
  { name: 'base' },
  {
    name: 'no-insights-trigger',
    ddl: 'DROP TRIGGER insights_account_days_fill ON transcript_records',
    undo: ROW_TRIGGER,
  },
  { name: 'migration-013', ddl: MIGRATION_013, undo: ROW_FUNCTION },
  { name: 'statement-trigger', ddl: STATEMENT_TRIGGER, undo: `${STATEMENT_TRIGGER_UNDO} ${ROW_TRIGGER}` },
  {
    name: 'row-trigger-value-test',
    ddl: ROW_FUNCTION.replace(
      "strpos(NEW.activity, 'verified') > 0",
      `NEW.activity ~ '"verified"\\s*[,}]'`,
    ),
    undo: ROW_FUNCTION,
  },
  {
    name: 'insights-in-statement',
    ddl: `DROP TRIGGER insights_account_days_fill ON transcript_records; ${TRACE_STEP}`,
    undo: `DROP FUNCTION insights_trace_step(text); ${ROW_TRIGGER}`,
    sql: withInsights,
  },
  {
    name: 'no-blocked-index',
    ddl: 'DROP INDEX insights_blocked_traces',
    undo: "CREATE INDEX insights_blocked_traces ON transcript_records(timestamp) WHERE type = 'trace' AND (flags & 1) <> 0",
  },
  {
    name: 'activity-lz4',
    ddl: 'ALTER TABLE transcript_records ALTER COLUMN activity SET COMPRESSION lz4',
    undo: 'ALTER TABLE transcript_records ALTER COLUMN activity SET COMPRESSION pglz',
  },
  {
    name: 'activity-external',
    ddl: 'ALTER TABLE transcript_records ALTER COLUMN activity SET STORAGE EXTERNAL',
    undo: 'ALTER TABLE transcript_records ALTER COLUMN activity SET STORAGE EXTENDED',
  },
  {
    name: 'activity-main',
    ddl: 'ALTER TABLE transcript_records ALTER COLUMN activity SET STORAGE MAIN',
    undo: 'ALTER TABLE transcript_records ALTER COLUMN activity SET STORAGE EXTENDED',
  },
  { name: 'project-set-unnest', sql: projectSet },
  { name: 'no-summary', sql: withoutSummary },
  { name: 'no-advisory-lock', sql: withoutLock },
  { name: 'no-key-share', sql: withoutKeyShare },
  { name: 'insert-only', sql: (t) => withoutKeyShare(withoutLock(withoutSummary(t))) },
];
