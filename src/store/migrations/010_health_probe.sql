-- Issue 13: /healthz proves storage can write (not only read) by upserting this one row.
CREATE TABLE IF NOT EXISTS health_probe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL
);
