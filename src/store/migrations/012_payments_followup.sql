-- Payments feed and follow-up of commitments (issue 17). Builds on 008; column meanings there unchanged.

-- Reminder selection looks current plans up by instalment date.
CREATE INDEX plan_installments_due ON plan_installments(due_date, plan_id);
-- Promise reminders look promises up by date, whatever their state.
CREATE INDEX promises_due_account ON promises(due_date, account_id);

-- Care flags (hardship or distress) live in care_flags (011); follow-ups read them there.

-- Follow-up decisions taken once per cause: 'escalated' (two misses in a row) or 'care_handover'.
-- cause names what triggered it ('missed:<subject>:<date>' of the second miss, or 'care:<kind>').
CREATE TABLE commitment_followups (
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  action TEXT NOT NULL CHECK (action IN ('escalated', 'care_handover')),
  cause TEXT NOT NULL,
  detail TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (account_id, action, cause)
);

-- The local day (account zone) on which an instalment was found unpaid after its date; NULL while
-- it was not missed. An instalment paid late keeps its missed_on.
ALTER TABLE plan_installments ADD COLUMN missed_on TEXT;
CREATE INDEX plan_installments_open ON plan_installments(due_date) WHERE missed_on IS NULL AND paid_cents < amount_cents;
