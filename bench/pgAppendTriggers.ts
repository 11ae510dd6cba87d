/**
 * The insights-trigger alternatives `pgAppendVariants.ts` measured for migration 013 (pgturn24):
 * a statement-level trigger over a transition table, and the upsert in the append statement
 * itself. Neither is in the schema; 013 kept the row trigger with less work a record.
 */

/** A trace's step (5 verified, else 1; a malformed activity 1), parsed in a subtransaction of its own. */
export const TRACE_STEP = `CREATE FUNCTION insights_trace_step(activity TEXT) RETURNS INTEGER LANGUAGE plpgsql AS $$
BEGIN
  IF activity::jsonb #>> '{value,act,kind}' = 'verified' THEN RETURN 5; END IF;
  RETURN 1;
EXCEPTION WHEN others THEN
  RETURN 1;
END $$;`;

/** A record's step as SQL over a row `n` (the text test of migration 013 before any parse). */
const STEP_OF_N = `CASE WHEN n.type = 'message' THEN 2
        WHEN n.activity ~ '"verified"\\s*[,}]' OR strpos(n.activity, E'\\\\u') > 0 THEN insights_trace_step(n.activity)
        ELSE 1 END`;

/** One statement-level trigger: each (account, day, channel) of the statement's records upserted once. */
export const STATEMENT_TRIGGER = `${TRACE_STEP}
CREATE FUNCTION insights_account_days_fill_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO insights_account_days AS d (account_id, day, channel_id, steps)
  SELECT f.account_id, f.day, f.channel_id, f.steps
  FROM (
    SELECT n.account_id, substr(n.timestamp, 1, 10) AS day, n.channel_id, bit_or(${STEP_OF_N}) AS steps
    FROM insights_new_records n
    WHERE n.account_id IS NOT NULL AND (n.type = 'trace' OR (n.type = 'message' AND n.role = 'user'))
    GROUP BY 1, 2, 3
  ) f
  WHERE NOT EXISTS (SELECT 1 FROM insights_account_days e
    WHERE e.account_id = f.account_id AND e.day = f.day AND e.channel_id = f.channel_id
      AND (e.steps | f.steps) = e.steps)
  ON CONFLICT (account_id, day, channel_id) DO UPDATE SET steps = d.steps | excluded.steps
    WHERE (d.steps | excluded.steps) <> d.steps;
  RETURN NULL;
END $$;
DROP TRIGGER insights_account_days_fill ON transcript_records;
CREATE TRIGGER insights_account_days_fill AFTER INSERT ON transcript_records
  REFERENCING NEW TABLE AS insights_new_records
  FOR EACH STATEMENT EXECUTE FUNCTION insights_account_days_fill_rows();`;

export const STATEMENT_TRIGGER_UNDO = `DROP TRIGGER insights_account_days_fill ON transcript_records;
  DROP FUNCTION insights_account_days_fill_rows(); DROP FUNCTION insights_trace_step(text);`;

/** The facts upserted by the append statement itself, from what its insert returns (no trigger). */
const INSIGHTS_CTE = `facts AS (INSERT INTO insights_account_days AS d (account_id, day, channel_id, steps)
    SELECT n.account_id, substr(n.timestamp, 1, 10), n.channel_id, bit_or(${STEP_OF_N})
    FROM rec n WHERE n.account_id IS NOT NULL AND (n.type = 'trace' OR (n.type = 'message' AND n.role = 'user'))
    GROUP BY 1, 2, 3
    ON CONFLICT (account_id, day, channel_id) DO UPDATE SET steps = d.steps | excluded.steps
      WHERE (d.steps | excluded.steps) <> d.steps),
  summary AS (`;

/** KNOWN_HEAD_SQL (or its strict form) with the facts written by the statement itself. */
export function withInsights(text: string): string {
  return text
    .replace(/RETURNING 1\)/, 'RETURNING account_id, timestamp, channel_id, type, role, activity)')
    .replace('summary AS (', INSIGHTS_CTE);
}
