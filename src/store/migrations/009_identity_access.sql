-- Identity and access (issue 12): verification failures per account (not per conversation),
-- staff sign-ins for reviewers, and cease-contact per channel address.

CREATE TABLE verification_state (
  account_id TEXT PRIMARY KEY,
  -- failures since the last success or lock
  failures INTEGER NOT NULL DEFAULT 0,
  -- locks in a row (each one longer); forgotten after a success
  locks INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE verification_failures (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id TEXT NOT NULL,
  at TEXT NOT NULL,
  conversation_id TEXT,
  channel_id TEXT,
  locked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX verification_failures_account ON verification_failures (account_id, at);

CREATE TABLE staff_logins (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  via TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX staff_logins_at ON staff_logins (at);

CREATE TABLE channel_opt_outs (
  channel_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  account_id TEXT,
  source TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (channel_id, user_id)
);
