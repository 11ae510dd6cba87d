-- Core schema: bot state, accounts, plans, disputes, contact preferences, escalations,
-- conversation references. Money is integer cents; dates are YYYY-MM-DD in the account's zone;
-- instants are ISO-8601 UTC strings.

CREATE TABLE bot_state (
  key TEXT PRIMARY KEY,
  etag TEXT NOT NULL,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE accounts (
  account_id TEXT PRIMARY KEY,
  holder_name TEXT NOT NULL,
  locale TEXT NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  time_zone TEXT NOT NULL,
  channel TEXT NOT NULL,
  channel_user_id TEXT NOT NULL UNIQUE,
  id_last4 TEXT NOT NULL,
  card_last4 TEXT NOT NULL,
  balance_cents INTEGER NOT NULL,
  minimum_due_cents INTEGER NOT NULL,
  due_date TEXT NOT NULL,
  days_past_due INTEGER NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid')),
  updated_at TEXT NOT NULL
);

CREATE TABLE plans (
  plan_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  conversation_id TEXT,
  kind TEXT NOT NULL,
  months INTEGER NOT NULL,
  principal_cents INTEGER NOT NULL,
  fee_cents INTEGER NOT NULL,
  total_cents INTEGER NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'broken', 'cancelled')),
  created_at TEXT NOT NULL
);
CREATE INDEX plans_account ON plans(account_id);

CREATE TABLE plan_installments (
  plan_id TEXT NOT NULL REFERENCES plans(plan_id),
  seq INTEGER NOT NULL,
  due_date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  paid_cents INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (plan_id, seq)
);

CREATE TABLE disputes (
  dispute_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(account_id),
  conversation_id TEXT,
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  created_at TEXT NOT NULL,
  resolved_at TEXT
);
CREATE INDEX disputes_account ON disputes(account_id, status);

CREATE TABLE contact_preferences (
  account_id TEXT PRIMARY KEY REFERENCES accounts(account_id),
  cease_contact INTEGER NOT NULL DEFAULT 0,
  cease_source TEXT,
  cease_at TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE escalations (
  escalation_id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  account_id TEXT,
  reason TEXT NOT NULL,
  priority INTEGER NOT NULL,
  summary TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued',
  created_at TEXT NOT NULL
);
CREATE INDEX escalations_conversation ON escalations(conversation_id);

CREATE TABLE conversation_refs (
  conversation_id TEXT PRIMARY KEY,
  channel_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  account_id TEXT,
  reference TEXT NOT NULL,
  last_inbound_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX conversation_refs_account ON conversation_refs(account_id, updated_at);
CREATE INDEX conversation_refs_user ON conversation_refs(user_id);
