-- Operations insight (/insights dashboard and /metrics): the portfolio an account belongs to (a
-- filter on the dashboard; NULL = not assigned) and the indexes that keep the dashboard's
-- queries and the metrics scrape fast on a year of records. Index names start with 'insights_'.

ALTER TABLE accounts ADD COLUMN portfolio TEXT;
CREATE INDEX insights_accounts_portfolio ON accounts(portfolio, locale, channel);

-- The person's messages in time order, with what the funnel counts (replied).
CREATE INDEX insights_user_messages ON transcript_records(timestamp, account_id, channel_id)
  WHERE role = 'user' AND type = 'message';
-- Reply traces (one per message the bot or an agent sent): who was contacted, when.
CREATE INDEX insights_traces ON transcript_records(timestamp, account_id, channel_id)
  WHERE type = 'trace';
-- Reply traces by act (verified, plan_agreed, ...), for the funnel.
CREATE INDEX insights_trace_acts ON transcript_records(
  json_extract(activity, '$.value.act.kind'), timestamp, account_id, channel_id)
  WHERE type = 'trace';
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
