-- pgturn24 (issue 19 item 5): less work for the insights trigger on every append.
--
-- Measured (bench/pgAppendParts.ts, EXPLAIN ANALYZE medians): the row trigger of 011 was about a
-- quarter of a turn's transcript-append execution. Two parts of it did nothing:
--
-- * Every turn trace holds the key "verified" (`"verified":false`), so 011's text test let every
--   trace through to a jsonb parse of its ~2 KB activity inside an EXCEPTION block (a
--   subtransaction). A trace is now parsed only when its text can hold "verified" as a JSON value:
--   the word in quotes followed, after JSON whitespace, by a comma or a closing brace (a member's
--   value, where value.act.kind is), or when it holds a \u escape (the only other spelling).
-- * The upsert ran for every qualifying record and, as ON CONFLICT DO UPDATE does, locked the fact
--   row (a WAL record) even when the record added no step. A fact that already has the record's
--   step is now left alone: facts only gain steps, and one seen committed with the step keeps it.
--
-- The facts are the same: per account, UTC day and channel the OR of its records' steps, a user
-- message 2, a trace 1, a trace whose value.act.kind is 'verified' 5, a malformed trace 1.
-- A statement-level trigger (transition table) and the upsert in the append statement itself were
-- measured too and saved less (docs/postgresql.md).
CREATE OR REPLACE FUNCTION insights_account_days_fill() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  step INTEGER;
BEGIN
  IF NEW.account_id IS NULL OR NOT (NEW.type = 'trace' OR (NEW.type = 'message' AND NEW.role = 'user')) THEN
    RETURN NEW;
  END IF;
  step := CASE WHEN NEW.type = 'message' THEN 2 ELSE 1 END;
  IF NEW.type = 'trace' AND (NEW.activity ~ '"verified"\s*[,}]' OR strpos(NEW.activity, E'\\u') > 0) THEN
    BEGIN
      IF NEW.activity::jsonb #>> '{value,act,kind}' = 'verified' THEN step := 5; END IF;
    EXCEPTION WHEN others THEN
      -- a malformed activity (never written by the store) must not fail an append
      step := 1;
    END;
  END IF;
  PERFORM 1 FROM insights_account_days e
    WHERE e.account_id = NEW.account_id AND e.day = substr(NEW.timestamp, 1, 10)
      AND e.channel_id = NEW.channel_id AND (e.steps | step) = e.steps;
  IF FOUND THEN
    RETURN NEW;
  END IF;
  INSERT INTO insights_account_days AS d (account_id, day, channel_id, steps)
  VALUES (NEW.account_id, substr(NEW.timestamp, 1, 10), NEW.channel_id, step)
  ON CONFLICT (account_id, day, channel_id) DO UPDATE SET steps = d.steps | excluded.steps
    WHERE (d.steps | excluded.steps) <> d.steps;
  RETURN NEW;
END $$;
