-- Shared state several instances need (issue 19): rate-limit and sign-in counters, and the
-- bodies of broker messages too large for a NOTIFY payload.

-- One fixed window per key: `count` hits since `window_start`; `last_at` is the latest hit (the
-- sign-in throttle's lock runs from it). A hit in a later window starts the count again.
CREATE TABLE rate_counters (
  key TEXT PRIMARY KEY,
  window_start TIMESTAMPTZ NOT NULL,
  count INTEGER NOT NULL,
  last_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX rate_counters_last ON rate_counters(last_at);

-- LISTEN/NOTIFY carries at most 8000 bytes: larger broker messages are stored here and the
-- notification carries the id. `body` is the whole message as JSON ({"c": conversation, "p":
-- payload}), which escapes the NUL characters TEXT refuses. Pruned after ten minutes.
CREATE TABLE broker_messages (
  id BIGSERIAL PRIMARY KEY,
  channel TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX broker_messages_created ON broker_messages(created_at);
