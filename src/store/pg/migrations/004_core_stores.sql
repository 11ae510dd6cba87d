-- The core stores on PostgreSQL (issue 19): no new table or column (001 mirrors SQLite), only
-- what several instances writing at once need, and the indexes their queries use.

-- At most one current plan (active, partly kept or broken) and one active promise per account.
-- The stores supersede the earlier one under the account's row lock; these make a second one
-- impossible whatever the writer.
CREATE UNIQUE INDEX plans_one_current ON plans(account_id) WHERE status IN ('active', 'partly_kept', 'broken');
CREATE UNIQUE INDEX promises_one_active ON promises(account_id) WHERE status = 'active';

-- PromiseStore.eventsFor reads an account's plan and promise events in order.
CREATE INDEX commitment_events_account ON commitment_events(account_id, event_id);
