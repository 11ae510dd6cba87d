-- Operations insight (/insights dashboard and /metrics): the portfolio an account belongs to (a
-- filter on the dashboard; NULL = not assigned), the funnel's per-account-day facts (kept by a
-- trigger on transcript appends) and the indexes that keep the dashboard's queries and the
-- metrics scrape fast on a year of records. Every name here starts with 'insights_'.

ALTER TABLE accounts ADD COLUMN portfolio TEXT;
CREATE INDEX insights_accounts_portfolio ON accounts(portfolio, locale, channel);

-- The funnel's facts per account, day (UTC) and channel, as bits: 1 the service sent them a
-- message (a reply trace), 2 they wrote (a message from the person), 4 they passed verification
-- (a reply trace for the 'verified' act). Kept by a trigger on every transcript append, so a year
-- of the funnel reads a few hundred thousand small rows instead of every transcript record.
CREATE TABLE insights_account_days (
  account_id TEXT NOT NULL,
  day TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  steps INTEGER NOT NULL,
  PRIMARY KEY (account_id, day, channel_id)
) WITHOUT ROWID;

INSERT INTO insights_account_days (account_id, day, channel_id, steps)
  SELECT account_id, substr(timestamp, 1, 10), channel_id,
    MAX(CASE WHEN type = 'message' THEN 0 ELSE 1 END) | MAX(CASE WHEN type = 'message' THEN 2 ELSE 0 END)
      | MAX(CASE WHEN type = 'trace' AND json_valid(activity)
          AND json_extract(activity, '$.value.act.kind') = 'verified' THEN 4 ELSE 0 END)
  FROM transcript_records
  WHERE account_id IS NOT NULL AND (type = 'trace' OR (type = 'message' AND role = 'user'))
  GROUP BY account_id, substr(timestamp, 1, 10), channel_id;

-- json_valid first: a malformed activity (never written by the store) must not fail an append.
CREATE TRIGGER insights_account_days_fill AFTER INSERT ON transcript_records
WHEN NEW.account_id IS NOT NULL AND (NEW.type = 'trace' OR (NEW.type = 'message' AND NEW.role = 'user'))
BEGIN
  INSERT INTO insights_account_days (account_id, day, channel_id, steps)
  VALUES (NEW.account_id, substr(NEW.timestamp, 1, 10), NEW.channel_id,
    CASE WHEN NEW.type = 'message' THEN 2
      WHEN json_valid(NEW.activity) AND json_extract(NEW.activity, '$.value.act.kind') = 'verified' THEN 5
      ELSE 1 END)
  ON CONFLICT (account_id, day, channel_id) DO UPDATE SET steps = steps | excluded.steps
    WHERE (steps | excluded.steps) != steps;
END;

-- Reply traces where the guardrail stopped a draft (flag bit 1).
CREATE INDEX insights_blocked_traces ON transcript_records(timestamp)
  WHERE type = 'trace' AND (flags & 1) != 0;

CREATE INDEX insights_plans_created ON plans(created_at);
CREATE INDEX insights_promises_created ON promises(created_at);
CREATE INDEX insights_disputes_created ON disputes(created_at);
CREATE INDEX insights_cease_at ON contact_preferences(cease_at) WHERE cease_contact = 1;
CREATE INDEX insights_handoffs_queued ON handoffs(queued_at);
CREATE INDEX insights_handoffs_accepted ON handoffs(accepted_at) WHERE accepted_at IS NOT NULL;
CREATE INDEX insights_reminders_done ON reminders(done_at) WHERE done_at IS NOT NULL;
CREATE INDEX insights_payments_received ON payments(received_at);
CREATE INDEX insights_commitment_events_to ON commitment_events(to_status, at);
