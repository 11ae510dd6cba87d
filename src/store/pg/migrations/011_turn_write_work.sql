-- pgturn22 (issue 19): work every turn's writes did that nothing reads.
--
-- rate_counters_last: every request counts three keys, and since `last_at` changes on every hit
-- this index made each count a non-HOT update (a new index entry in both indexes). Only
-- `RateCounters.forget` filters on last_at, and the service never calls it; without the index a
-- hit within its window is a HOT update and touches no index.
DROP INDEX rate_counters_last;

-- transcript_records_time: every record inserted an entry; every read of transcript_records on
-- PostgreSQL goes by conversation (the primary key) or, for the insights' blocked drafts, by the
-- partial index insights_blocked_traces, and compares timestamps under COLLATE "C", which an
-- index in the database's collation cannot serve anyway.
DROP INDEX transcript_records_time;

-- The insights trigger ran its PL/pgSQL function for every record, the bot's own messages
-- included, only to return at once; the WHEN clause (the same test) now skips the call and the
-- after-trigger event altogether, as SQLite's trigger does (SQLite 013). A trace is parsed as
-- jsonb (in a subtransaction, against a malformed activity) only when its text can hold the
-- value 'verified': literally, or behind a \u escape, the only JSON spelling of those letters.
CREATE OR REPLACE FUNCTION insights_account_days_fill() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  step INTEGER;
BEGIN
  IF NEW.account_id IS NULL OR NOT (NEW.type = 'trace' OR (NEW.type = 'message' AND NEW.role = 'user')) THEN
    RETURN NEW;
  END IF;
  step := CASE WHEN NEW.type = 'message' THEN 2 ELSE 1 END;
  IF NEW.type = 'trace' AND (strpos(NEW.activity, 'verified') > 0 OR strpos(NEW.activity, E'\\u') > 0) THEN
    BEGIN
      IF NEW.activity::jsonb #>> '{value,act,kind}' = 'verified' THEN step := 5; END IF;
    EXCEPTION WHEN others THEN
      -- a malformed activity (never written by the store) must not fail an append
      step := 1;
    END;
  END IF;
  INSERT INTO insights_account_days AS d (account_id, day, channel_id, steps)
  VALUES (NEW.account_id, substr(NEW.timestamp, 1, 10), NEW.channel_id, step)
  ON CONFLICT (account_id, day, channel_id) DO UPDATE SET steps = d.steps | excluded.steps
    WHERE (d.steps | excluded.steps) <> d.steps;
  RETURN NEW;
END $$;

DROP TRIGGER insights_account_days_fill ON transcript_records;
CREATE TRIGGER insights_account_days_fill AFTER INSERT ON transcript_records
  FOR EACH ROW
  WHEN (NEW.account_id IS NOT NULL AND (NEW.type = 'trace' OR (NEW.type = 'message' AND NEW.role = 'user')))
  EXECUTE FUNCTION insights_account_days_fill();
