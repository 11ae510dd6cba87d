-- Shared rate-limit and sign-in counters (issue 19), the same columns as PostgreSQL's 002: one
-- fixed window per key, `count` hits since `window_start`, `last_at` the latest hit (the sign-in
-- throttle's lock runs from it). A hit in a later window starts the count again.
CREATE TABLE IF NOT EXISTS rate_counters (
  key TEXT PRIMARY KEY,
  window_start TEXT NOT NULL,
  count INTEGER NOT NULL,
  last_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_counters_last ON rate_counters(last_at);
