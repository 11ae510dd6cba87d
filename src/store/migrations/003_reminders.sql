-- Proactive reminders: one row per (account, kind, local day) once it has been claimed,
-- queued, sent or recorded as skipped. The primary key is what makes dispatch exactly-once.
--   queued      claimed by a process without a sender (the command line); the service delivers it
--   sending     claimed with a lease; a crash leaves it here and, once the lease has run out,
--               it is delivered again under the same delivery key on the same day
--   sent        the channel accepted it
--   unreachable the channel had no conversation to deliver it to
--   failed      the channel refused it (retried on the same day up to the attempt limit)
--   skipped     not sent on its day (reason names the rule or 'not_dispatched'); never sent late
--   unconfirmed a claim whose delivery was never confirmed and whose day is over
-- Instants are ISO-8601 UTC strings; local_date is YYYY-MM-DD in the account's time zone.

CREATE TABLE reminders (
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  kind TEXT NOT NULL,
  local_date TEXT NOT NULL,
  status TEXT NOT NULL
    CHECK (status IN ('queued', 'sending', 'sent', 'unreachable', 'failed', 'skipped', 'unconfirmed')),
  reason TEXT,
  detail TEXT,
  channel_id TEXT,
  conversation_id TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_at TEXT,
  lease_until TEXT,
  done_at TEXT,
  updated_at TEXT NOT NULL,
  -- (account, day, kind): unique per reminder, and the range an account's caps count over.
  PRIMARY KEY (account_id, local_date, kind)
) WITHOUT ROWID;
-- Only rows a dispatcher still has to look at (queued, or in flight with a lease).
CREATE INDEX reminders_pending ON reminders(lease_until) WHERE status IN ('queued', 'sending');

-- Lookups the reminder selection makes on other tables (names prefixed to stay out of their way).
CREATE INDEX IF NOT EXISTS reminders_idx_accounts_zone_due ON accounts(time_zone, due_date);
CREATE INDEX IF NOT EXISTS reminders_idx_installments_due ON plan_installments(due_date);
CREATE INDEX IF NOT EXISTS reminders_idx_escalations_account ON escalations(account_id, status);
