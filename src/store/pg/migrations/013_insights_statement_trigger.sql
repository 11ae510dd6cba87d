-- pgturn24 (issue 19 item 5): the insights facts from each append statement once, not per record.
--
-- Measured (bench/pgAppendParts.ts): the row trigger of 011 was ~40 % of a turn's transcript-append
-- execution. Every turn trace holds the key "verified" (`"verified":false`), so 011's text test let
-- every trace through to a jsonb parse of its ~2 KB activity inside an EXCEPTION block (a
-- subtransaction), and each qualifying record ran the PL/pgSQL function and its upsert, which locked
-- the fact row even when it changed nothing.
--
-- Now one statement-level trigger reads the statement's new records from its transition table and
-- upserts each (account, day, channel) once with the OR of its records' steps, the same facts the row
-- trigger left. A trace is parsed only when its text can hold "verified" as a JSON value (the word in
-- quotes followed by a comma or a closing brace, JSON whitespace between) or holds a \u escape (the
-- only other JSON spelling of the word); a fact that already has every step is not touched.

-- The step of a trace: 5 when its act is 'verified', else 1; a malformed activity (never written by
-- the store) fails nothing and counts 1, as before.
CREATE FUNCTION insights_trace_step(activity TEXT) RETURNS INTEGER LANGUAGE plpgsql AS $$
BEGIN
  IF activity::jsonb #>> '{value,act,kind}' = 'verified' THEN RETURN 5; END IF;
  RETURN 1;
EXCEPTION WHEN others THEN
  RETURN 1;
END $$;

CREATE FUNCTION insights_account_days_fill_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO insights_account_days AS d (account_id, day, channel_id, steps)
  SELECT f.account_id, f.day, f.channel_id, f.steps
  FROM (
    SELECT n.account_id, substr(n.timestamp, 1, 10) AS day, n.channel_id,
      bit_or(CASE
        WHEN n.type = 'message' THEN 2
        WHEN n.activity ~ '"verified"\s*[,}]' OR strpos(n.activity, E'\\u') > 0 THEN insights_trace_step(n.activity)
        ELSE 1 END) AS steps
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
DROP FUNCTION insights_account_days_fill();
CREATE TRIGGER insights_account_days_fill AFTER INSERT ON transcript_records
  REFERENCING NEW TABLE AS insights_new_records
  FOR EACH STATEMENT EXECUTE FUNCTION insights_account_days_fill_rows();
