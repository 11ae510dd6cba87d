-- Care for people in difficulty (issue 14): vulnerability flags agents and reviewers see, and the
-- pause on reminders that a crisis sets. One row per account and kind; the first report is kept.
CREATE TABLE care_flags (
  account_id TEXT NOT NULL,
  kind TEXT NOT NULL,               -- 'distress' or a hardship kind ('illness', 'job_loss', ...)
  pauses_reminders INTEGER NOT NULL DEFAULT 0,
  conversation_id TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (account_id, kind)
);

-- Disputes by kind: identity_theft, not_mine, wrong_amount, transaction, payment_claim,
-- validation_request, general (NULL for disputes recorded before this migration).
ALTER TABLE disputes ADD COLUMN kind TEXT;
