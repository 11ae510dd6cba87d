-- Payments, promises to pay, and the life of every commitment (plan or promise).
-- Money is integer cents; dates are YYYY-MM-DD in the account's zone; instants are ISO-8601 UTC.
-- Plans gain the states the payments feed moves them through (superseded replaces cancelled).

CREATE TABLE plans_v2 (
  plan_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  conversation_id TEXT,
  kind TEXT NOT NULL,
  months INTEGER NOT NULL,
  principal_cents INTEGER NOT NULL,
  fee_cents INTEGER NOT NULL,
  total_cents INTEGER NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'kept', 'partly_kept', 'broken', 'completed', 'superseded')),
  created_at TEXT NOT NULL
);
INSERT INTO plans_v2 SELECT plan_id, account_id, conversation_id, kind, months, principal_cents, fee_cents,
  total_cents, currency, CASE status WHEN 'cancelled' THEN 'superseded' ELSE status END, created_at FROM plans;

CREATE TABLE plan_installments_v2 (
  plan_id TEXT NOT NULL REFERENCES plans_v2(plan_id),
  seq INTEGER NOT NULL,
  due_date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  paid_cents INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (plan_id, seq)
);
INSERT INTO plan_installments_v2 SELECT plan_id, seq, due_date, amount_cents, paid_cents FROM plan_installments;
DROP TABLE plan_installments;
DROP TABLE plans;
ALTER TABLE plans_v2 RENAME TO plans;
ALTER TABLE plan_installments_v2 RENAME TO plan_installments;
CREATE INDEX plans_account ON plans(account_id);
CREATE INDEX plans_status ON plans(status, account_id);

-- A promise to pay: an amount by a date, in the person's own words (PII-masked).
CREATE TABLE promises (
  promise_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  conversation_id TEXT,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  currency TEXT NOT NULL,
  due_date TEXT NOT NULL,
  words TEXT NOT NULL,
  paid_cents INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'kept', 'partly_kept', 'broken', 'superseded')),
  created_at TEXT NOT NULL,
  settled_at TEXT
);
CREATE INDEX promises_account ON promises(account_id, status);
CREATE INDEX promises_due ON promises(status, due_date);

-- Payments from the bank's core system (file import or signed webhook), idempotent by payment_id.
CREATE TABLE payments (
  payment_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  currency TEXT NOT NULL,
  paid_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('file', 'webhook')),
  content_hash TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX payments_account ON payments(account_id, paid_at);
CREATE INDEX payments_paid_at ON payments(paid_at);

-- Where each payment went: a plan instalment, a promise, or the balance only (both NULL).
CREATE TABLE payment_allocations (
  payment_id TEXT NOT NULL REFERENCES payments(payment_id),
  plan_id TEXT,
  seq INTEGER,
  promise_id TEXT,
  amount_cents INTEGER NOT NULL
);
CREATE INDEX payment_allocations_payment ON payment_allocations(payment_id);

-- Every state change of a plan or a promise, with its cause ('payment:<id>', 'missed:<date>',
-- 'superseded:<id>', 'conversation:<id>').
CREATE TABLE commitment_events (
  event_id INTEGER PRIMARY KEY AUTOINCREMENT,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('plan', 'promise')),
  subject_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  cause TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX commitment_events_subject ON commitment_events(subject_kind, subject_id);
CREATE INDEX commitment_events_at ON commitment_events(at);
