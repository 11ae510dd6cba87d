-- The core stores on PostgreSQL (issue 19): no new table or column (001 mirrors SQLite), only the
-- index their queries need. One current plan and one active promise per account are kept by the
-- stores holding the account's row lock (FOR NO KEY UPDATE), not by a unique index: rows written
-- straight into the tables (benchmarks, a copy of an older SQLite database) must still load.

-- PromiseStore.eventsFor reads an account's plan and promise events in order.
CREATE INDEX commitment_events_account ON commitment_events(account_id, event_id);
